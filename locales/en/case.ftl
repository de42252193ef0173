# The case page, its history, its files, claims and timeline.

case-loading = Loading…
case-erase-heading = Erase this case
case-erase-hint = When the family asks, or to protect them: the case's key is destroyed and nothing of it can be read again.
case-erase-button = Erase this case…
case-erased-title = Erased case
case-erased-heading = This case was erased
case-erased-on = Erased on { $when }. Its data key was destroyed: nothing of it can be read again, here or in any copy of the database.
case-erased-on-by = Erased on { $when } by { $who }. Its data key was destroyed: nothing of it can be read again, here or in any copy of the database.
case-erased-reason = Reason:
case-back-to-cases = Back to the cases
case-access-others = You see this case as a researcher does: names, contacts, narratives and transcripts are shown only to the volunteers who entered it or were assigned to it. Ask an admin to assign you if you work on this case.
case-reveal-pending = You asked to see the names of this case on { $when }. An admin has not decided yet.
case-reveal-granted = Your reveal was granted: reload the page to see the names.
case-reveal-denied = An admin declined your last request to see this case's names. You may ask again with more detail.
case-reveal-expired = Your reveal of this case has run out. Ask again if you still need the names.
case-reveal-reason-label = Why do you need the names of this case?
case-reveal-reason-hint = An admin reads this before granting. Every reveal is recorded in the audit log; a grant lasts 7 days.
case-reveal-submit = Request to see names
case-access-title = Names are hidden
case-assign-title = Assign a volunteer
case-assign-volunteer = Volunteer
case-assign-hint = They will see and edit this case's names, contacts and testimonies.
case-assign-submit = Assign
case-another-place = { $place } — another place: { $note }
case-recorded = Revision { $revision } · saved { $when }
case-recorded-by = Revision { $revision } · saved { $when } by { $who }
case-target-source = Source: { $title }
case-target-case = The case
case-target-removed = A removed item
case-title = Case
case-as-of = As recorded on { $when }.
case-see-current = See the case as it is now
case-all-revisions = All revisions
case-no-consent = No consent to publish: this case is left out of every export and of everything Izde makes for others.
case-see-testifiers = See the testifiers
case-verification = Verification: { $level }
case-history-link = History
case-edit = Edit case
case-add-event = Add event
case-add-source = Add source
case-add-detention = Add detention
case-add-testimony = Add testimony
case-add-testifier = Add testifier
case-add-file = Add a file
case-profile = Profile
case-other-names = Other names
case-aliases = Aliases
case-gender = Gender
case-born = Born
case-ethnicity = Ethnicity
case-residency = Residency abroad
case-occupation = Occupation
case-id-numbers = ID numbers
case-address = Address
case-last-contact = Last contact
case-last-place = Last known place
case-detention-title = Detention and sentence
case-nothing-known = Nothing known yet.
case-testifiers = Testifiers
case-testimonies = Testimonies
case-timeline = Timeline
case-claims-title = Claims and their evidence
case-claims-hint = Each claim's level comes from its sources: one source — reported; two independent sources — corroborated; an official statement, court or leaked document — confirmed. Sources that share a publisher, reference or author count once.
case-disputed-claims = { $count ->
    [one] Sources disagree on { $count } claim of this case: see the flagged claims below.
   *[other] Sources disagree on { $count } claims of this case: see the flagged claims below.
}
case-sources = Sources
case-no-sources = No sources yet.
case-add-a-source = Add a source
case-files = Files
case-no-files = No videos, recordings, photos or documents stored yet.
case-merged-title = Merged records
case-merged-hint = Other records of this person were merged into this case from the duplicate review. Their addresses lead here; each one's history before the merge is kept.
case-merged-item = { $pseudonym } — merged { $when }.
case-merged-item-by = { $pseudonym } — merged { $when } by { $who }.
case-merged-history = Its history before the merge
case-why = Why:
case-release-never = never (life sentence)
case-release-between = between { $start } and { $end }
case-release-not-before = not before { $date }
case-release-by = by { $date } at the latest
case-release-unknown = unknown
case-release-from-detention = { $release } (counted from the detention)
case-release-from-conviction = { $release } (counted from the conviction)
case-release-alert = { $release } — past, and no proof of life recorded since: an advocacy alert
case-release-overdue = { $release } — past; news of the person was recorded since
case-facility = Facility
case-place = Place
case-alleged-act = Alleged act
case-legal-charge = Legal charge
case-sentence = Sentence
case-expected-release = Expected release
case-court = Court
case-convicted = Convicted
case-family-learned = Family learned
case-confirmed-by = Confirmed by
case-responsible-forces = Arrested by
case-warrant = Warrant
case-correct-detention = Correct this detention
case-remove = Remove
case-contact = Contact
case-consent = Consent to publish
case-consent-how = How consent was given
case-pressure = Pressure received
case-change-consent = Change consent
case-consent-since = { $consent } — since { $date }
case-consent-since-by = { $consent } — since { $date }, recorded by { $who }
case-minutes = { $count } min
case-recording = Recording:
case-transcript = Transcript
case-published-as-source = Published as a source of this case
case-also-about = { $count ->
    [one] The same testimony is about { $count } other missing relative:
   *[other] The same testimony is about { $count } other missing relatives:
}
case-relative-n = relative { $n }
case-also-about-end = (each a case of their own; a correction made here is not copied there).
case-correct-testimony = Correct this testimony
case-retracted = Retracted { $when }
case-retracted-by = Retracted { $when } by { $who }
case-retracted-note = — no longer counted as evidence for any claim.
case-archive-gone = Taken down: the page is gone (404, 410 or a platform's "removed" page). The archived copy is kept.
case-archive-changed = Changed since it was archived: the page now differs from the archived copy.
case-archive-alive = Still online, unchanged since it was archived.
case-archived = Archived { $when } (HTTP { $status }). Last checked { $checked }: { $state } (since { $since })
case-archived-from = Archived { $when } (HTTP { $status }, from { $url }). Last checked { $checked }: { $state } (since { $since })
case-archived-copy = The archived copy
case-author = Author:
case-reference = Reference:
case-archive-again = Archive the page again
case-archive-page = Archive this page
case-correct-source = Correct this source
case-retract = Retract

evidence-added = { $summary } · { $target } · added { $when }
evidence-added-by = { $summary } · { $target } · added { $when } by { $who }
evidence-added-hidden = { $target } · added { $when }
evidence-damaged = Damaged: what is stored no longer matches what was uploaded (checked { $when }). Izde will not send it; restore it from a backup.
evidence-image-alt = Image: { $name }
evidence-download = Download the original
evidence-summary = { $kind }, { $size }
evidence-kind-video = video
evidence-kind-audio = audio recording
evidence-kind-image = image
evidence-kind-pdf = PDF document
evidence-kind-file = file
evidence-page-title = Add a file
evidence-target-case = The case itself
evidence-testimony-detail = { $medium }, { $date }
evidence-testimony-label = Testimony of { $name } ({ $detail })
evidence-upload = Upload
evidence-intro = A video or audio testimony, a photo of a court notice, a screenshot, a document. Izde hashes it as it arrives (SHA-256) and stores it encrypted with the case's key; only those who may read this case's names can play or download it. Others see only its kind and size.
evidence-attach-label = What does it document?
evidence-choose = Choose…
evidence-file-label = File
evidence-file-hint = Its name is encrypted too. Its type is read from its content, not its name.
evidence-archive-title = Archive a source's page
evidence-archive-submit = Archive now
evidence-archived-before = Archived before, on { $when }: archiving again keeps a new copy, and the re-checks compare with it.
evidence-address = Address:
evidence-archive-hint = Izde fetches the page from the server (no cookies, nothing of yours is sent), keeps it in the case's files with its SHA-256, HTTP status and final address, and checks the address again every day: if the page is taken down or changed, the case page says so, and the archived copy stays.
evidence-unreadable = This upload could not be read. Choose the file again.
evidence-choose-file = Choose a file to upload.
evidence-cut-off = The upload was cut off before the whole file arrived. Nothing was saved: choose the file again and upload it once more.
evidence-too-large = This file is larger than the { $limit } this installation accepts. Nothing was saved. Ask an admin to raise the limit, or store a shorter cut.
evidence-choose-target = Choose what the file documents: the case, a testimony or a source.
evidence-not-of-case = That testimony or source is not part of this case (it may have been removed).
evidence-empty = This file is empty (0 bytes). Nothing was saved: choose the file itself.
evidence-forbidden = Only those who may read this case's names may open its files.
evidence-retracted-source = This source was retracted: it counts for nothing, and is not archived.
evidence-not-web = This source's reference is not a web address (http:// or https://): there is no page to archive. Correct the source first.
evidence-private = This address leads to a private network (or this server itself): Izde does not fetch it. An admin can allow a host in the settings if it is a trusted archive.
evidence-fetch-scheme = only http and https addresses can be archived
evidence-fetch-too-large = the page is larger than the { $limit } Izde archives
evidence-fetch-unreachable = the site could not be reached: { $reason }
evidence-not-archived = The page could not be archived: { $reason }.
evidence-http-status = The page answered HTTP { $status }: there is nothing to archive. If it was taken down, record that as an event, and look for a copy elsewhere.
evidence-back = Back to the case
evidence-refused-forbidden = Not for your account
evidence-refused-missing = No such file
evidence-refused-other = The file could not be sent
evidence-damaged-title = This file is damaged
evidence-damaged-text = What is stored no longer matches what was uploaded (a chunk was changed, moved or cut off), so Izde will not send it. The case page marks it; an admin can restore it from a backup.

history-title = Case history
history-loading = Loading…
history-merged = This record was merged into another case on { $when }. Below is its history before the merge;
history-merged-by = This record was merged into another case on { $when } by { $who }. Below is its history before the merge;
history-see-kept = see the case it is part of now
history-merged-end = .
history-command-line = the command line
history-revision = Revision { $revision }
history-at-merge = (at the merge)
history-current = (current)
history-saved = Saved { $when } UTC by { $who }
history-back = Back to the case
history-hint = Every save keeps the case as it was before, encrypted like the case itself. Open a revision to read the case as it was recorded then.

claims-level-unsourced = No source cited
claims-level-reported = Reported (one source)
claims-level-corroborated = Corroborated (two independent sources)
claims-level-confirmed = Confirmed (official, court or leaked document)
claims-disputed = { $count ->
    [one] Sources disagree: { $count } cited source disputes this claim.
   *[other] Sources disagree: { $count } cited sources dispute this claim.
}
claims-reviewed = Level set by a reviewer on { $when }:
claims-reviewed-by = Level set by a reviewer by { $who } on { $when }:
claims-quoted = “{ $text }”
claims-from-sources = From the sources alone: { $level }.
claims-supports = Supports
claims-disputes = Disputes
claims-at = at { $timecode }
claims-remove-summary = Remove…
claims-uncite-label = Why does this source no longer count for this claim?
claims-uncite-hint = Kept with the case, encrypted; the history says the source was taken off.
claims-remove = Remove
claims-retracted-not-counted = retracted, not counted
claims-none = No source cited yet.
claims-add-source-first = Add a source to the case first.
claims-option = { $title } ({ $kind })
claims-option-timecode = { $title } ({ $kind }, timecode possible)
claims-source = Source
claims-choose = Choose…
claims-the-source = The source
claims-supports-option = supports this claim
claims-disputes-option = disputes this claim
claims-timecode-label = Timecode in the recording
claims-timecode-hint = Optional, for a video testimony or interview: 12:05 or 1:02:30.
claims-cite = Cite
claims-cite-summary = Cite a source
claims-computed = As computed from the sources ({ $level })
claims-level = Level
claims-reason = Reason
claims-reason-hint = Every reader of the case sees it, researchers too: no names.
claims-save-review = Save review
claims-review-summary = Review the level
claims-sources-cited = Sources cited

timeline-empty = No events recorded yet.
timeline-date-unknown = date unknown
timeline-reported = reported { $date }
timeline-grade-title = Source reliability (A–F) and claim credibility (1–6)
timeline-retracted = (retracted)
timeline-sources = Sources
timeline-edit-event = Edit event
timeline-remove = Remove

case-not-editable = Only the volunteers who entered or were assigned this case, and admins, may change it.

size-bytes = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}
evidence-max-file-invalid = A whole number of megabytes, from 1 to 1000000 (1 TB).

evidence-unreachable-timeout = no answer in time
evidence-unreachable-redirects = too many redirects
evidence-unreachable-connection = the connection failed

evidence-archived-name = { $host } archived { $date }

# A prison sentence's length.
sentence-life = life imprisonment
sentence-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
sentence-months = { $months ->
    [one] { $months } month
   *[other] { $months } months
}
sentence-years-months = { $years ->
    [one] { $years } year
   *[other] { $years } years
} { $months ->
    [one] { $months } month
   *[other] { $months } months
}
case-packs-heading = UN submissions
case-packs-hint = A communication to a UN working group, filled from this case, once the family's consent allows it.
case-pack-wgeid = Prepare for the WGEID (disappearance)
case-pack-wgad = Prepare for the WGAD (arbitrary detention)
case-dossier-link = Dossier for an advocacy meeting (printable, PDF)
