## The public register (issue 22): the static website `izde publish` builds, and the admin pages
## that review it. The site's words are read by the public: journalists, diplomats, families.

nav-register = Public register
access-refused-publish-register = Your account ({ $role }) may not review or publish the public register: admins do.

register-site-name = Izde — register of people missing in Xinjiang
register-footer = Published by the organisation that runs Izde, from testimonies whose families agreed to publication. Each entry's claims carry their sources and verification level.
register-nav-entries = All entries
register-nav-browse = Browse
register-nav-stats = Statistics
register-nav-about = How this register is made
register-intro = { $count ->
    [one] One person whose family agreed to make their case public.
   *[other] { $count } people whose families agreed to make their cases public.
}
register-search-label = Search the register
register-search-placeholder = A name in any script, a place, a charge, a year, an entry number
register-search-button = Search
# %n is replaced by the number of entries found (not a Fluent variable: the page's script fills it in).
register-search-found = Entries found: %n
register-search-none = No entry matches every word.
register-col-entry = Entry
register-col-status = Status
register-col-prefecture = Prefecture
register-col-detained = Detained in
register-col-claim = What the record says
register-col-level = Verification
register-col-supported = Supported by
register-col-disputed = Disputed by
register-entry-anonymized-title = Entry { $id }
register-entry-anonymized = Anonymized at the family's request
register-entry-named = Named with the family's consent
register-names = The name in other scripts
register-verification = Verification: { $level }
register-clock = Sentence clock
register-clock-expected = Expected release: { $when }
register-clock-passed = Expected release { $when } has passed
register-clock-alert = Expected release { $when } has passed, with no news of the person since
register-detentions = Detention, charges and sentence
register-timeline = Timeline
register-claims = Claims and their evidence
register-sources = Sources
register-no-sources = No public source is recorded yet.
register-claim-unpublished = { $count ->
    [one] and one testimony kept confidential
   *[other] and { $count } testimonies kept confidential
}
register-undated = Date not known
register-by-status = By status
register-by-prefecture = By prefecture
register-by-charge = By charge
register-by-year = By year of detention
register-group-count = { $count ->
    [one] One entry.
   *[other] { $count } entries.
}
register-stats-lede = Counts of the entries in this register only: not of every case recorded, and not of everyone detained.
register-chart-unit = Entries
register-about-consent = Every entry is published with the consent of the relatives who testified. Where they agreed to names, the entry shows the person's name in each script it is written in; where they agreed only to anonymized publication, it shows a numbered entry instead. An entry is withdrawn as soon as a family withdraws its consent.
register-about-anonymized = In an anonymized entry, places are given to the prefecture and dates to the year, the birth year to a five-year band, and facility names, courts, occupations and source titles are left out, so that the entry cannot single out a family.
register-about-levels = Each claim shows its verification level: reported (one source), corroborated (independent sources agree) or confirmed (reviewed against documents). Testimonies support claims but are never published: relatives who speak are at risk.
register-about-manifest = The register is a set of plain files. Its manifest.json lists every file with its SHA-256 and is signed with the organisation's published Ed25519 key (manifest.sig), so that anyone hosting or mirroring it can check that nothing was changed.
register-fact-sex = Sex
register-fact-born = Born
register-fact-ethnicity = Ethnicity
register-fact-residency = Nationality and residency abroad
register-fact-occupation = Occupation
register-fact-last-contact = Last contact
register-fact-last-place = Last known place
register-detention-facility = Kind of facility
register-detention-name = Facility
register-detention-place = Place
register-detention-forces = Arrest carried out by
register-detention-warrant = Warrant
register-detention-act = What they are accused of
register-detention-charge = Charge
register-detention-court = Court
register-detention-convicted = Convicted
register-detention-sentence = Sentence
register-archive-kept = Archived on { $date }
register-archive-changed = Archived on { $date }; the page has changed since
register-archive-gone = Archived on { $date }; the page has since been taken down
register-no-consent = This case cannot be published: not every testifier agreed to publication.

register-admin-title = Public register
register-admin-lede = The register is a static website of the cases whose families agreed to publication, built as files to be hosted elsewhere: the public never reaches this server. An admin reviews each case before its first publication.
register-admin-publication = Publication
register-admin-last = Last published { $when } by { $by }, with { $count } entries.
register-admin-changes = Since the publication before: { $added } added, { $changed } changed, { $removed } removed, { $unchanged } unchanged.
register-admin-added = Added:
register-admin-changed = Changed:
register-admin-removed = Removed (consent withdrawn or case erased):
register-admin-never = The register has not been published yet.
register-admin-counts = { $approved } approved, { $waiting } awaiting review.
register-admin-command = On the server, { $command } writes it into a folder (publishing into the last folder updates it); here, it downloads as a ZIP archive. Either way the publication is signed and recorded in the audit log.
register-admin-download = Publish and download the register (ZIP)
register-admin-candidates = Cases whose families agreed
register-admin-case = Case
register-admin-consent = Consent
register-admin-standing = Review
register-admin-named = Named
register-admin-anonymized = Anonymized
register-admin-approved = Approved, entry { $id }
register-admin-awaiting = Awaiting review
register-admin-review = Review
register-admin-preview = Preview

register-review-title = Ready to publish?
register-review-lede = { $case }: the families agreed to { $consent } publication. Compare what stays in Izde with what the register will show.
register-review-private = Stays in Izde
register-review-private-hint = Never in the register: the testifiers, testimonies, notes, ID numbers, addresses and exact dates.
register-review-public = Will be public
register-review-public-hint = The entry as its page will show it.
register-review-confirm = I have checked that the public entry holds nothing that could endanger the family.
register-review-approve = Approve for publication
register-review-approved = Approved as entry { $id } by { $by }, { $when }.
register-review-command-line = the command line
register-review-no-id = (number given on approval)
register-review-back = Back to the register

register-private-name = Full name
register-private-other-names = Other spellings
register-private-aliases = Aliases
register-private-id-numbers = ID numbers
register-private-birth-date = Birth date
register-private-address = Address
register-private-place-note = Place note
register-private-narrative = Narrative
register-private-testifier = Testifier
register-private-testimonies = Testimonies
register-private-source = Source not published
register-private-evidence = Evidence files
