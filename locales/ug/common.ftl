skip-to-content = مەزمۇنغا ئۆتۈش
brand-tagline = يوقاپ كەتكەنلەر توغرىسىدىكى گۇۋاھلىقلار
dev-key-title = ئېچىش ئاچقۇچى — ھەقىقىي گۇۋاھلىقلار ئۈچۈن ئەمەس.
dev-key-body = بۇ مۇلازىمېتىر سانلىق مەلۇمات ئامبىرىنىڭ يېنىدا ھاسىل قىلىنغان ئاچقۇچ بىلەن شىفىرلايدۇ. Izde نى پەقەت ئويدۇرما سانلىق مەلۇماتلار بىلەن سىناپ بېقىش ئۈچۈن ئىشلىتىڭ.
sealed-title = پېچەتلەنگەن.
sealed-body = باشقۇرغۇچى بۇ مۇلازىمېتىرنى ئىم ئىبارىسى بىلەن ئاچمىغۇچە، خاتىرىلەر شىفىرلانغان ھالەتتە تۇرىدۇ.

nav-main = ئاساسىي تىزىملىك
nav-cases = دېلولار
nav-statistics = ستاتىستىكا
nav-timeline = ۋاقىت جەدۋىلى
nav-release-alerts = مۇددىتى ئۆتكەن
nav-export = چىقىرىش
nav-new-testimony = يېڭى گۇۋاھلىق
nav-reveals = ئاشكارىلاش ئىلتىماسلىرى
nav-duplicates = تەكرارلانغانلار
nav-places = جايلار
nav-accounts = ھېساباتلار
nav-audit = تەكشۈرۈش خاتىرىسى
log-out = چىقىش

role-admin = باشقۇرغۇچى
role-researcher = تەتقىقاتچى
role-volunteer = پىدائىي

language-label = تىل
language-apply = ئالماشتۇرۇش

not-found-title = تېپىلمىدى
not-found-body = بۇ ئادرېستا ھېچنەرسە يوق.
back-to-cases = دېلولارغا قايتىش
pager = بەتلەر
pager-previous = → ئالدىنقى
pager-next = كېيىنكى ←

encrypted-mark = شىفىرلانغان
encrypted-mark-spoken = (ساقلاشتىن بۇرۇن شىفىرلىنىدۇ)
form-cancel = بىكار قىلىش
form-nothing-saved = ھېچنەرسە ساقلانمىدى. ھەر بىر مەسىلە تۆۋەندىكى ئۆز بۆلىكىنىڭ يېنىدا بەلگىلەندى؛ سىز كىرگۈزگەنلەرنىڭ ھەممىسى جايىدا.
checkboxes-empty = ھازىرچە تاللايدىغان نەرسە يوق.
footer-note = Izde ئىسىملار، ئالاقە ئۇچۇرلىرى، بايانلار ۋە خاتىرىلەرنى شىفىرلانغان ھالدا ساقلايدۇ. بۇ بەت باشقا تور بېكەتلەردىن ھېچنەرسە يۈكلىمەيدۇ.
language-unknown = Izde دا بۇنداق تىل يوق. تىزىملىكتىن بىر تىل تاللاڭ.
database-unavailable = Izde ھازىر ساندانىغا ئۇلىنالمىدى. سەل تۇرۇپ قايتا سىناڭ.
