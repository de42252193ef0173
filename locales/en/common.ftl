# The frame of every page: header, navigation, banners, language switch, pager, generic pages.

skip-to-content = Skip to the content
brand-tagline = testimonies of the missing
dev-key-title = Development key — not for real testimonies.
dev-key-body = This server encrypts with a key generated next to its database. Use it to try Izde with fictional data only.
sealed-title = Sealed.
sealed-body = Records stay encrypted until an administrator unseals this server with its passphrase.

nav-main = Main
nav-cases = Cases
nav-statistics = Statistics
nav-timeline = Timeline
nav-release-alerts = Past release
nav-export = Export
nav-new-testimony = New testimony
nav-reveals = Reveal requests
nav-duplicates = Duplicates
nav-places = Places
nav-accounts = Accounts
nav-audit = Audit log
log-out = Log out

role-admin = admin
role-researcher = researcher
role-volunteer = volunteer

language-label = Language
language-apply = Change

not-found-title = Not found
not-found-body = There is nothing at this address.
back-to-cases = Back to the cases
pager = Pages
pager-previous = ← Previous
pager-next = Next →

encrypted-mark = encrypted
encrypted-mark-spoken = (encrypted before it is stored)
form-cancel = Cancel
form-nothing-saved = Nothing was saved. Each problem is marked next to its field below; everything you typed is still here.
checkboxes-empty = Nothing to choose yet.
footer-note = Izde keeps names, contacts, narratives and transcripts encrypted. This page loads nothing from any other site.
language-unknown = Izde has no such language. Choose one from the list.
database-unavailable = Izde cannot reach its database right now. Try again in a moment.
