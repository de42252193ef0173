# كىرىش، ھېسابات بېتى، باشقۇرغۇچى بەتلىرى (ئاشكارىلاش ئىلتىماسلىرى، ھېساباتلار، تەكشۈرۈش خاتىرىسى، جايلار، تەكرارلانغانلار، بىرلەشتۈرۈش).

## ئورتاق
account-loading = يۈكلىنىۋاتىدۇ…
account-save = ساقلاش

## كىرىش
login-title = كىرىش
login-heading = Izde گە كىرىش
login-username = ئىشلەتكۈچى ئىسمى
login-password = پارول
login-submit = كىرىش
login-hint = ھېساباتلارنى باشقۇرغۇچى قۇرىدۇ. ئەڭگىمە 30 مىنۇت ھەرىكەتسىز قالغاندا ۋە كىرگەندىن 12 سائەت كېيىن ئاخىرلىشىدۇ.
login-code-title = كىرىش: كود
login-code-heading = ئىككى باسقۇچلۇق دەلىللەش
login-code-intro = { $username } نىڭ پارولى قوبۇل قىلىندى. دەلىللىگۈچ ئەپىڭىز Izde ئۈچۈن كۆرسەتكەن 6 خانىلىق كودنى كىرگۈزۈڭ.
login-code-label = كود
login-code-verify = دەلىللەش
login-code-restart = قايتا باشلاش
login-unavailable = Izde ھازىر سىزنى كىرگۈزەلمىدى. سەل تۇرۇپ قايتا سىناڭ.
login-challenge-over = بۇ كىرىش بەك ئۇزۇن ساقلىدى ياكى خاتا كود بەك كۆپ كىرگۈزۈلدى: ئىشلەتكۈچى ئىسمى ۋە پارولنى قايتا كىرگۈزۈڭ.
login-code-wrong = بۇ كود توغرا ئەمەس: دەلىللىگۈچ ئەپىڭىز ھازىر كۆرسىتىۋاتقان 6 رەقەمنى كىرگۈزۈڭ.
login-wrong = ئىشلەتكۈچى ئىسمى ياكى پارول توغرا ئەمەس.
login-throttled = { $minutes ->
    [one] بۇ ھېساباتتىن ياكى بۇ ئادرېستىن مەغلۇپ بولغان كىرىش بەك كۆپ. { $minutes } مىنۇتتىن كېيىن قايتا سىناڭ.
   *[other] بۇ ھېساباتتىن ياكى بۇ ئادرېستىن مەغلۇپ بولغان كىرىش بەك كۆپ. { $minutes } مىنۇتتىن كېيىن قايتا سىناڭ.
}
login-busy = Izde باشقا كىرىشلەرنى تەكشۈرۈش بىلەن ئالدىراش. سەل ساقلاپ، قايتا كىرىڭ.
login-first = ئاۋۋال كىرىڭ.
login-cross-origin = بۇ ئىلتىماس Izde نىڭ ئۆز بەتلىرىدىن كەلمىگەچكە رەت قىلىندى. Izde نى ئېچىپ، شۇ يەردىن قايتا سىناڭ.
login-database-unavailable = Izde ھازىر ساندانىغا ئۇلىنالمايۋاتىدۇ. سەل تۇرۇپ قايتا سىناڭ.
login-enrol-first = ئاۋۋال ھېسابات بېتىڭىزدە ئىككى باسقۇچلۇق دەلىللەشنى ئېچىڭ: تەڭشەكلەر باشقۇرغۇچىلاردىن شۇنى تەلەپ قىلىدۇ.
login-session-needed = ئاۋۋال Izde گە كىرىڭ: ئەڭگىمىڭىز ئاخىرلاشتى ياكى سىز كىرمىگەن.

## ئاشكارىلاش ئىلتىماسلىرى
admin-reveals-title = ئاشكارىلاش ئىلتىماسلىرى
admin-reveals-hint = تەتقىقاتچى ھەر بىر دېلونى تەخەللۇسى بىلەن كۆرىدۇ. ئىجازەت بېرىلسە، ئۇ مۇشۇ بىر دېلونىڭ ئىسىملىرى، ئالاقە ئۇچۇرلىرى ۋە گۇۋاھلىقلىرىنى 7 كۈن ئوقۇيالايدۇ (ھەرگىز ئۆزگەرتەلمەيدۇ). ھەر بىر ئىلتىماس ۋە قارار تەكشۈرۈش خاتىرىسىدە ساقلىنىدۇ.
admin-reveals-empty = ساقلاۋاتقان ئىلتىماس يوق.
admin-reveals-asked = ئىلتىماس قىلغۇچى: { $username }، { $when } UTC
admin-reveals-grant = 7 كۈنگە ئىجازەت بېرىش
admin-reveals-decline = رەت قىلىش
admin-reveals-decided = باشقا بىر باشقۇرغۇچى بۇ ئىلتىماس ھەققىدە قارار چىقىرىپ بولدى.

## ھېساباتلار
admin-accounts-title = ھېساباتلار
admin-accounts-username = ئىشلەتكۈچى ئىسمى
admin-accounts-role = رولى
admin-accounts-status = ھالىتى
admin-accounts-sessions = ئەڭگىمىلەر
admin-accounts-since = قۇرۇلغان ۋاقتى
admin-accounts-change = ئۆزگەرتىش
admin-accounts-disabled = چەكلەنگەن
admin-accounts-active = ئاكتىپ
admin-accounts-role-of = { $username } نىڭ رولى
admin-accounts-disabled-check = چەكلەنگەن
admin-accounts-change-hint = رولنى ئۆزگەرتىش ياكى ھېساباتنى چەكلەش ئۇنىڭ ئەڭگىمىلىرىنى دەرھال ئاخىرلاشتۇرىدۇ.
admin-settings-title = تەڭشەكلەر
admin-settings-auto-grant = تەتقىقاتچىلارنىڭ ئاشكارىلاش ئىلتىماسلىرىغا باشقۇرغۇچىنى ساقلىماي ئىجازەت بېرىش (ھەر بىرى يەنىلا خاتىرىلىنىدۇ)
admin-settings-totp-required = باشقۇرغۇچىلار ئىككى باسقۇچلۇق دەلىللەشنى ئىشلىتىشى شەرت (ئۇنى ئاچمىغان باشقۇرغۇچى ئاچقۇچە پەقەت ئۇنى تەڭشىيەلەيدۇ)
admin-settings-save = تەڭشەكلەرنى ساقلاش
admin-new-account-title = يېڭى ھېسابات
admin-new-account-username-hint = 3 تىن 64 كىچە ھەرپ، رەقەم، چېكىت، ئاستى سىزىق ياكى سىزىقچە.
admin-new-account-password = تۇنجى پارول
admin-new-account-password-hint = كەم دېگەندە 12 ھەرپ-بەلگە. ئۇنى شۇ كىشىگە يۈزمۇيۈز بېرىڭ؛ ئۇ ئۇنى ھېسابات بېتىدە ئۆزگەرتىدۇ.
admin-new-account-submit = ھېسابات قۇرۇش
admin-role-invalid = باشقۇرغۇچى، پىدائىي ياكى تەتقىقاتچىنى تاللاڭ
admin-role-choose = بىر رولنى تاللاڭ
admin-password-short = { $count ->
    [one] پارولدا كەم دېگەندە { $count } ھەرپ-بەلگە بولۇشى كېرەك
   *[other] پارولدا كەم دېگەندە { $count } ھەرپ-بەلگە بولۇشى كېرەك
}
admin-username-taken = بۇ ئىشلەتكۈچى ئىسمى ئىگىلىنىپ بولغان
admin-self-lockout = ئۆزىڭىزنىڭ باشقۇرغۇچى رولىنى ئېلىۋېتەلمەيسىز ياكى ئۆز ھېساباتىڭىزنى چەكلىيەلمەيسىز: باشقا بىر باشقۇرغۇچىدىن سوراڭ.
admin-last-admin = بۇ ئەڭ ئاخىرقى ئاكتىپ باشقۇرغۇچى ھېساباتى: ئاۋۋال باشقا بىر باشقۇرغۇچى بەلگىلەڭ.
account-username-length = ئىشلەتكۈچى ئىسمى 3 تىن 64 كىچە ھەرپ-بەلگىدىن تەركىب تاپىدۇ
account-username-characters = ئىشلەتكۈچى ئىسمىدا پەقەت ھەرپ، رەقەم، چېكىت، ئاستى سىزىق ۋە سىزىقچە بولىدۇ

## چىقىرىشنىڭ ئەڭ تۆۋەن تەلەپلىرى
admin-minimums-title = چىقىرىشنىڭ ئەڭ تۆۋەن تەلەپلىرى
admin-minimums-now = بۇ تور بېكەتتە بولسۇن ياكى بۇيرۇق قۇرىدا بولسۇن، ھېچقانداق چىقىرىش بۇلاردىن تۆۋەن بولالمايدۇ. ھازىر: ئاممىۋى سانلىق مەلۇمات توپلىمى k ≥ { $public_k }، l ≥ { $public_l }، كۆپ بولغاندا { $public_percent } % چىقىرىۋېتىلىدۇ؛ تەتقىقاتچى سانلىق مەلۇمات توپلىمى k ≥ { $researcher_k }، l ≥ { $researcher_l }، كۆپ بولغاندا { $researcher_percent } % چىقىرىۋېتىلىدۇ؛ جەدۋەللەردە { $threshold } دىن كىچىك سانلار يوشۇرۇلىدۇ.
admin-minimums-public = ئاممىۋى سانلىق مەلۇمات توپلاملىرى (ئوچۇق ئېلان قىلىنىدۇ)
admin-minimums-least-k = ئەڭ كىچىك k
admin-minimums-least-l = ئەڭ كىچىك l
admin-minimums-suppressed = ئەڭ كۆپ چىقىرىۋېتىلىدىغان قۇر (%)
admin-minimums-public-k-hint = ئېلان قىلىنغان ھەر بىر قۇر جاي، تۇغۇلغان يىل، جىنس، مىللەت، كەسىپ، چېسلا، ئەيىبلەش ۋە جازا جەھەتتە كەم دېگەندە باشقا k − 1 قۇر بىلەن ئوخشاش بولىدۇ (كۆڭۈلدىكىسى 5).
admin-minimums-public-l-hint = ھەر بىر شۇنداق گۇرۇپپىدىكى ئوخشىمىغان ھالەتلەر سانى (كۆڭۈلدىكىسى 2).
admin-minimums-public-suppressed-hint = 0–50 (كۆڭۈلدىكىسى 5).
admin-minimums-researcher = تەتقىقاتچى سانلىق مەلۇمات توپلاملىرى (كېلىشىم بويىچە ھەمبەھىرلىنىدۇ)
admin-minimums-researcher-k-hint = كۆڭۈلدىكىسى 3.
admin-minimums-researcher-l-hint = كۆڭۈلدىكىسى 1.
admin-minimums-researcher-suppressed-hint = 0–50 (كۆڭۈلدىكىسى 10).
admin-minimums-threshold = جەدۋەللەردە كۆرسىتىلىدىغان ئەڭ كىچىك سان
admin-minimums-threshold-hint = بارلىق دوكلات جەدۋەللىرىدىكى ئۇنىڭدىن كىچىك سانلار «x» بولۇپ كۆرۈنىدۇ (كۆڭۈلدىكىسى 5).
admin-minimums-save = چىقىرىشنىڭ ئەڭ تۆۋەن تەلەپلىرىنى ساقلاش

## ئىسپات تەڭشەكلىرى
admin-evidence-title = ئىسپات ھۆججەتلىرى ۋە ئارخىپلانغان بەتلەر
admin-evidence-max-file = ئەڭ چوڭ ھۆججەت (MB)
admin-evidence-max-file-hint = ئۇنىڭدىن چوڭ يۈكلەش رەت قىلىنىدۇ، ئۇنىڭدىن ھېچنېمە ساقلانمايدۇ (كۆڭۈلدىكىسى 2148 MB: 2 GiB).
admin-evidence-hosts = ئارخىپلىغۇچ شەخسىي توردا يېتەلەيدىغان مۇلازىمېتىرلار
admin-evidence-hosts-hint = ئادەتتە قۇرۇق. Izde شەخسىي، ئۆزىگە قايتىدىغان ياكى پەقەت يەرلىك تورغا تەۋە ئادرېسقا، ئۇنىڭ مۇلازىمېتىرى بۇ يەردە (پەش بىلەن ئايرىلىپ) كۆرسىتىلمىگەن بولسا، ھەرگىز مۇراجىئەت قىلمايدۇ؛ مەسىلەن، ئىچكى ئارخىپ مۇلازىمېتىرى.

## ھېساباتىڭىز
account-title = ھېساباتىڭىز
account-logged-in-as = { $username } بولۇپ كىردىڭىز ({ $role }).
account-password-changed = پارولىڭىز ئۆزگەرتىلدى. ھېساباتىڭىزنىڭ باشقا بارلىق ئەڭگىمىلىرى ئاخىرلاشتى.
account-password-heading = پارولىڭىزنى ئۆزگەرتىش
account-password-current = نۆۋەتتىكى پارول
account-password-new = يېڭى پارول
account-password-new-hint = كەم دېگەندە 12 ھەرپ-بەلگە.
account-password-confirm = يېڭى پارول قايتا
account-password-submit = پارولنى ئۆزگەرتىش
account-password-throttled = { $minutes ->
    [one] نۆۋەتتىكى پارول بەك كۆپ سىنالدى: { $minutes } مىنۇتتىن كېيىن قايتا سىناڭ
   *[other] نۆۋەتتىكى پارول بەك كۆپ سىنالدى: { $minutes } مىنۇتتىن كېيىن قايتا سىناڭ
}
account-password-differ = ئىككى يېڭى پارول ئوخشاش ئەمەس
account-password-not-current = بۇ سىزنىڭ نۆۋەتتىكى پارولىڭىز ئەمەس

## ئىككى باسقۇچلۇق دەلىللەش
account-two-step-title = ئىككى باسقۇچلۇق دەلىللەش
account-two-step-demanded = تەڭشەكلەر باشقۇرغۇچىلاردىن ئىككى باسقۇچلۇق دەلىللەشنى تەلەپ قىلىدۇ: باشقا ئىشتىن بۇرۇن ئۇنى بۇ يەردە تەڭشەڭ.
account-two-step-code-hint = دەلىللىگۈچ ئەپىڭىز ھازىر Izde ئۈچۈن كۆرسىتىۋاتقان 6 رەقەم.
account-two-step-on = ئوچۇق: كىرگەندە دەلىللىگۈچ ئەپتىكى كود سورىلىدۇ.
account-two-step-code-off = تاقاش ئۈچۈن كود
account-two-step-turn-off = تاقاش
account-two-step-scan = بۇنى دەلىللىگۈچ ئەپ (Aegis، FreeOTP، Google Authenticator…) بىلەن سىكانىرلاڭ ياكى ئاچقۇچنى ئۇنىڭغا كىرگۈزۈڭ. ئاندىن ئۇ كۆرسەتكەن كودنى كىرگۈزۈڭ.
account-two-step-key = ئاچقۇچ:
account-two-step-code-app = ئەپتىكى كود
account-two-step-turn-on = ئېچىش
account-two-step-off = تاقاق. ئوچۇق بولسا، ئوغرىلانغان پارولنىڭ ئۆزىلا ھېساباتىڭىزنى ئاچالمايدۇ.
account-two-step-set-up = ئىككى باسقۇچلۇق دەلىللەشنى تەڭشەش
account-two-step-bad-code = بۇ كود توغرا ئەمەس: ئەپىڭىز ھازىر كۆرسىتىۋاتقان 6 رەقەمنى كىرگۈزۈڭ
account-two-step-already-on = ھېساباتىڭىزدا ئىككى باسقۇچلۇق دەلىللەش ئوچۇق.
account-two-step-admins-keep = باشقۇرغۇچىلار ئىككى باسقۇچلۇق دەلىللەشنى ئوچۇق تۇتۇشى كېرەك: سىستېما تەڭشەكلىرى شۇنى تەلەپ قىلىدۇ.

## تەكشۈرۈش خاتىرىسى
admin-audit-title = تەكشۈرۈش خاتىرىسى
admin-audit-hint = ھەر بىر ئۆزگەرتىش، ئىسىم ۋە باشقا سەزگۈر بۆلەكلەرنىڭ ھەر بىر ئوقۇلۇشى، ھەر بىر ئاشكارىلاش، كىرىش ۋە چىقىرىش — تەرتىپ بويىچە. خاتىرىلەردە پەقەت كىملىك نومۇرلىرى ۋە شىفىرلانغان قىممەتلەرنىڭ ھەش قىممىتى ساقلىنىدۇ، قىممەتلەرنىڭ ئۆزى ھەرگىز ساقلانمايدۇ. ھەر بىر خاتىرىدە ئالدىنقىسىنىڭ ھەشى بار، شۇڭا ساندىندا ئۆزگەرتىلگەن ياكى ئۆچۈرۈلگەن خاتىرە زەنجىرنى شۇ يەردىن باشلاپ ئۈزىدۇ.
admin-audit-chain-intact = { $count ->
    [one] زەنجىر پۈتۈن: ھازىرلا { $count } خاتىرە دەلىللەندى. بېشى
   *[other] زەنجىر پۈتۈن: ھازىرلا { $count } خاتىرە دەلىللەندى. بېشى
}
admin-audit-chain-broken = زەنجىر { $seq }-خاتىرىدە ئۈزۈلگەن:
admin-audit-chain-broken-advice = . شۇ يەردىن باشلاپ خاتىرىلەرگە ئىشەنگىلى بولمايدۇ: زاپاس نۇسخا بىلەن سېلىشتۇرۇپ، تەكشۈرۈڭ.
admin-audit-matches = { $count ->
    [one] { $count } خاتىرە ماس كېلىدۇ.
   *[other] { $count } خاتىرە ماس كېلىدۇ.
}
admin-audit-when = ۋاقتى (UTC)
admin-audit-who = كىم
admin-audit-action = ھەرىكەت
admin-audit-record = خاتىرە
admin-audit-change = ئىلگىرى → كېيىن
admin-audit-cases = { $count ->
    [one] { $count } دېلو
   *[other] { $count } دېلو
}
admin-audit-record-case = دېلو { $id }
admin-audit-record-testifier = گۇۋاھچى { $id }
admin-audit-record-event = ۋەقە { $id }
admin-audit-record-source = مەنبە { $id }
admin-audit-record-detention = تۇتۇپ تۇرۇش { $id }
admin-audit-record-testimony = گۇۋاھلىق { $id }
admin-audit-record-user = ئىشلەتكۈچى { $id }
admin-audit-record-reveal = ئاشكارىلاش { $id }
admin-audit-record-export = چىقىرىش { $id }
admin-audit-record-place = جاي { $id }
admin-audit-record-evidence = ئىسپات { $id }
admin-audit-deleted-account = ئۆچۈرۈلگەن ھېسابات
admin-audit-pages = بەتلەر
admin-audit-newer = ← يېڭىراق
admin-audit-older = كونىراق →
admin-audit-filter-label = تەكشۈرۈش خاتىرىسىنى سۈزۈش
admin-audit-filter-who = كىم (ئىشلەتكۈچى ئىسمى)
admin-audit-filter-any = ھەممىسى
admin-audit-filter-record = خاتىرە كىملىكى
admin-audit-filter-from = باشلىنىش (YYYY-MM-DD)
admin-audit-filter-to = ئاخىرلىشىش (YYYY-MM-DD)
admin-audit-filter = سۈزۈش
admin-audit-clear = تازىلاش

## جايلار
places-title = جايلار
places-hint = جاي ناملىرى تىزىملىكىدە شىنجاڭنىڭ ۋىلايەت ۋە ناھىيىلىرى (ۋە چەت ئەلدىكى جايلار) بار. گۇۋاھلىقتا تىلغا ئېلىنغان يېزا ياكى كەنتنى بۇ يەردە، ئۆز ناھىيىسى ئاستىغا، ھەر بىر يېزىقتىكى ناملىرى بىلەن قوشقىلى بولىدۇ. ئاندىن پىدائىيلار ئۇنى ھەر بىر جاي تاللىغۇچتىن تاپالايدۇ. جاي قوشۇش تەكشۈرۈش خاتىرىسىدە ساقلىنىدۇ؛ دېلولار ئۇنىڭغا قارىتىلىشى مۇمكىن بولغاندىن كېيىن جاينى ئۆچۈرگىلى بولمايدۇ.
places-village = كەنت
places-township = يېزا
places-add-title = يېزا ياكى كەنت قوشۇش
places-parent = قەيەردە
places-parent-hint = ئۇنىڭ ناھىيىسى (كەنتنى ئىلگىرى قوشۇلغان يېزا ئاستىغىمۇ قوشقىلى بولىدۇ).
places-level = جاي تۈرى
places-name-en = لاتىن ھەرپلىرىدىكى نامى
places-name-en-hint = ھوقۇق قوغدىغۇچىلار يازغاندەك، مەسىلەن Qaraqara.
places-name-kk = قازاقچە نامى (كىرىل)
places-name-ug = ئۇيغۇرچە نامى (ئەرەب يېزىقى)
places-name-zh = خەنزۇچە نامى
places-name-zh-hint = رەسمىي نامى، كىملىك ياكى ھۆكۈمدە يېزىلغاندەك، مەلۇم بولسا.
places-add = جاي قوشۇش
places-added-title = قوشۇلغان جايلار
places-empty = تېخى ھېچقانداق جاي قوشۇلمىدى.
places-place = جاي
places-kind = تۈرى
places-kazakh = قازاقچە
places-uyghur = ئۇيغۇرچە
places-chinese = خەنزۇچە
places-added = قوشۇلغان
places-kind-village = كەنت
places-kind-township = يېزا
places-added-by = { $when }، قوشقۇچى: { $username }

## تەكرارلانغانلار
dup-title = تەكرارلىنىشى مۇمكىن بولغانلار
dup-lede = بىرى ساقلانغاندا ئىسىم كۆرسەتكۈچى ئوخشاش دەپ تاپقان دېلولار — باشقىچە يېزىلغان ياكى باشقا يېزىقتىكى ئوخشاش ئىسىم، ياكى ئوخشاش كىملىك نومۇرى. قارار قىلىشتىن بۇرۇن ھەر ئىككىسىنى (ھەر بىرىنى يېڭى بەتكۈچتە) ئېچىپ سېلىشتۇرۇڭ. بۇ بەتنى ئېچىش ئۇنىڭدىكى ھەر بىر دېلونى ئوقۇش ھېسابلىنىدۇ ۋە تەكشۈرۈش خاتىرىسىگە يېزىلىدۇ.
dup-empty = قارار كۈتۈۋاتقان جۈپ يوق.
dup-found-intake = قوبۇل قىلىشتا تېپىلدى، { $when } UTC
dup-found-intake-by = قوبۇل قىلىشتا تېپىلدى، { $when } UTC، ساقلىغۇچى: { $username }
dup-found-edit = دېلو تەھرىرلەنگەندە تېپىلدى، { $when } UTC
dup-found-edit-by = دېلو تەھرىرلەنگەندە تېپىلدى، { $when } UTC، ساقلىغۇچى: { $username }
dup-saved = ساقلانغىنى
dup-looks-like = ئوخشايدۇ (ئىلگىرى خاتىرىلەنگەن)
dup-said-different = ساقلىغۇچى بۇ باشقا ئادەم دەپ بىلدۈرگەن.
dup-compare = سېلىشتۇرۇش ۋە بىرلەشتۈرۈش…
dup-different = ئوخشىمىغان كىشىلەر
dup-born = { $year } - يىلى تۇغۇلغان
dup-missing-since = { $year } - يىلدىن بېرى دېرەكسىز

## بىرلەشتۈرۈش
merge-title = بىر ئادەمنىڭ ئىككى خاتىرىسىنى بىرلەشتۈرۈش
merge-back = تەكرارلىنىشى مۇمكىن بولغانلارغا قايتىش
merge-testifiers = { $count ->
    [one] { $count } گۇۋاھچى
   *[other] { $count } گۇۋاھچى
}
merge-testimonies = { $count ->
    [one] { $count } گۇۋاھلىق
   *[other] { $count } گۇۋاھلىق
}
merge-detentions = { $count ->
    [one] { $count } قېتىم تۇتۇپ تۇرۇش
   *[other] { $count } قېتىم تۇتۇپ تۇرۇش
}
merge-events = { $count ->
    [one] { $count } ۋەقە
   *[other] { $count } ۋەقە
}
merge-sources = { $count ->
    [one] { $count } مەنبە
   *[other] { $count } مەنبە
}
merge-contents = { $list }.
merge-list-separator = ،{" "}
merge-nothing = ئۇنىڭ ئاستىدا تېخى ھېچنېمە خاتىرىلەنمىگەن.
merge-keep-address = بۇ دېلونىڭ ئادرېسىنى ساقلاش
merge-lede = ھەر ئىككى دېلودا خاتىرىلەنگەن ھەممە نەرسە — گۇۋاھچىلار، گۇۋاھلىقلار، تۇتۇپ تۇرۇشلار، ۋەقەلەر، مەنبەلەر، دەۋالار ۋە ئۇلارنىڭ تەكشۈرۈلۈشى — بىر دېلو ئاستىدا ساقلىنىدۇ. قايسى ئادرېسنىڭ ساقلىنىدىغانلىقىنى تاللاڭ (يەنە بىرى بۇنىڭدىن كېيىن ئۇنىڭغا باشلايدۇ)، ۋە پەرقلىق ھەر بىر ئارخىپ بۆلىكى ئۈچۈن قايسى قىممەتنىڭ توغرا ئىكەنلىكىنى تاللاڭ. ھەر ئىككىسىنىڭ باشقا يېزىلىشلىرى، لەقەملىرى ۋە كىملىك نومۇرلىرى تولۇق ساقلىنىدۇ؛ تاللانمىغان ئىسىم باشقا يېزىلىش بولۇپ قالىدۇ. ھەر ئىككى تارىخ ئوقۇشقا بولىدىغان پېتى قالىدۇ.
merge-which-keeps = قايسى دېلو ئۆز ئادرېسىنى ساقلايدۇ؟
merge-saved-later = كېيىن ساقلانغىنى
merge-recorded-before = ئىلگىرى خاتىرىلەنگىنى
merge-profile = دېرەكسىز كىشىنىڭ ئارخىپى
merge-field = بۆلەك
merge-notes = بۇلار نېمە ئۈچۈن بىر ئادەم؟
merge-notes-hint = مەسىلەن: «كىملىك نومۇرى ئوخشاش؛ ئاكىسى 12-ئاينىڭ 3-كۈنى تېلېفوندا جەزملەشتۈردى». دېلو بىلەن بىللە، شىفىرلىنىپ ساقلىنىدۇ.
merge-submit = بىر دېلوغا بىرلەشتۈرۈش
merge-cancel = بىكار قىلىش
merge-both-kept = ھەر ئىككىسى ساقلىنىدۇ.
merge-keep-both = ھەر ئىككىسىنى ساقلاش، ساقلىنىدىغان دېلونىڭكى ئالدىدا

# What a role is refused.
access-refused-enter-testimonies = ھېساباتىڭىز ({ $role }) يېڭى گۇۋاھلىقلارنى كىرگۈزەلمەيدۇ.
access-refused-find-testifiers = ھېساباتىڭىز ({ $role }) گۇۋاھچىلارنى ئىسمى بويىچە ئىزدىيەلمەيدۇ.
access-refused-add-places = ھېساباتىڭىز ({ $role }) جاي ناملىرى تىزىملىكىگە جاي قوشالمايدۇ.
access-refused-see-added-places = ھېساباتىڭىز ({ $role }) جاي ناملىرى تىزىملىكىگە قوشۇلغان جايلارنى كۆرەلمەيدۇ.
access-refused-review-claims = ھېساباتىڭىز ({ $role }) بايانلارنى تەكشۈرەلمەيدۇ (بۇنى باشقۇرغۇچىلار قىلىدۇ).
access-refused-merge-cases = ھېساباتىڭىز ({ $role }) دېلولارنى بىرلەشتۈرەلمەيدۇ.
access-refused-read-cases = ھېساباتىڭىز ({ $role }) دېلولارنى ئوقۇيالمايدۇ.
access-refused-search-by-name = ھېساباتىڭىز ({ $role }) دېلولارنى ئىسمى بويىچە ئىزدىيەلمەيدۇ.
access-refused-check-duplicates = ھېساباتىڭىز ({ $role }) يېڭى گۇۋاھلىقلارنىڭ تەكرارلانغان-تەكرارلانمىغانلىقىنى تەكشۈرەلمەيدۇ.
access-refused-review-duplicates = ھېساباتىڭىز ({ $role }) تەكرار بولۇشى مۇمكىن بولغان دېلولارنى كۆرۈپ چىقالمايدۇ.
access-refused-decide-duplicates = ھېساباتىڭىز ({ $role }) تەكرار بولۇشى مۇمكىن بولغان دېلولار توغرىسىدا قارار چىقىرالمايدۇ.
access-refused-erase-cases = ھېساباتىڭىز ({ $role }) دېلولارنى ئۆچۈرەلمەيدۇ.
access-refused-request-reveals = ھېساباتىڭىز ({ $role }) ئىسىملارنى ئېچىشنى تەلەپ قىلالمايدۇ (بۇنى تەتقىقاتچىلار قىلىدۇ).
access-refused-decide-reveals = ھېساباتىڭىز ({ $role }) ئىسىم ئېچىش تەلەپلىرى توغرىسىدا قارار چىقىرالمايدۇ.
access-refused-see-reveals = ھېساباتىڭىز ({ $role }) ئىسىم ئېچىش تەلەپلىرىنى كۆرەلمەيدۇ.
access-refused-manage-accounts = ھېساباتىڭىز ({ $role }) ھېساباتلارنى باشقۇرالمايدۇ.
access-refused-assign-cases = ھېساباتىڭىز ({ $role }) دېلولارنى تەقسىم قىلالمايدۇ.
access-refused-change-settings = ھېساباتىڭىز ({ $role }) تەڭشەكلەرنى ئۆزگەرتەلمەيدۇ.
access-refused-read-audit-log = ھېساباتىڭىز ({ $role }) تەكشۈرۈش خاتىرىسىنى ئوقۇيالمايدۇ.

## Personal API tokens (the account page; every account's tokens on the admins' accounts page)
api-tokens-title = API بەلگىلىرى
api-tokens-hint = شەخسىي بەلگە ئۆزىڭىزنىڭ پروگراممىلىرىغا Izde نىڭ ئوقۇش API ئارقىلىق بۇ بەتلەردە ئۆزىڭىز ئوقۇيالايدىغان نەرسىلەرنىلا ئۆز رولىڭىز بويىچە ئوقۇش ئىمكانىيىتى بېرىدۇ، ئۇنىڭدىن ئارتۇق ئەمەس. ئۇ پەقەت ئوقۇيدۇ. مۇددىتى توشقاندا، ئۇنى بىكار قىلغاندا ياكى ھېساباتىڭىز چەكلەنگەندە ئىشلىمەيدۇ. ئۇنى پارولدەك ساقلاڭ. API نىڭ چۈشەندۈرۈشى: /api/v1/openapi.json.
api-tokens-none = تېخى بەلگە يوق.
api-tokens-name = ئاتى
api-tokens-name-hint = بەلگىنىڭ نېمە ئۈچۈن ئىكەنلىكى، مەسىلەن «كومپيۇتېرىمدىكى تەھلىل خاتىرىسى». بۇ يەرگە ھېچكىمنىڭ ئىسمىنى يازماڭ.
api-tokens-lasts = ئىناۋەتلىك مۇددىتى
api-tokens-days = { $count } كۈن
api-tokens-make = بەلگە ياساش
api-tokens-new = يېڭى بەلگە
api-tokens-made = يېڭى «{ $name }» بەلگىڭىز، { $when } گىچە ئىناۋەتلىك:
api-tokens-copy-now = ئۇنى ھازىرلا كۆچۈرۈپ، بىخەتەر يەردە ساقلاڭ: ئۇ پەقەت مۇشۇ بىر قېتىملا كۆرسىتىلىدۇ. Izde ئۇنىڭ پەقەت بارماق ئىزىنىلا ساقلايدۇ، ئۇنى قايتا كۆرسىتەلمەيدۇ.
api-tokens-created = ياسالغان
api-tokens-expires = مۇددىتى توشىدۇ
api-tokens-last-used = ئاخىرقى ئىشلىتىلىشى
api-tokens-never-used = ھېچقاچان
api-tokens-active = ئاكتىپ
api-tokens-expired = مۇددىتى ئۆتكەن
api-tokens-revoked-on = { $when } بىكار قىلىنغان
api-tokens-revoke = بىكار قىلىش
api-tokens-revoke-named = { $name } بەلگىسىنى بىكار قىلىش
api-tokens-all-title = بارلىق ھېساباتلارنىڭ API بەلگىلىرى
api-tokens-all-hint = ھەر بىر بەلگە ئۆز ھېساباتىنىڭ ھازىرقى رولى بويىچە ئوقۇيدۇ. ئاشكارىلىنىپ كەتكەن بولۇشى مۇمكىن بولغان بەلگىنى بىكار قىلىڭ؛ ھېساباتنى چەكلەش ئۇنىڭ بارلىق بەلگىلىرىنى توختىتىدۇ.
api-token-name-required = بەلگىگە ئات قويۇڭ
api-token-no-account = API بەلگىسى پەقەت ھېساباتقىلا بېرىلىدۇ.
admin-audit-record-api-token = API بەلگىسى { $id }

## Read API errors (JSON answers of /api/v1)
api-error-missing-token = بۇ تەلەپتە API بەلگىسى يوق: «Authorization: Bearer» باش قۇرىنى، ئۇنىڭدىن كېيىن بەلگىڭىزنى ئەۋەتىڭ.
api-error-invalid-token = بۇ API بەلگىسى ئىناۋەتسىز: ئۇ بىكار قىلىنغان ياكى ھېساباتى چەكلەنگەن بولۇشى مۇمكىن. ھېسابات بېتىدە يېڭىسىنى ياساڭ.
api-error-token-expired = بۇ API بەلگىسىنىڭ مۇددىتى ئۆتتى. ھېسابات بېتىدە يېڭىسىنى ياساڭ.
api-error-rate-limited = بۇ بەلگە بىلەن تەلەپ بەك كۆپ: { $seconds } سېكۇنت ساقلاپ، قايتا سىناڭ.
api-error-unknown-parameter = بۇ ئېغىز «{ $name }» پارامېتىرىنى قوبۇل قىلمايدۇ.
api-error-invalid-filter = «{ $name }» نىڭ بۇ قىممىتى قوبۇل قىلىنمايدۇ (API چۈشەندۈرۈشىگە قاراڭ).
api-error-invalid-cursor = بۇ كۇرسورنى Izde بەرمىگەن: ئالدىنقى جاۋابنىڭ next_cursor قىممىتىنى ئۆزگەرتمەي ئەۋەتىڭ.
api-error-cursor-mismatch = بۇ كۇرسور باشقا سۈزگۈچلىرى بار تىزىملىككە تەۋە: ئوخشاش سۈزگۈچلەرنى تەكرارلاڭ ياكى كۇرسورسىز بېشىدىن باشلاڭ.
api-error-read-only = API پەقەت ئوقۇيدۇ: GET نى ئىشلىتىڭ.
