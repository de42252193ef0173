# Form errors (src/domain/forms.rs, partial dates) and the errors pages show (src/error.rs).

error-too-long = too long: at most { $max } characters
error-choose-listed = choose one of the listed options
error-choose-place = choose a place from the list
error-place-note-county = choose the county the place lies in from the list first, then name the place here
error-choose-listed-items = choose from the listed items
error-name-required = the missing person's name is required
error-birth-date-full = give the full date of birth (e.g. 1978-03-14), or leave it empty and give the birth year
error-birth-year-range = the birth year must be a whole number from { $min } to { $max }
error-birth-year-mismatch = the birth year does not match the date of birth
error-status-required = choose the person's current status
error-relationship-required = choose how the testifier is related to the missing person
error-consent-required = choose the consent to publish
error-testifier-name-required = the testifier's name is required
error-detention-empty = Fill in at least one field: where they are held, the charge, the sentence, the court…
error-sentence-unreadable = write the sentence as years and months, e.g. "10 years", "7 years 6 months", "18 months" or "life"
error-sentence-too-long = a sentence longer than 100 years is not plausible; check the number
error-testifier-choose = Choose who gave the testimony among the case's testifiers.
error-medium-required = choose how the testimony was given
error-duration-range = the duration must be a whole number from { $min } to { $max }
error-reason-required = Say why (e.g. "entered twice", "the family asked"): the reason is kept, encrypted.
error-reason-too-long = Keep the reason under { $max } characters.
error-erasure-confirm = Tick the box to confirm: an erased case cannot be brought back.
error-event-kind-required = choose what happened
error-sha256 = a SHA-256 hash is 64 hexadecimal characters
error-source-type-required = choose the kind of source
error-source-title-required = a title or short description is required
error-reliability-required = choose how reliable the source is (A–F)
error-credibility-required = choose how credible the claim is (1–6)
error-place-level = choose township or village
error-place-parent-required = choose the county it lies in
error-village-parent = a village is added under its county or township
error-township-parent = a township is added under its county
error-place-name-too-long = keep the name under { $max } characters
error-place-name-latin = give the name in Latin letters, as advocates write it
error-place-taken = { $place } is already in the gazetteer there: choose it from the list instead

# Partial dates as typed.
error-date-empty = enter a date such as 2017, May 2017 or c. 2012
error-date-too-long = that is too long for a date; enter a date such as 2017, May 2017 or c. 2012
error-date-unrecognized = this is not a date we can read; use a form such as 2017, May 2017, 14 May 2017, 14.05.2017, 2017-05-14, early 2019, c. 2012, before 2018 or 2019–2020
error-date-unknown-word = a word in the date was not recognised; use a month name in English, Russian, Kazakh or Uyghur, or c., before, after, early, mid or late
error-date-year-range = the year must be between { $min } and { $max }
error-date-two-digit-year = write the year with all four digits, for example 2017
error-date-month-range = month must be between 1 and 12
error-date-day-range = day must be between 1 and 31
error-date-nonexistent-day = that day does not exist in that month
error-date-missing-year = add a year, for example May 2017
error-date-missing-month = a day needs a month, for example 14 May 2017
error-date-part-with-day = early, mid and late can only be used with a year or a month, not with a full date
error-date-ambiguous = it is unclear which number is the day and which is the month; write the date as 14.05.2017, 2017-05-14 or 14 May 2017
error-date-conflicting-qualifiers = use only one of c., before or after
error-date-qualified-range = before and after can only be used with a single date, not with a range
error-date-range-backwards = a range must end after it starts
error-date-range-same-ends = the start and end of the range are the same; enter a single date instead

# What a page may learn about a failure.
error-not-found = This record does not exist.
error-fields-need-attention = { $count ->
    [one] { $count } field needs attention.
   *[other] { $count } fields need attention.
}
error-internal = Something went wrong on the server. Nothing was saved. (Reference { $reference })
error-sealed = Izde is sealed: records stay encrypted until an administrator unseals the server with its passphrase. Nothing was saved.
error-not-signed-in = You are not logged in, or your session has ended. Log in again to continue.
error-transport = The server could not be reached. Check the connection and try again.

# The record services' refusals (src/server/records).
record-duplicate = This person may already be recorded: check the cases listed before saving.
record-choose-case-items = choose from the items of this case
record-source-retracted = This source was retracted: it stays on the case as it was. Add a new source instead.
record-merge-admin-account = Merges are made by an admin's account.
record-stale-by = This case was changed by { $who } at { $when } UTC, after you opened this form, so nothing of yours was saved. What you typed is still below: open the case in another tab, compare, and save again to replace their version.
record-stale = This case was changed at { $when } UTC, after you opened this form, so nothing of yours was saved. What you typed is still below: open the case in another tab, compare, and save again to replace their version.

# A name or ID number in a field that is stored unencrypted.
error-names-a-person = this contains a name or ID number given in this case (perhaps spelled another way), but it is stored unencrypted and researchers read it: describe without names (e.g. “video testimony of his sister”)
error-name-already-stored = this name is already written in an unencrypted field of this case (a source's title, publisher or reference, or the detention's facility, alleged act, court or confirmation), which researchers read: reword that field first
