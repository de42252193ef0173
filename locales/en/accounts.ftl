# Log-in, the account page, the admin pages (reveals, accounts, audit log, places, duplicates, merge).

## Shared
account-loading = Loading…
account-save = Save

## Log-in
login-title = Log in
login-heading = Log in to Izde
login-username = Username
login-password = Password
login-submit = Log in
login-hint = Accounts are made by an administrator. Sessions end after 30 minutes without activity, and 12 hours after logging in.
login-code-title = Log in: code
login-code-heading = Two-step verification
login-code-intro = Password accepted for { $username }. Type the 6-digit code your authenticator app shows for Izde.
login-code-label = Code
login-code-verify = Verify
login-code-restart = Start again
login-unavailable = Izde could not log you in just now. Try again in a moment.
login-challenge-over = This log-in waited too long or had too many wrong codes: enter your username and password again.
login-code-wrong = This code is not right: type the 6 digits your authenticator app shows now.
login-wrong = The username or password is not right.
login-throttled = { $minutes ->
    [one] Too many failed log-ins for this account or from this address. Try again in { $minutes } minute.
   *[other] Too many failed log-ins for this account or from this address. Try again in { $minutes } minutes.
}
login-busy = Izde is busy checking other log-ins. Wait a moment, then log in again.
login-first = Log in first.
login-cross-origin = This request did not come from Izde's own pages, so it was refused. Open Izde and try again from there.
login-database-unavailable = Izde cannot reach its database right now. Try again in a moment.
login-enrol-first = Turn on two-step verification on your account page first: the settings require it for admins.
login-session-needed = Log in to Izde first: your session has ended or you are not logged in.

## Reveal requests
admin-reveals-title = Reveal requests
admin-reveals-hint = A researcher sees every case under its pseudonym. Granting lets them read this one case's names, contacts and testimonies for 7 days (never change them). Every request and decision is kept in the audit log.
admin-reveals-empty = No request is waiting.
admin-reveals-asked = Asked by { $username } on { $when } UTC
admin-reveals-grant = Grant for 7 days
admin-reveals-decline = Decline
admin-reveals-decided = Another admin has already decided this request.

## Accounts
admin-accounts-title = Accounts
admin-accounts-username = Username
admin-accounts-role = Role
admin-accounts-status = Status
admin-accounts-sessions = Sessions
admin-accounts-since = Since
admin-accounts-change = Change
admin-accounts-disabled = disabled
admin-accounts-active = active
admin-accounts-role-of = Role of { $username }
admin-accounts-disabled-check = disabled
admin-accounts-change-hint = Changing a role or disabling an account ends its sessions at once.
admin-settings-title = Settings
admin-settings-auto-grant = Grant researchers' reveal requests without waiting for an admin (each is still logged)
admin-settings-totp-required = Admins must use two-step verification (an admin without it can only set it up until they do)
admin-settings-save = Save settings
admin-new-account-title = New account
admin-new-account-username-hint = 3 to 64 letters, digits, dots, underscores or hyphens.
admin-new-account-password = First password
admin-new-account-password-hint = At least 12 characters. Give it to the person in person; they change it on their account page.
admin-new-account-submit = Create account
admin-role-invalid = choose admin, volunteer or researcher
admin-role-choose = choose a role
admin-password-short = a password has at least { $count } characters
admin-username-taken = this username is taken
admin-self-lockout = You cannot take away your own admin role or disable your own account: ask another admin.
admin-last-admin = This is the last active admin account: make another admin first.
account-username-length = a username has 3 to 64 characters
account-username-characters = a username has only letters, digits, dots, underscores and hyphens

## Export minimums
admin-minimums-title = Export minimums
admin-minimums-now = No export, on this site or on the command line, can go below these. Now: public datasets k ≥ { $public_k }, l ≥ { $public_l }, at most { $public_percent } % left out; researcher datasets k ≥ { $researcher_k }, l ≥ { $researcher_l }, at most { $researcher_percent } % left out; table counts under { $threshold } hidden.
admin-minimums-public = Public datasets (published openly)
admin-minimums-least-k = Least k
admin-minimums-least-l = Least l
admin-minimums-suppressed = Most rows left out (%)
admin-minimums-public-k-hint = Every released row is alike with at least k − 1 others in place, birth year, gender, ethnicity, occupation, dates, charges and sentence (default 5).
admin-minimums-public-l-hint = Statuses in every such group (default 2).
admin-minimums-public-suppressed-hint = 0–50 (default 5).
admin-minimums-researcher = Researcher datasets (shared under an agreement)
admin-minimums-researcher-k-hint = Default 3.
admin-minimums-researcher-l-hint = Default 1.
admin-minimums-researcher-suppressed-hint = 0–50 (default 10).
admin-minimums-threshold = Least count shown in tables
admin-minimums-threshold-hint = Smaller counts in every report's tables show as “x” (default 5).
admin-minimums-save = Save export minimums

## Evidence settings
admin-evidence-title = Evidence files and archived pages
admin-evidence-max-file = Largest file (MB)
admin-evidence-max-file-hint = A larger upload is refused, and nothing of it is kept (default 2148 MB: 2 GiB).
admin-evidence-hosts = Hosts the archiver may reach on a private network
admin-evidence-hosts-hint = Usually empty. Izde never fetches a private, loopback or link-local address unless its host is listed here (comma-separated), e.g. an internal archive server.

## Your account
account-title = Your account
account-logged-in-as = Logged in as { $username } ({ $role }).
account-password-changed = Your password was changed. Every other session of your account has ended.
account-password-heading = Change your password
account-password-current = Current password
account-password-new = New password
account-password-new-hint = At least 12 characters.
account-password-confirm = New password again
account-password-submit = Change password
account-password-throttled = { $minutes ->
    [one] too many tries of the current password: try again in { $minutes } minute
   *[other] too many tries of the current password: try again in { $minutes } minutes
}
account-password-differ = the two new passwords differ
account-password-not-current = this is not your current password

## Two-step verification
account-two-step-title = Two-step verification
account-two-step-demanded = The settings require admins to use two-step verification: set it up here before anything else.
account-two-step-code-hint = The 6 digits your authenticator app shows for Izde now.
account-two-step-on = On: logging in asks for a code from your authenticator app.
account-two-step-code-off = Code, to turn it off
account-two-step-turn-off = Turn off
account-two-step-scan = Scan this with an authenticator app (Aegis, FreeOTP, Google Authenticator…), or type the key into it. Then type the code it shows.
account-two-step-key = Key:
account-two-step-code-app = Code from the app
account-two-step-turn-on = Turn on
account-two-step-off = Off. With it on, a stolen password alone does not open your account.
account-two-step-set-up = Set up two-step verification
account-two-step-bad-code = this code is not right: type the 6 digits your app shows now
account-two-step-already-on = Two-step verification is already on for your account.
account-two-step-admins-keep = Admins must keep two-step verification on: the installation's settings require it.

## Audit log
admin-audit-title = Audit log
admin-audit-hint = Every change, every reading of names and other sensitive fields, every reveal, log-in and export, in order. Entries hold ids and hashes of the encrypted values, never the values. Each entry carries the hash of the one before, so an entry changed or removed in the database breaks the chain from there on.
admin-audit-chain-intact = { $count ->
    [one] Chain intact: { $count } entry verified just now. Head
   *[other] Chain intact: { $count } entries verified just now. Head
}
admin-audit-chain-broken = The chain is BROKEN at entry { $seq }:
admin-audit-chain-broken-advice = . Entries from there on cannot be trusted: compare with a backup and investigate.
admin-audit-matches = { $count ->
    [one] { $count } entry matches.
   *[other] { $count } entries match.
}
admin-audit-when = When (UTC)
admin-audit-who = Who
admin-audit-action = Action
admin-audit-record = Record
admin-audit-change = Before → after
admin-audit-cases = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
admin-audit-record-case = case { $id }
admin-audit-record-testifier = testifier { $id }
admin-audit-record-event = event { $id }
admin-audit-record-source = source { $id }
admin-audit-record-detention = detention { $id }
admin-audit-record-testimony = testimony { $id }
admin-audit-record-user = user { $id }
admin-audit-record-reveal = reveal { $id }
admin-audit-record-export = export { $id }
admin-audit-record-place = place { $id }
admin-audit-record-evidence = evidence { $id }
admin-audit-deleted-account = deleted account
admin-audit-pages = Pages
admin-audit-newer = ← Newer
admin-audit-older = Older →
admin-audit-filter-label = Filter the audit log
admin-audit-filter-who = Who (username)
admin-audit-filter-any = Any
admin-audit-filter-record = Record id
admin-audit-filter-from = From (YYYY-MM-DD)
admin-audit-filter-to = To (YYYY-MM-DD)
admin-audit-filter = Filter
admin-audit-clear = Clear

## Places
places-title = Places
places-hint = The gazetteer lists Xinjiang's prefectures and counties (and places abroad). A township or village a testimony names can be added here, under its county, with its names in each script. Volunteers then find it in every place picker. Adding a place is kept in the audit log; a place cannot be removed once cases may point at it.
places-village = Village
places-township = Township
places-add-title = Add a township or village
places-parent = In
places-parent-hint = Its county (a village may also be added under a township added before).
places-level = Kind of place
places-name-en = Name in Latin letters
places-name-en-hint = As advocates write it, e.g. Qaraqara.
places-name-kk = Name in Kazakh (Cyrillic)
places-name-ug = Name in Uyghur (Arabic script)
places-name-zh = Name in Chinese
places-name-zh-hint = The official name, as on an ID card or a verdict, if known.
places-add = Add place
places-added-title = Places added
places-empty = No place has been added yet.
places-place = Place
places-kind = Kind
places-kazakh = Kazakh
places-uyghur = Uyghur
places-chinese = Chinese
places-added = Added
places-kind-village = village
places-kind-township = township
places-added-by = { $when } by { $username }

## Duplicates
dup-title = Possible duplicates
dup-lede = Cases the name index found alike — the same name in another spelling or script, or the same ID number — when one of them was saved. Open both (each in a new tab) and compare before deciding. Opening this page is a reading of every case on it, and is audited.
dup-empty = No pair is waiting for a decision.
dup-found-intake = Found at intake on { $when } UTC
dup-found-intake-by = Found at intake on { $when } UTC by { $username }
dup-found-edit = Found when a case was edited on { $when } UTC
dup-found-edit-by = Found when a case was edited on { $when } UTC by { $username }
dup-saved = Saved
dup-looks-like = Looks like (recorded before)
dup-said-different = Whoever saved it said this is a different person.
dup-compare = Compare and merge…
dup-different = Different people
dup-born = born { $year }
dup-missing-since = missing since { $year }

## Merge
merge-title = Merge two records of one person
merge-back = Back to the possible duplicates
merge-testifiers = { $count ->
    [one] { $count } testifier
   *[other] { $count } testifiers
}
merge-testimonies = { $count ->
    [one] { $count } testimony
   *[other] { $count } testimonies
}
merge-detentions = { $count ->
    [one] { $count } detention
   *[other] { $count } detentions
}
merge-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
merge-sources = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
merge-contents = { $list }.
merge-list-separator = ,{" "}
merge-nothing = Nothing recorded under it yet.
merge-keep-address = Keep this case's address
merge-lede = Everything recorded under either case — testifiers, testimonies, detentions, events, sources, claims and their reviews — is kept under one case. Choose which address is kept (the other leads to it from now on), and for each profile field that differs, which value is right. Other spellings, aliases and ID numbers of both are all kept; a name not chosen becomes another spelling. Both histories stay readable.
merge-which-keeps = Which case keeps its address?
merge-saved-later = Saved later
merge-recorded-before = Recorded before
merge-profile = The missing person's profile
merge-field = Field
merge-notes = Why are these one person?
merge-notes-hint = e.g. "same ID number; his brother confirmed by phone on 3 December". Kept with the case, encrypted.
merge-submit = Merge into one case
merge-cancel = Cancel
merge-both-kept = Both kept.
merge-keep-both = Keep both, the kept case's first

# What a role is refused.
access-refused-enter-testimonies = Your account ({ $role }) may not enter new testimonies.
access-refused-find-testifiers = Your account ({ $role }) may not find testifiers by name.
access-refused-add-places = Your account ({ $role }) may not add places to the gazetteer.
access-refused-see-added-places = Your account ({ $role }) may not see the places added to the gazetteer.
access-refused-review-claims = Your account ({ $role }) may not review claims (admins do).
access-refused-merge-cases = Your account ({ $role }) may not merge cases.
access-refused-read-cases = Your account ({ $role }) may not read cases.
access-refused-search-by-name = Your account ({ $role }) may not search cases by name.
access-refused-check-duplicates = Your account ({ $role }) may not check new testimonies for duplicates.
access-refused-review-duplicates = Your account ({ $role }) may not review possible duplicates.
access-refused-decide-duplicates = Your account ({ $role }) may not decide on possible duplicates.
access-refused-erase-cases = Your account ({ $role }) may not erase cases.
access-refused-request-reveals = Your account ({ $role }) may not request reveals (researchers do).
access-refused-decide-reveals = Your account ({ $role }) may not decide reveal requests.
access-refused-see-reveals = Your account ({ $role }) may not see reveal requests.
access-refused-manage-accounts = Your account ({ $role }) may not manage accounts.
access-refused-assign-cases = Your account ({ $role }) may not assign cases.
access-refused-change-settings = Your account ({ $role }) may not change settings.
access-refused-read-audit-log = Your account ({ $role }) may not read the audit log.

## Personal API tokens (the account page; every account's tokens on the admins' accounts page)
api-tokens-title = API tokens
api-tokens-hint = A personal token lets your own scripts (in Python, R…) read through Izde's read API what you can read on these pages, with your role, and never more. It only reads. It stops working when it expires, when you revoke it, or when your account is disabled. Keep it like a password. The API is described at /api/v1/openapi.json.
api-tokens-none = No token yet.
api-tokens-name = Name
api-tokens-name-hint = What the token is for, e.g. “R notebook on my laptop”. Do not write anyone's name here.
api-tokens-lasts = Valid for
api-tokens-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
api-tokens-make = Make token
api-tokens-new = New token
api-tokens-made = Your new token “{ $name }”, valid until { $when }:
api-tokens-copy-now = Copy it now and keep it somewhere safe: it is shown only this once. Izde keeps only a fingerprint of it and cannot show it again.
api-tokens-created = Made
api-tokens-expires = Expires
api-tokens-last-used = Last used
api-tokens-never-used = never
api-tokens-active = active
api-tokens-expired = expired
api-tokens-revoked-on = revoked on { $when }
api-tokens-revoke = Revoke
api-tokens-revoke-named = Revoke the token { $name }
api-tokens-all-title = API tokens of every account
api-tokens-all-hint = Each token reads with its account's current role. Revoke a token that may have leaked; disabling an account stops all of its tokens.
api-token-name-required = give the token a name
api-token-no-account = Only an account can have API tokens.
admin-audit-record-api-token = API token { $id }

## Read API errors (JSON answers of /api/v1)
api-error-missing-token = This request carries no API token: send the header “Authorization: Bearer” followed by your token.
api-error-invalid-token = This API token is not valid: it may have been revoked, or its account disabled. Make a new one on your account page.
api-error-token-expired = This API token has expired. Make a new one on your account page.
api-error-rate-limited = Too many requests with this token: wait { $seconds } s and try again.
api-error-unknown-parameter = This endpoint takes no parameter “{ $name }”.
api-error-invalid-filter = This value of “{ $name }” is not accepted (see the API description).
api-error-invalid-cursor = This cursor was not given by Izde: pass the next_cursor of the previous answer unchanged.
api-error-cursor-mismatch = This cursor belongs to a listing with other filters: repeat the same filters with it, or start again without a cursor.
api-error-read-only = The API only reads: use GET.
