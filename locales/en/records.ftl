# The forms of a case's records: detentions, timeline events, sources, removals, erasure.

detention-page-title = Detention and sentence
detention-correct = Correct a detention
detention-add = Add a detention
detention-save = Save detention
detention-not-encrypted = These fields are not encrypted (researchers search them): no names of people. The date the person was taken is a timeline event.
detention-held-in = Held in
detention-not-known = Not known
detention-facility-name = Name of the camp, detention centre or prison
detention-where = Where
detention-unknown = Unknown
detention-alleged-act = What they are said to have done
detention-alleged-act-hint = The act itself, e.g. "a 2012 forum post" — kept apart from the legal charge.
detention-legal-charge = Legal charge
detention-none-known = None known
detention-sentence = Sentence
detention-sentence-hint = e.g. 10 years, 7 years 6 months, life
detention-court = Court
detention-conviction-date = Date of conviction
detention-learned-date = When the family learned of it
detention-learned-how = How the family learned of it
detention-confirmed-by = Confirmed by (institution or official role)
detention-confirmed-by-hint = e.g. Chinese Embassy in Astana. Not a private person's name.

event-page-title = Timeline event
event-edit = Edit event
event-add = Add an event
event-save = Save event
event-kind = What happened
event-date = When it happened
event-reported = When it was reported
event-reported-hint = The date the family or a source told of it — not the same thing.
event-where = Where
event-unknown = Unknown
event-summary = What happened, in brief
event-sources = Supported by these sources
event-no-sources = This case has no sources yet: add one from the case page, then link it here.

source-page-title = Source
source-retracted-title = This source was retracted
source-retracted-body = It stays on the case as it was when it was retracted, and counts for nothing. If the claim has other evidence, add it as a new source.
source-back-to-case = Back to the case
source-correct = Correct a source
source-add = Add a source
source-save = Save source
source-events = Events this source supports
source-no-events = This case has no events yet.

removal-page-title = Remove from the case
removal-undated = undated
removal-event = Remove an event
removal-testimony = Remove a testimony
removal-detention = Remove a detention
removal-source = Retract a source
removal-retract = Retract
removal-to-be-retracted = To be retracted:
removal-retract-hint = A retracted source stays on the case, marked as retracted with your reason, and no longer counts as evidence for any claim. To fix a mistake in it instead, go back and correct it.
removal-retract-reason = Why is it retracted?
removal-retract-reason-hint = e.g. "the document is a forgery", "the report confused him with a namesake".
removal-remove = Remove
removal-to-be-removed = To be removed:
removal-remove-hint = The case's history keeps it as it was, with your reason, for those who may read the case's names. To change it instead, go back and correct it.
removal-remove-reason = Why is it removed?
removal-remove-reason-hint = e.g. "entered twice", "the family corrected it: he was never in this camp".

erasure-page-title = Erase a case
erasure-heading = Erase
erasure-submit = Erase the case
erasure-what = Erasing deletes the case and everything recorded under it — profile, testimonies and transcripts, detentions, events, sources, its history — and destroys its data key. Testifiers who speak for no other case are erased with it. Only the case's id, the date, your account and the reason below are kept, and the audit log's entry.
erasure-backups = Backups made before today still hold the case, under a key the current server key opens: keep them no longer than your retention period (see the README), and if you ever restore one, erase this case again.
erasure-reason = Why is the case erased?
erasure-reason-hint = e.g. "the family asked on 3 December, by phone to the coordinator".
erasure-confirm = I understand that an erased case cannot be brought back

record-case-recorded = Case recorded.
