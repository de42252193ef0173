# What a revision of a case changed (the case history), what each claim asserts (its statement),
# the merge page's fields and the errors of the claim and merge forms.
# Sensitive fields are named, never quoted: no message here may take a name or a narrative.

## The case history: one sentence per change.

change-name = Name changed.
change-other-names = Other names changed.
change-aliases = Aliases changed.
change-id-numbers = ID numbers changed.
change-birth-date = Date of birth changed.
change-address = Address changed.
change-narrative = Narrative changed.
change-place-note = The last known place not in the gazetteer changed.
# A field that changed from one value to another: "Status: Missing → Sentenced."
change-value = { $field }: { $from } → { $to }.
change-field-status = Status
change-field-verification = Verification
change-field-gender = Gender
change-field-ethnicity = Ethnicity
change-field-residency = Residency abroad
change-field-occupation = Occupation
change-field-last-place = Last known place
change-field-birth-year = Birth year
change-field-last-contact = Last contact
# A value not recorded.
change-unknown = unknown
# An event without a date.
change-undated = undated
# An event, in the history and in its claim: "Arrest (May 2021)".
change-event-label = { $kind } ({ $date })
# A source, by its title.
change-source-label = “{ $title }”
change-event-added = Event added: { $event }.
change-event-changed = Event changed: { $event }.
change-event-removed = Event removed: { $event }.
change-source-added = Source added: { $source }.
change-source-changed = Source changed: { $source }.
change-source-removed = Source removed: { $source }.
change-source-retracted = Source retracted: { $source }, no longer counted as evidence (the reason is shown to those who may read names).
change-source-retracted-reason = Source retracted: { $source }, no longer counted as evidence. Reason: “{ $reason }”
# $claim is the claim's statement ("Status: Sentenced").
change-claim-sources = Sources cited for “{ $claim }” changed.
# $level is a level's name in lower case ("corroborated (two independent sources)").
change-claim-reviewed = Reviewer set “{ $claim }” to { $level }.
change-claim-review-withdrawn = Review of “{ $claim }” taken back: the computed level stands.
# $case is the merged record's pseudonym ("Case K-…").
change-merged-in = { $case } merged into this case: its testimonies, detentions, events and sources are now here.
change-removal-reason-event = Reason for removing the event: “{ $reason }”
change-removal-reason-testimony = Reason for removing the testimony: “{ $reason }”
change-removal-reason-detention = Reason for removing the detention: “{ $reason }”
change-removal-reason-citation = Reason for removing the source cited for a claim: “{ $reason }”
# Something else removed; $what is its code.
change-removal-reason-other = Reason for removing the { $what }: “{ $reason }”
change-removed-event = The event was removed with a reason (shown to those who may read names).
change-removed-testimony = The testimony was removed with a reason (shown to those who may read names).
change-removed-detention = The detention was removed with a reason (shown to those who may read names).
change-removed-citation = The source cited for a claim was removed with a reason (shown to those who may read names).
change-removed-other = The { $what } was removed with a reason (shown to those who may read names).
# $relationship is a label of the relationship list in lower case ("brother").
change-testifier-added = Testifier added: the missing person's { $relationship }.
change-consent = Consent of the testifier ({ $relationship }): { $from } → { $to }.
change-testimony-added = Testimony added.
change-testimony-changed = Testimony changed.
change-testimony-removed = Testimony removed.
change-detention-added = Detention added.
change-detention-changed = Detention changed.
change-detention-removed = Detention removed.

## What each claim asserts, on the case page ("Claims and their evidence") and in the history.

statement-status = Status: { $status }
statement-last-location = Last known location: { $place }
statement-born = Born in { $year }
statement-ethnicity = Ethnicity: { $value }
statement-occupation = Occupation: { $value }
statement-residency = Residence status abroad: { $value }
statement-names = The name and its other spellings
statement-id-numbers = The ID numbers
# The kind of facility and its name: "Camp — Test camp".
statement-facility = Facility: { $facility }
statement-alleged-act = Alleged act: { $act }
statement-charge = Legal charge: { $charge }
statement-sentence = Sentence: { $sentence }
statement-court = Court: { $court }
statement-responsible-forces = Arrested by: { $forces }
statement-warrant = At the arrest: { $warrant }

## The claim forms' errors (shown beside the field).

provenance-claim-gone = this claim is no longer in the case (it was changed meanwhile): reload the page
provenance-choose-source = choose one of this case's sources
provenance-choose-stance = say whether the source supports or disputes the claim
provenance-timecode-format = write the time into the recording as minutes:seconds or hours:minutes:seconds, e.g. 12:05 or 1:02:30
provenance-timecode-sixty = minutes and seconds after the first part go up to 59
provenance-timecode-too-long = a recording of more than 100 hours? Check the timecode
# $kind is the source's type in lower case ("media report").
provenance-timecode-not-recorded = only a video testimony or an interview has timecodes; “{ $title }” is a { $kind }: leave this empty
provenance-uncite-reason = say why this source no longer counts for this claim (e.g. "the video says 2018, not 2017")
provenance-not-cited = that source is not cited for this claim (any more): reload the page
provenance-review-reason = say in a sentence why this level is right: every reader of the case sees it
provenance-choose-level = choose a level, or the computed one
provenance-no-review = this claim has no review to take back: choose a level
provenance-reason-names = this names someone of the case (perhaps spelled another way), and researchers read reasons: give the reason without names

## The merge page's fields (the side-by-side profiles) and its form's errors.

merge-row-name = Name
merge-row-birth = Date and year of birth
merge-row-gender = Gender
merge-row-ethnicity = Ethnicity
merge-row-residency = Residence status
merge-row-occupation = Occupation
merge-row-status = Current status
merge-row-verification = Verification
merge-row-last-contact = Last contact (date and place)
merge-row-address = Address
merge-row-narrative = Narrative
merge-row-other-names = Other spellings
merge-row-aliases = Aliases
merge-row-id-numbers = ID numbers
# Only the birth year is known.
merge-row-born = born { $year }
merge-error-keep = Choose which case to keep.
merge-error-notes = Say why these are one person (e.g. "same ID number; the brother confirmed by phone"): the notes are kept, encrypted.
merge-error-notes-long = Keep the notes under { $max } characters.
merge-error-pick = Choose one of the two values.
