# The guided intake (new testimony), the case's forms (profile, testimony, testifier, consent)
# and the messages their form posts answer with.

intake-title = New testimony
intake-forbidden = Volunteers and admins record testimonies; a researcher's account reads them.
intake-lede = Follow the relative's account in order. Only the fields marked * are required; anything unknown can stay empty and be added later.
intake-loading = Loading…
intake-relative-more-hint = From the same testimony: this relative becomes a case of their own, with the same testifier and testimony.
intake-relative-relationship = Relationship to this missing relative
intake-relative-relationship-hint = The testifier is this relative's …
intake-save = Save testimony
intake-testifier-name = Testifier's full name
intake-testifier-name-hint = In any script, as they write it.
intake-relationship = Relationship to the missing person
intake-relationship-hint = The testifier is the missing person's … (the first one, if the testimony is about several relatives)
intake-contact = Contact (phone, e-mail, messenger)
intake-consent = Consent to publish
intake-consent-hint = For every relative this testimony is about; it can be changed later on each case.
intake-pressure = Pressure or threats received
intake-pressure-hint = Calls from police, threats to relatives in Xinjiang, visits by officials.
intake-add-relative = Add another missing relative
intake-add-relative-hint = Is the testimony about more than one person (a father about his sons)? Each relative becomes a case of their own, sharing the testifier and the testimony; all are saved together.
intake-testimony-medium = Testimony given as
intake-testimony-date = Recorded on
intake-language = Language
intake-testimony-duration = Duration (minutes)
intake-recording-location = Where the recording is kept
intake-transcript = Transcript
intake-recording = The recording, or a document of it
intake-recording-hint = Optional: the video or audio of this testimony, or a photo or scan of the written one. Stored encrypted with the case, hashed as it arrives; it can also be added on the case page later.
intake-save-hint = Saved in one step: if anything needs fixing, nothing is stored until it is.
intake-lookalikes-title = Possibly already recorded
intake-lookalikes-body = These cases have the same name in another spelling or script, or the same ID number. Open them (in a new tab) before saving a second record of one person.
intake-lookalikes-different = This is a different person: save the testimony anyway
intake-lookalikes-review = An admin still compares the two records in the duplicate review, with your answer.
intake-last-contact-date = When were they last heard from?
intake-last-contact-location = Where were they then?
intake-last-contact-location-hint = Choose the prefecture if the county is unknown.
intake-last-contact-summary = What happened at the last contact
intake-disappearance-date = When did they disappear, if different?
intake-facility-kind = Held in
intake-facility-name = Name of the camp, detention centre or prison
intake-facility-name-hint = This step's text fields are not encrypted (researchers search them): no names of people.
intake-detention-location = Where
intake-detention-date = Since when
intake-alleged-act = What they are said to have done
intake-alleged-act-hint = The act itself, e.g. "a 2012 forum post", "travelled to Kazakhstan" — kept apart from the legal charge.
intake-legal-charge = Legal charge
intake-sentence = Sentence
intake-sentence-hint = e.g. 10 years, 7 years 6 months, life
intake-court = Court
intake-conviction-date = Date of conviction
intake-learned-date = When the family learned of it
intake-learned-how = How the family learned of it
intake-confirmed-by = Confirmed by (institution or official role)
intake-confirmed-by-hint = e.g. Chinese Embassy in Astana. Not a private person's name.
intake-name = Full name
intake-name-hint = In the script the family uses: Cyrillic, Arabic script, Chinese characters or Latin.
intake-other-names = Other spellings of the name
intake-other-names-hint = One per line: other scripts, the Chinese transcription on their ID card.
intake-aliases = Aliases or nicknames
intake-birth-year = Birth year
intake-birth-date = Exact date of birth
intake-birth-date-hint = YYYY-MM-DD, if known
intake-gender = Gender
intake-ethnicity = Ethnicity
intake-residency = Citizenship or residency abroad
intake-occupation = Occupation
intake-id-numbers = ID or passport numbers
intake-address = Address in Xinjiang
intake-status = Current status
intake-verification = Verification
intake-verification-hint = Reported: one source. Corroborated: two independent sources. Confirmed: official or documentary.
intake-narrative = Their story, in brief
intake-source = Source
intake-source-hint = Where is this known from? Leave empty if the testimony is the only source.
intake-source-type = Kind of source
intake-source-title = Title or short description
intake-source-title-hint = Not encrypted, so that researchers can search it: no names (e.g. "Video testimony of his sister").
intake-source-publisher = Publisher
intake-source-author = Author
intake-source-reference = Reference or URL
intake-source-reference-hint = Not encrypted: a link or archive number without names.
intake-source-date = Date
intake-source-reliability = Reliability of the source
intake-source-credibility = Credibility of the claim
intake-source-sha256 = SHA-256 of a stored copy
testimony-title = Testimony
testimony-correct = Correct a testimony
testimony-add = Add a testimony
testimony-given-by = Given by
testimony-source = Published as
testimony-source-hint = The source on the case page that holds this testimony, if it was published.
testifier-title = Add a testifier
testifier-submit = Add testifier
testifier-intro = Another relative who speaks for the missing person. Their testimony is added afterwards, with "Add testimony".
testifier-name-hint = In any script, as they write it. Leave empty when you chose a recorded testifier above.
testifier-relationship-hint = The testifier is the missing person's …
testifier-contact-hint = A recorded testifier keeps the contact already recorded.
testifier-consent-hint = For this case. "No consent to publish" keeps the case out of every export.
testifier-find-title = Already recorded for another case?
testifier-find-intro = A relative who testified about another missing person (a father about his first son) is linked, not typed again: their name and contact stay recorded once, and this case gets its own relationship and consent.
testifier-find-name = Testifier's name
testifier-find-name-hint = In any script: Гүлнар, Gulnar and گۈلنار find the same person.
testifier-find = Find
testifier-who = Who testifies
testifier-who-new = Someone not recorded yet (fill in their name below)
testifier-linking = Linking the recorded testifier you chose. To choose another, find them again above.
consent-save = Save consent
consent-hint = "No consent to publish" takes the case out of every export from the moment it is saved. The change, its date and your account are kept in the case's history.
consent-note = How the family gave or withdrew it
consent-note-hint = e.g. "by phone to the coordinator, 3 December". Optional.
caseform-edit-title = Edit case
caseform-save-changes = Save changes
intake-place-note = Not in the list? The place itself
intake-place-note-hint = Choose the county it lies in above, then name the village or place here, as the family says it.
intake-date-hint = e.g. 2017, May 2017, c. 2012, late 2019, before 2018, 2019–2020, 2017-05-14
intake-relative-number = Missing relative { $number }
intake-relative-remove = Remove missing relative { $number }
intake-step-testifier = Who is testifying
intake-step-missing = Who is missing
intake-step-last-contact = Last contact
intake-step-known = What is known
intake-step-testimony = The testimony and its sources
intake-lookalike-born = born { $year }
intake-unknown = Unknown
intake-not-known = Not known
intake-none-known = None known
intake-verification-default = Reported (default)
intake-duplicate-field = this person may already be recorded: see the cases listed below this section
intake-duplicate-message = Nothing was saved yet: a missing person looks like someone already recorded. Open the cases listed under “Who is missing” to check. If it is someone else, tick “This is a different person” and save again.
intake-relatives-full = One intake records at most { $count } missing relatives: save these, then record the others as a new testimony of the same testifier.
intake-choose-again = Nothing was saved, the file either: choose it again once the rest is fixed (a browser does not keep a chosen file when a form comes back).
testimony-source-none = Not published / no source yet
testifier-find-hidden = { $count ->
    [one] { $count } more recorded testifier of this name speaks only for cases you may not read by name: an admin can link them.
   *[other] { $count } more recorded testifiers of this name speak only for cases you may not read by name: an admin can link them.
}
testifier-find-count = { $count ->
    [one] { $count } recorded testifier found: choose one under "Who testifies" below.
   *[other] { $count } recorded testifiers found: choose one under "Who testifies" below.
}
testifier-speaks-for = { $relationship } of { $name }
testifier-more-cases = { $count ->
    [one] (and { $count } more case)
   *[other] (and { $count } more cases)
}
testifier-already-here = (already a testifier of this case)
consent-given-by = Given by
caseform-loading = Loading…
caseform-heading-separator = :{" "}
caseform-search-empty = Type a name (in any script) or an ID number.
caseform-search-none = No case matches this name or ID number.
caseform-search-limit = { $count ->
    [one] Showing the first { $count } match: add more of the name to narrow the search.
   *[other] Showing the first { $count } matches: add more of the name to narrow the search.
}
caseform-search-same-id = same ID number
caseform-search-same-name = same name
caseform-search-words = name contains the words

# Finding and linking a recorded testifier; searching by name.
testifier-find-type-name = Type the testifier's name, in any script.
testifier-find-none = No recorded testifier has this name: fill in the new testifier's details below.
testifier-link-choose-again = This testifier is not recorded (any more): find them again, or add them as a new testifier.
testifier-link-already = This person is already a testifier of this case.
testifier-link-forbidden = You may link a testifier of a case you may read by name; an admin can link this one.
search-by-name-too-many = { $minutes ->
    [one] You have searched by name { $searches } times in 15 minutes. Try again in { $minutes } minute.
   *[other] You have searched by name { $searches } times in 15 minutes. Try again in { $minutes } minutes.
}
