# Case list, search, statistics, timeline, release alerts, exports and their printable report.

## The case list
cases-title = Cases
cases-new-testimony = Record a new testimony
cases-loading = Loading…
cases-link-statistics = Statistics of this selection
cases-link-timeline = Timeline of this selection
cases-link-alerts = Past expected release, no news since
cases-link-export = Export this selection
cases-facets-label = Narrow the list
cases-filter-label = Filter cases
cases-filter-any = Any
cases-filter-words = Words
cases-filter-words-hint = Charges, alleged acts, places, facilities, courts, events, source titles and publishers — in any of the five languages. Not names: those are searched above, and never go into a link.
cases-filter-status = Status
cases-filter-prefecture = Prefecture (last known)
cases-filter-charge = Legal charge
cases-filter-year = Year of disappearance
cases-filter-sort = Order by
cases-filter-apply = Apply filters
cases-filter-clear = Clear
cases-born = born { $year }
cases-col-person = Missing person
cases-col-status = Status
cases-col-place = Last known place
cases-col-disappeared = Disappeared
cases-col-charge = Charge
cases-col-why = Why
cases-none = No cases match these filters.
cases-count = Cases { $first }–{ $last } of { $total }

## Finding a person
search-label = Find a person
search-field = Find a person by name or ID number
search-hint = Any script or spelling: Нұрлан Сейітқали, نۇرلان سەيىتقالي and Nurlan Seitkali find the same person; word order does not matter.
search-submit = Search
search-title = Find a person
search-all-cases = All cases
search-found = { $count ->
    [one] { $count } case found
   *[other] { $count } cases found
}
search-hidden-matches = { $count ->
    [one] One case you may not read matches too.
   *[other] { $count } cases you may not read match too.
} Which ones is not shown; an admin can check them and link this record to yours.

## Pages about a selection
selection-cases = The cases of this selection

## Statistics
stats-title = Statistics
stats-link-timeline = Their timeline
stats-lede = { $count ->
    [one] { $count } case in this selection.
   *[other] { $count } cases in this selection.
}
stats-lede-described = { $count ->
    [one] { $count } case in this selection: { $selection }.
   *[other] { $count } cases in this selection: { $selection }.
}
stats-lede-few = { $count } cases in this selection.
stats-lede-few-described = { $count } cases in this selection: { $selection }.
stats-suppressed = Counts under 5 are shown as “<5” and drawn as no bar, so that a small group cannot point at a family.

## Charts
chart-empty = No case of this selection has this information.
chart-numbers = The numbers
chart-unit-cases = cases
chart-status = Cases by status
chart-disappearances = Disappearances per year
chart-detentions = Detentions and camp internments per year (dated events)
chart-prefectures = Cases by prefecture of last known place
chart-sources = Archived sources: taken down, changed or still online (cases)
chart-source-gone = Taken down
chart-source-changed = Changed
chart-source-alive = Still online
chart-sentences = Sentence lengths: { $charge }

## The cross-case timeline
waves-title = Timeline of cases
waves-years = { $from }–{ $to }
waves-lede = { $events ->
    [one] { $events } dated event
   *[other] { $events } dated events
} of { $cases_with_events ->
    [one] { $cases_with_events } case
   *[other] { $cases_with_events } cases
} ({ $cases } in this selection), { $years }.
waves-lede-described = { $events ->
    [one] { $events } dated event
   *[other] { $events } dated events
} of { $cases_with_events ->
    [one] { $cases_with_events } case
   *[other] { $cases_with_events } cases
} ({ $cases } in this selection: { $selection }), { $years }.
waves-vague = { $count ->
    [one] { $count } event with open-ended or very wide dates is drawn in the lanes but left out of the waves.
   *[other] { $count } events with open-ended or very wide dates are drawn in the lanes but left out of the waves.
}
waves-suppressed = Yearly counts under 5 are shown as “<5” and not drawn.
waves-too-many = One lane per case is drawn for selections of up to { $count } cases: narrow the filters to see each case.
waves-none = No case of this selection has a dated event.
waves-note-hidden = fewer than 5 a year: not drawn
waves-note-peak = at most { $peak } a month
waves-caption = Events per month, by kind (a date known only to the year is spread over its twelve months)
waves-numbers = The numbers (events per year)
waves-lanes-caption = Each case, its events drawn as the range their dates allow

## Past expected release
alerts-title = Past expected release
alerts-heading = Past expected release, no proof of life since
alerts-lede = { $count ->
    [one] { $count } case of this selection should have been released by { $date } on the recorded sentence, and nothing — proof of life, contact, release or death — has been recorded since.
   *[other] { $count } cases of this selection should have been released by { $date } on the recorded sentence, and nothing — proof of life, contact, release or death — has been recorded since.
}
alerts-lede-described = { $count ->
    [one] { $count } case of this selection ({ $selection }) should have been released by { $date } on the recorded sentence, and nothing — proof of life, contact, release or death — has been recorded since.
   *[other] { $count } cases of this selection ({ $selection }) should have been released by { $date } on the recorded sentence, and nothing — proof of life, contact, release or death — has been recorded since.
}
alerts-method = The clock counts from the first detention, else the conviction; a partial date gives a window, and a case is listed once every day of it has passed.
alerts-last-news = { $kind }, { $date }
alerts-no-news = nothing recorded
alerts-none = No case of this selection is past its expected release without news.
alerts-caption = Cases past their expected release
alerts-col-person = Missing person
alerts-col-status = Status
alerts-col-sentence = Sentence
alerts-col-expected = Expected release
alerts-col-years = Years past
alerts-col-last-news = Last news before

## Exports: the form
export-title = Export
export-heading = Export an anonymized dataset or report
export-forbidden = Exports are made by researchers and coordinators; your account cannot make one.
export-all-cases = all cases
export-change-selection = Change the selection
export-selection-label = Selection:{" "}
export-selection-end = {". "}
export-lede = Nothing of what is encrypted leaves: no names, ID numbers, contacts, addresses, narratives, transcripts, testifiers or media, and no free text. Rows are generalized until every one is hidden among at least k alike.
export-minimums-note = This installation's minimums, set by an admin: { $minimums }.
export-minimums = public datasets { $public }; researcher datasets { $researcher }; table counts under { $threshold } hidden
export-minimums-rows = k ≥ { $k }, l ≥ { $l }, at most { $percent } % left out
export-profile = Profile
export-profile-public = Public dataset
export-profile-researcher = Researcher dataset
export-profile-aggregate = Aggregate report
export-profile-public-describe = one row per case: places at prefecture level or above, dates to the year, birth years in 5-year bands, occupations by sector
export-profile-researcher-describe = one row per case: places at county level or above, dates to the month, birth years, occupations
export-profile-aggregate-describe = no rows: tables of counts, with cells under the threshold (and those that could be worked out from the others) suppressed
export-format = File format
export-format-csv = CSV (spreadsheets)
export-format-json = JSON (programs)
export-k = k — the smallest group
export-k-hint = Every released row shares its place, birth year, gender, ethnicity, occupation, dates, charges and sentence with at least k − 1 other rows (default 5).
export-l = l — statuses per group
export-l-hint = Every such group holds at least l different statuses, so being in it does not tell what happened to the person (default 2).
export-max-suppressed = Rows that may be left out (%)
export-max-suppressed-hint = Rare rows that no generalization hides are left out, up to this share; beyond it the export is refused (0–50, default 5).
export-threshold = Smallest count shown in tables
export-threshold-hint = In the report's tables, smaller counts (and cells they could be worked out from) show as “x” (default 5).
export-stable-ids = Keep ids stable across exports
export-stable-ids-hint = Only if the recipient must follow cases from one export to the next; the manifest says so. Otherwise each export gets new ids and two exports cannot be joined.
export-submit = Prepare the export
export-error-whole = Give a whole number from { $from } to { $to }.
export-error-percent = Give a percentage from 0 to { $most }.
export-error-percent-profile = Give a percentage from 0 to { $most }: this profile leaves out no more.
export-error-l-over-k = l cannot be more than k ({ $k }): a group of { $k } rows has at most { $k } statuses.
export-error-profile = Choose a profile: public, researcher or aggregate.
export-error-format = Choose CSV or JSON.
export-error-threshold = Give a whole number from { $from } to { $to }: counts below it are suppressed.

## Exports: made, refused, downloaded
export-refused-fields = Nothing was exported: correct the fields marked below.
export-stable-ids-admin = Ids that stay the same across exports let exports be joined: only an admin may make such an export. Ask an admin, or leave this unticked.
export-refused-words = Nothing was exported: a selection by words can single out one person's case, so only an admin may export it. Ask an admin, or choose the cases with the other filters.
export-refused-stable-ids = Nothing was exported: ids that stay the same across exports let exports be joined, so only an admin may make such an export. Ask an admin, or leave the same-ids box unticked.
export-refused-busy = Nothing was exported: an export of yours is still being made. Wait for it, then try again.
export-refused-server-busy = Nothing was exported: the server is making other exports. Try again in a minute.
export-refused-no-generalization = Nothing was exported: no generalization of this selection protects every row.
export-refused-failed = Nothing was exported: the server failed while making the export. Try again; if it fails again, tell an admin.
export-gone = This export is not here: exports are kept for 30 minutes, for the account that made them only. Make it again from the export page.
export-no-such-file = This export has no such file.
export-zip-failed = The archive could not be made; download the files one by one.

## Exports: ready
export-ready-title = Export ready
export-gone-title = This export is gone
export-gone-body = Exports are kept for 30 minutes, for the account that made them only.
export-gone-again = Make it again
export-ready-heading = Export ready: { $profile }
export-another = Another export
export-ready-lede = Selection: { $selection }. Kept here for { $minutes ->
    [one] { $minutes } more minute
   *[other] { $minutes } more minutes
}, for you only; the audit log records that you made it.
export-risk-report = Risk report
export-cases-selected = Cases selected
export-consent = Left out for consent
export-consent-value = { $count } (a testifier gave no consent to publish, or withdrew it)
export-rows-exported = Rows exported
export-rows-exported-value = { $exported } of { $selected }
export-rows-left-out = Rows left out
export-rows-left-out-value = { $count } ({ $share }%; at most { $most }% allowed): their groups were smaller than k or less diverse than l
export-k-achieved = k achieved
export-l-achieved = l achieved
export-achieved-value = { $achieved } (asked { $asked })
export-ids = Ids
export-ids-stable = stable across exports
export-ids-fresh = fresh: this export's own
export-cells-suppressed = Table cells suppressed
export-cells-suppressed-value = { $count } (counts under { $threshold }, and cells they could be worked out from)
export-generalization = Generalization used
export-quasi-identifier = Quasi-identifier
export-level = Level
export-download = Download
export-download-all = Download everything (zip)
export-download-hint = The zip holds every file below with manifest.json and its signature manifest.sig; unzip it and run izde export verify on the folder to check nothing changed.
export-open-report = Open the report
export-report-file = report.html, printable
export-file-size = { $size } kB
export-preview-title = { $count ->
    [one] The first line of { $file }
   *[other] The first { $count } lines of { $file }
}

## Quasi-identifiers and their levels (the risk report)
export-qi-place = place
export-qi-birth-year = birth year
export-qi-gender = gender
export-qi-ethnicity = ethnicity
export-qi-occupation = occupation
export-qi-disappeared = disappeared
export-qi-detained = detained
export-qi-charges = charges
export-qi-sentence = sentence
export-level-as-recorded = as recorded
export-level-county = county
export-level-prefecture = prefecture
export-level-region = region
export-level-hidden = hidden
export-level-year = year
export-level-5-years = 5 years
export-level-10-years = 10 years
export-level-specific = specific
export-level-grouped = grouped
export-level-sector = sector
export-level-day = day
export-level-month = month
export-level-quarter = quarter
export-level-charged-or-not = charged or not
export-level-range = range
export-level-under-over-10 = under or over 10 years

## What no export holds
export-never-free-text = free text of any kind: narratives, summaries, transcripts, notes, reasons, source titles
export-never-testifier = any attribute of a testifier, or that there is one
export-never-names = names, other spellings and aliases
export-never-id-numbers = ID numbers
export-never-contacts = contacts
export-never-birth-dates = exact birth dates
export-never-addresses = addresses
export-never-media = recordings and other media

## The printable report of an export
report-document-title = Izde export report · { $profile }
report-title = Izde export report
report-lede = { $profile } — { $description }. Exported { $when } by { $by }.
report-by-command-line = the command line
report-by-role = an account with the role { $role }
report-holds = What this export holds
report-selection = Selection
report-rows = Rows
report-rows-value = { $exported } of the { $selected } selected cases; { $suppressed } left out because they fell in groups too small or not diverse enough
report-k-anonymity = k-anonymity
report-k-value = asked k = { $asked }, achieved { $achieved }: every row shares its quasi-identifiers with at least { $others } others
report-l-diversity = l-diversity
report-l-value = asked l = { $asked }, achieved { $achieved }: every such group holds at least { $achieved } different statuses
report-ids-stable = stable: the same case has the same id in every stable-id export of this installation
report-ids-fresh = fresh: made with a key used for this export only, so rows cannot be matched with another export
report-small-cells = Small cells
report-small-cells-value = in the tables below, counts from 1 to { $most } are suppressed, and so are the cells from which one could be worked out: { $count } entries show “x”
report-data-file = Data file
report-data = data
report-installation = Installation
report-signing-key = Signing key
report-manifest-hint = manifest.json lists every file of this export with its SHA-256 and is signed (manifest.sig) with the installation's key above. Check it with: izde export verify DIR.
report-figures = Figures
report-figures-rows = Counted from the exported rows, at their exported level of detail.
report-figures-cases = Counted from every selected case at the levels above.
report-tables = Tables
report-method = Method
report-method-ladders = Quasi-identifiers are facts that are harmless alone but may single a person out together: place, birth year, gender, ethnicity, occupation and the dates of disappearance and detention. Each climbs a ladder: township → county → prefecture → XUAR; day → month → quarter → year; birth year → 5-year → 10-year band; occupation → sector; ethnicity → group; and, at the top of every ladder, hidden (“*”). The profile sets the lowest rung of each.
report-method-groups = For a dataset, every combination of rungs is tried in order of information lost. Rows with the same generalized quasi-identifiers form a group; a group with fewer than k rows, or fewer than l different statuses, is left out. The first combination that leaves out no more than the allowed share of rows is used, so every released group has at least k rows and l statuses.
report-method-cells = In the tables, a count from 1 to the threshold less one is replaced by “x” — also in a dataset's report, so that the report can be printed and passed on alone. So that no such count can be worked out from the totals, more counts are hidden: in every row and column with a total, never exactly one “x” (the smallest other count goes too), and more where needed until every hidden count could change without changing anything published. A count hidden for either reason looks the same. This stops exact recovery within a table; a reader may still narrow a hidden count to a range, and tables are not protected against each other or against earlier reports.
report-never-exported = Never exported, in any profile:
report-verification = The verification column is Izde's level for the whole case: reported (one source), corroborated (two independent sources), confirmed (an official statement, a court or a leaked document).
report-total = Total
report-no-column-totals = Columns have no totals here: a case can count in more than one row.
report-unit-cases = Cases
report-chart-status = Cases by status
report-chart-prefecture = Cases by prefecture
report-chart-disappearances = Disappearances per year
report-chart-detentions = First detentions per year
report-chart-sentences = Sentence lengths by charge
report-table-place-status = Cases by prefecture and status
report-table-prefecture = Prefecture
report-table-years = First disappearance and first detention, by year
report-table-event = Event
report-table-disappearance = Disappearance
report-table-detention = Detention or camp
report-table-charge-sentence = Longest sentence by legal charge
report-table-charge = Legal charge
report-table-people = Cases by ethnic group and gender
report-table-ethnic-group = Ethnic group
report-no-year = unknown or spanning years
report-none-recorded = none recorded
report-unknown = unknown or hidden
report-sentence-lt5 = under 5 years
report-sentence-5-10 = 5 to under 10 years
report-sentence-10-20 = 10 to under 20 years
report-sentence-20plus = 20 years or more
report-sentence-life = life
report-group-turkic = Turkic
report-group-other-minority = other minority
report-group-han = Han
report-group-other = other

# The case list's filters, described in words (statistics, timeline, alerts, export).
facet-status = Status
facet-prefecture = Prefecture (last known)
facet-place = County or place
facet-charge = Legal charge
facet-year = Year of disappearance
facet-detained = Year of detention
facet-sentence = Longest sentence
facet-ethnicity = Ethnicity
facet-gender = Gender
facet-verification = Verification
facet-source-type = Kind of source
facet-words = Words
filter-described = { $filter }: { $value }
filter-separator = ;{" "}
filter-words-value = “{ $words }”
sort-updated = last update
sort-disappeared = year of disappearance
sort-sentence = sentence length
sentence-range-under-5 = under 5 years
sentence-range-5-10 = 5 to under 10 years
sentence-range-10-20 = 10 to under 20 years
sentence-range-20-plus = 20 years or more
sentence-range-life = life
