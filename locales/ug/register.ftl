## The public register (issue 22): the static website `izde publish` builds, and the admin pages
## that review it. The site's words are read by the public: journalists, diplomats, families.

nav-register = ئاممىۋى تىزىملىك
access-refused-publish-register = ھېساباتىڭىز ({ $role }) ئاممىۋى تىزىملىكنى تەكشۈرەلمەيدۇ ۋە ئېلان قىلالمايدۇ: بۇنى باشقۇرغۇچىلار قىلىدۇ.

register-site-name = Izde — شىنجاڭدا يوقاپ كەتكەن كىشىلەر تىزىملىكى
register-footer = Izde نى باشقۇرىدىغان تەشكىلات ئائىلىلىرى ئېلان قىلىشقا رازى بولغان گۇۋاھلىقلار ئاساسىدا ئېلان قىلدى. ھەر بىر خاتىرىدىكى بايانلارنىڭ مەنبەلىرى ۋە دەلىللىنىش دەرىجىسى كۆرسىتىلگەن.
register-nav-entries = بارلىق خاتىرىلەر
register-nav-browse = تۈرلەر بويىچە كۆرۈش
register-nav-stats = ستاتىستىكا
register-nav-about = بۇ تىزىملىك قانداق تۈزۈلىدۇ
register-intro = { $count ->
    [one] ئائىلىسى دېلوسىنى ئاشكارا قىلىشقا رازى بولغان { $count } كىشى.
   *[other] ئائىلىلىرى دېلولىرىنى ئاشكارا قىلىشقا رازى بولغان { $count } كىشى.
}
register-search-label = تىزىملىكتىن ئىزدەش
register-search-placeholder = خالىغان يېزىقتىكى ئىسىم، جاي، ئەيىب، يىل، خاتىرە نومۇرى
register-search-button = ئىزدەش
# %n is replaced by the number of entries found (not a Fluent variable: the page's script fills it in).
register-search-found = تېپىلغان خاتىرىلەر: %n
register-search-none = بارلىق سۆزلەرگە ماس كېلىدىغان خاتىرە يوق.
register-col-entry = خاتىرە
register-col-status = ھالىتى
register-col-prefecture = ۋىلايەت
register-col-detained = تۇتۇلغان يىلى
register-col-claim = خاتىرىدە نېمە دېيىلگەن
register-col-level = دەلىللىنىشى
register-col-supported = قوللايدىغان مەنبەلەر
register-col-disputed = قارشى مەنبەلەر
register-entry-anonymized-title = خاتىرە { $id }
register-entry-anonymized = ئائىلىسىنىڭ تەلىپى بىلەن ئىسمى يوشۇرۇلۇپ ئېلان قىلىندى
register-entry-named = ئائىلىسىنىڭ رازىلىقى بىلەن ئىسمى بىلەن ئېلان قىلىندى
register-names = ئىسمىنىڭ باشقا يېزىقلاردا يېزىلىشى
register-verification = دەلىللىنىشى: { $level }
register-clock = قويۇپ بېرىلىش ۋاقتى
register-clock-expected = كۈتۈلگەن قويۇپ بېرىلىش: { $when }
register-clock-passed = كۈتۈلگەن قويۇپ بېرىلىش: { $when } — ۋاقتى ئۆتتى
register-clock-alert = كۈتۈلگەن قويۇپ بېرىلىش: { $when } — ۋاقتى ئۆتتى، شۇنىڭدىن بۇيان بۇ كىشىدىن ھېچقانداق خەۋەر يوق
register-detentions = تۇتۇلۇش، ئەيىبلەر ۋە ھۆكۈم
register-timeline = ۋاقىت جەدۋىلى
register-claims = بايانلار ۋە ئۇلارنىڭ دەلىللىرى
register-sources = مەنبەلەر
register-no-sources = ھازىرچە ئاشكارا مەنبە خاتىرىلەنمىگەن.
register-claim-unpublished = { $count ->
    [one] ۋە مەخپىي ساقلانغان { $count } گۇۋاھلىق
   *[other] ۋە مەخپىي ساقلانغان { $count } گۇۋاھلىق
}
register-undated = ۋاقتى نامەلۇم
register-by-status = ھالىتى بويىچە
register-by-prefecture = ۋىلايەت بويىچە
register-by-charge = ئەيىب بويىچە
register-by-year = تۇتۇلغان يىلى بويىچە
register-group-count = { $count ->
    [one] { $count } خاتىرە.
   *[other] { $count } خاتىرە.
}
register-stats-lede = بۇ يەردە پەقەت مۇشۇ تىزىملىكتىكى خاتىرىلەرلا ساناقتا: بۇ خاتىرىلەنگەن بارلىق دېلولارنىڭ سانىمۇ ئەمەس، تۇتۇلغانلارنىڭ ھەممىسىنىڭ سانىمۇ ئەمەس.
register-chart-unit = خاتىرىلەر
register-about-consent = ھەر بىر خاتىرە گۇۋاھلىق بەرگەن تۇغقانلارنىڭ رازىلىقى بىلەن ئېلان قىلىنىدۇ. ئۇلار ئىسىمنى ئېلان قىلىشقا رازى بولغان بولسا، خاتىرىدە كىشىنىڭ ئىسمى ئۇ يېزىلىدىغان ھەر بىر يېزىقتا كۆرسىتىلىدۇ؛ پەقەت ئىسمىنى يوشۇرۇپ ئېلان قىلىشقىلا رازى بولغان بولسا، ئىسىمنىڭ ئورنىغا نومۇرلۇق خاتىرە كۆرسىتىلىدۇ. ئائىلە رازىلىقىنى قايتۇرۇۋالغان ھامان خاتىرە ئېلىۋېتىلىدۇ.
register-about-anonymized = ئىسمى يوشۇرۇلغان خاتىرىدە جايلار ۋىلايەتكىچە، ۋاقىتلار يىلغىچە، تۇغۇلغان يىلى بەش يىللىق ئارىلىققىچە ئومۇملاشتۇرۇلىدۇ؛ تۇتۇلغان ئورۇنلارنىڭ ناملىرى، سوتلار، كەسىپلەر ۋە مەنبەلەرنىڭ ماۋزۇلىرى كۆرسىتىلمەيدۇ، شۇنىڭ بىلەن خاتىرە ئارقىلىق بىرەر ئائىلىنى ئايرىپ تونۇۋالغىلى بولمايدۇ.
register-about-levels = ھەر بىر باياننىڭ دەلىللىنىش دەرىجىسى كۆرسىتىلىدۇ: خەۋەر قىلىنغان (بىر مەنبە)، ئىسپاتلانغان (مۇستەقىل مەنبەلەر بىر-بىرىگە ماس كېلىدۇ) ياكى جەزملەشتۈرۈلگەن (ھۆججەتلەر بىلەن سېلىشتۇرۇپ تەكشۈرۈلگەن). گۇۋاھلىقلار بايانلارنى قوللايدۇ، ئەمما ھەرگىز ئېلان قىلىنمايدۇ: ئاۋاز چىقارغان تۇغقانلار خەۋپ ئاستىدا.
register-about-manifest = تىزىملىك ئاددىي ھۆججەتلەر توپلىمىدىن ئىبارەت. ئۇنىڭ manifest.json ھۆججىتى ھەر بىر ھۆججەتنى SHA-256 بىلەن تىزىپ چىقىدۇ ۋە تەشكىلاتنىڭ ئېلان قىلىنغان Ed25519 ئاچقۇچى بىلەن ئىمزالانغان (manifest.sig)؛ شۇڭا ئۇنى تورغا قويغان ياكى كۆپەيتىپ تارقاتقان ھەر قانداق كىشى ھېچنېمىنىڭ ئۆزگەرتىلمىگەنلىكىنى تەكشۈرەلەيدۇ.
register-fact-sex = جىنسى
register-fact-born = تۇغۇلغان يىلى
register-fact-ethnicity = مىللىتى
register-fact-residency = پۇقرالىقى ۋە چەتئەلدىكى تۇرالغۇسى
register-fact-occupation = كەسپى
register-fact-last-contact = ئاخىرقى ئالاقە
register-fact-last-place = ئاخىرقى مەلۇم ئورنى
register-detention-facility = تۇتۇلغان ئورنىنىڭ تۈرى
register-detention-name = تۇتۇلغان ئورنى
register-detention-place = جاي
register-detention-forces = تۇتقانلار
register-detention-warrant = تۇتۇش بۇيرۇقى
register-detention-act = ئەيىبلەنگەن قىلمىشى
register-detention-charge = ئەيىب
register-detention-court = سوت
register-detention-convicted = ھۆكۈم قىلىنغان ۋاقتى
register-detention-sentence = جازا مۇددىتى
register-archive-kept = ئارخىپلانغان ۋاقتى: { $date }
register-archive-changed = ئارخىپلانغان ۋاقتى: { $date }؛ شۇنىڭدىن بۇيان بەت ئۆزگەردى
register-archive-gone = ئارخىپلانغان ۋاقتى: { $date }؛ شۇنىڭدىن بۇيان بەت ئېلىۋېتىلدى
register-no-consent = بۇ دېلونى ئېلان قىلغىلى بولمايدۇ: گۇۋاھچىلارنىڭ ھەممىسى ئېلان قىلىشقا رازى بولمىغان.

register-admin-title = ئاممىۋى تىزىملىك
register-admin-lede = تىزىملىك ئائىلىلىرى ئېلان قىلىشقا رازى بولغان دېلولاردىن تۈزۈلگەن تۇراقلىق تور بېكەت بولۇپ، باشقا يەردە تورغا قويۇلىدىغان ھۆججەتلەر شەكلىدە ياسىلىدۇ: جامائەت بۇ مۇلازىمېتىرغا ھەرگىز كىرمەيدۇ. ھەر بىر دېلو تۇنجى قېتىم ئېلان قىلىنىشتىن بۇرۇن باشقۇرغۇچى تەرىپىدىن تەكشۈرۈلىدۇ.
register-admin-publication = ئېلان قىلىش
register-admin-last = ئاخىرقى قېتىم ئېلان قىلىنغان ۋاقتى: { $when }، ئېلان قىلغۇچى: { $by }، خاتىرە سانى: { $count }.
register-admin-changes = ئالدىنقى قېتىملىق ئېلاندىن بۇيان: { $added } قوشۇلدى، { $changed } ئۆزگەردى، { $removed } چىقىرىۋېتىلدى، { $unchanged } ئۆزگەرمىدى.
register-admin-added = قوشۇلغانلار:
register-admin-changed = ئۆزگەرگەنلەر:
register-admin-removed = چىقىرىۋېتىلگەنلەر (رازىلىق قايتۇرۇۋېلىنغان ياكى دېلو ئۆچۈرۈلگەن):
register-admin-never = تىزىملىك تېخى ئېلان قىلىنمىدى.
register-admin-counts = تەستىقلانغىنى: { $approved }، تەكشۈرۈشنى كۈتۈۋاتقىنى: { $waiting }.
register-admin-command = مۇلازىمېتىردا { $command } بۇيرۇقى تىزىملىكنى بىر قىسقۇچقا يازىدۇ (ئالدىنقى قىسقۇچقا قايتا ئېلان قىلسا، ئۇ يېڭىلىنىدۇ)؛ بۇ يەردە ئۇ ZIP ئارخىپى سۈپىتىدە چۈشۈرۈلىدۇ. قايسى ئۇسۇلدا بولسۇن، ئېلان قىلىش ئىمزالىنىدۇ ۋە تەكشۈرۈش خاتىرىسىگە يېزىلىدۇ.
register-admin-download = تىزىملىكنى ئېلان قىلىپ چۈشۈرۈش (ZIP)
register-admin-candidates = ئائىلىلىرى رازى بولغان دېلولار
register-admin-case = دېلو
register-admin-consent = رازىلىق
register-admin-standing = تەكشۈرۈش
register-admin-named = ئىسمى بىلەن
register-admin-anonymized = ئىسمى يوشۇرۇلغان
register-admin-approved = تەستىقلاندى، خاتىرە { $id }
register-admin-awaiting = تەكشۈرۈشنى كۈتۈۋاتىدۇ
register-admin-review = تەكشۈرۈش
register-admin-preview = ئالدىن كۆرۈش

register-review-title = ئېلان قىلىشقا تەييارمۇ؟
register-review-lede = { $case }: ئائىلىلەر ئېلان قىلىشقا رازى بولغان ({ $consent }). Izde دا قالىدىغان مەزمۇننى تىزىملىك كۆرسىتىدىغان مەزمۇن بىلەن سېلىشتۇرۇڭ.
register-review-private = Izde دا قالىدۇ
register-review-private-hint = تىزىملىككە ھەرگىز كىرمەيدۇ: گۇۋاھچىلار، گۇۋاھلىقلار، ئىزاھلار، كىملىك نومۇرلىرى، ئادرېسلار ۋە ئېنىق ۋاقىتلار.
register-review-public = ئاشكارا بولىدۇ
register-review-public-hint = خاتىرە ئۆز بېتىدە قانداق كۆرۈنسە شۇنداق.
register-review-confirm = ئاشكارا خاتىرىدە ئائىلىنى خەۋپكە ئۇچرىتىدىغان ھېچنېمە يوقلۇقىنى تەكشۈردۈم.
register-review-approve = ئېلان قىلىشقا تەستىقلاش
register-review-approved = خاتىرە { $id } سۈپىتىدە تەستىقلاندى؛ تەستىقلىغۇچى: { $by }، { $when }.
register-review-command-line = بۇيرۇق قۇرى
register-review-no-id = (نومۇر تەستىقلانغاندا بېرىلىدۇ)
register-review-back = تىزىملىككە قايتىش

register-private-name = تولۇق ئىسمى
register-private-other-names = باشقا يېزىلىشلىرى
register-private-aliases = لەقەملىرى
register-private-id-numbers = كىملىك نومۇرلىرى
register-private-birth-date = تۇغۇلغان كۈنى
register-private-address = ئادرېسى
register-private-place-note = جاي ھەققىدە ئىزاھات
register-private-narrative = كەچمىشى
register-private-testifier = گۇۋاھچى
register-private-testimonies = گۇۋاھلىقلار
register-private-source = ئېلان قىلىنمىغان مەنبە
register-private-evidence = دەلىل ھۆججەتلىرى
