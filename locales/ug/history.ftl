# دېلونىڭ بىر نەشرى نېمىنى ئۆزگەرتكەنلىكى (دېلو تارىخى)، ھەر بىر باياننىڭ مەزمۇنى، بىرلەشتۈرۈش
# بېتىنىڭ ئورۇنلىرى ۋە بايان ۋە بىرلەشتۈرۈش جەدۋەللىرىنىڭ خاتالىقلىرى. مەخپىي ئورۇنلار نەقىل قىلىنمايدۇ.

## دېلو تارىخى: ھەر بىر ئۆزگىرىشكە بىر جۈملە.

change-name = ئىسمى ئۆزگەرتىلدى.
change-other-names = باشقا ئىسىملىرى ئۆزگەرتىلدى.
change-aliases = لەقەملىرى ئۆزگەرتىلدى.
change-id-numbers = كىملىك نومۇرلىرى ئۆزگەرتىلدى.
change-birth-date = تۇغۇلغان ۋاقتى ئۆزگەرتىلدى.
change-address = ئادرېسى ئۆزگەرتىلدى.
change-narrative = كەچمىشى ئۆزگەرتىلدى.
change-place-note = جاي ناملىرى تىزىملىكىدە يوق ئاخىرقى مەلۇم ئورنى ئۆزگەرتىلدى.
# ئوڭدىن سولغا: ئىلگىرىكى قىممەت ئوڭدا، يېڭىسى سولدا.
change-value = { $field }: { $from } ← { $to }.
change-field-status = ئەھۋالى
change-field-verification = دەلىللىنىشى
change-field-gender = جىنسى
change-field-ethnicity = مىللىتى
change-field-residency = چەتئەلدىكى تۇرالغۇسى
change-field-occupation = كەسپى
change-field-last-place = ئاخىرقى مەلۇم ئورنى
change-field-birth-year = تۇغۇلغان يىلى
change-field-last-contact = ئاخىرقى ئالاقە
change-unknown = نامەلۇم
change-undated = ۋاقتى نامەلۇم
change-event-label = { $kind } ({ $date })
change-source-label = «{ $title }»
change-event-added = ۋەقە قوشۇلدى: { $event }.
change-event-changed = ۋەقە ئۆزگەرتىلدى: { $event }.
change-event-removed = ۋەقە چىقىرىۋېتىلدى: { $event }.
change-source-added = مەنبە قوشۇلدى: { $source }.
change-source-changed = مەنبە ئۆزگەرتىلدى: { $source }.
change-source-removed = مەنبە چىقىرىۋېتىلدى: { $source }.
change-source-retracted = مەنبە قايتۇرۇۋېلىندى: { $source }، ئەمدى دەلىل سۈپىتىدە ھېسابلانمايدۇ (سەۋەبىنى ئىسىملارنى ئوقۇيالايدىغانلار كۆرىدۇ).
change-source-retracted-reason = مەنبە قايتۇرۇۋېلىندى: { $source }، ئەمدى دەلىل سۈپىتىدە ھېسابلانمايدۇ. سەۋەبى: «{ $reason }»
change-claim-sources = «{ $claim }» بايانىغا كۆرسىتىلگەن مەنبەلەر ئۆزگەرتىلدى.
change-claim-reviewed = تەكشۈرگۈچى «{ $claim }» بايانىنىڭ دەرىجىسىنى بېكىتتى: { $level }.
change-claim-review-withdrawn = «{ $claim }» بايانىنى تەكشۈرۈش بىكار قىلىندى: ھېسابلانغان دەرىجە ئىناۋەتلىك.
change-merged-in = { $case } خاتىرىسى بۇ دېلوغا بىرلەشتۈرۈلدى: ئۇنىڭ گۇۋاھلىقلىرى، تۇتۇلۇشلىرى، ۋەقەلىرى ۋە مەنبەلىرى ئەمدى مۇشۇ يەردە.
change-removal-reason-event = ۋەقە چىقىرىۋېتىلدى. سەۋەبى: «{ $reason }»
change-removal-reason-testimony = گۇۋاھلىق چىقىرىۋېتىلدى. سەۋەبى: «{ $reason }»
change-removal-reason-detention = تۇتۇلۇش خاتىرىسى چىقىرىۋېتىلدى. سەۋەبى: «{ $reason }»
change-removal-reason-citation = بايانغا كۆرسىتىلگەن مەنبە چىقىرىۋېتىلدى. سەۋەبى: «{ $reason }»
change-removal-reason-other = چىقىرىۋېتىلدى ({ $what }). سەۋەبى: «{ $reason }»
change-removed-event = ۋەقە سەۋەبى يېزىلىپ چىقىرىۋېتىلدى (سەۋەبىنى ئىسىملارنى ئوقۇيالايدىغانلار كۆرىدۇ).
change-removed-testimony = گۇۋاھلىق سەۋەبى يېزىلىپ چىقىرىۋېتىلدى (سەۋەبىنى ئىسىملارنى ئوقۇيالايدىغانلار كۆرىدۇ).
change-removed-detention = تۇتۇلۇش خاتىرىسى سەۋەبى يېزىلىپ چىقىرىۋېتىلدى (سەۋەبىنى ئىسىملارنى ئوقۇيالايدىغانلار كۆرىدۇ).
change-removed-citation = بايانغا كۆرسىتىلگەن مەنبە سەۋەبى يېزىلىپ چىقىرىۋېتىلدى (سەۋەبىنى ئىسىملارنى ئوقۇيالايدىغانلار كۆرىدۇ).
change-removed-other = سەۋەبى يېزىلىپ چىقىرىۋېتىلدى ({ $what }) (سەۋەبىنى ئىسىملارنى ئوقۇيالايدىغانلار كۆرىدۇ).
change-testifier-added = گۇۋاھچى قوشۇلدى: يوقاپ كەتكەن كىشىنىڭ { $relationship }.
change-consent = گۇۋاھچىنىڭ ({ $relationship }) رازىلىقى: { $from } ← { $to }.
change-testimony-added = گۇۋاھلىق قوشۇلدى.
change-testimony-changed = گۇۋاھلىق ئۆزگەرتىلدى.
change-testimony-removed = گۇۋاھلىق چىقىرىۋېتىلدى.
change-detention-added = تۇتۇلۇش خاتىرىسى قوشۇلدى.
change-detention-changed = تۇتۇلۇش خاتىرىسى ئۆزگەرتىلدى.
change-detention-removed = تۇتۇلۇش خاتىرىسى چىقىرىۋېتىلدى.

## ھەر بىر باياننىڭ مەزمۇنى (دېلو بېتىدە ۋە تارىختا).

statement-status = ئەھۋالى: { $status }
statement-last-location = ئاخىرقى مەلۇم ئورنى: { $place }
statement-born = تۇغۇلغان يىلى: { $year }
statement-ethnicity = مىللىتى: { $value }
statement-occupation = كەسپى: { $value }
statement-residency = چەتئەلدە تۇرۇش ھالىتى: { $value }
statement-names = ئىسمى ۋە ئۇنىڭ باشقا يېزىلىشلىرى
statement-id-numbers = كىملىك نومۇرلىرى
statement-facility = تۇتۇلغان ئورنى: { $facility }
statement-alleged-act = ئەيىبلەنگەن قىلمىش: { $act }
statement-charge = قانۇنىي ئەيىب: { $charge }
statement-sentence = جازا: { $sentence }
statement-court = سوت: { $court }
statement-responsible-forces = تۇتقانلار: { $forces }
statement-warrant = تۇتقاندا: { $warrant }

## بايان جەدۋەللىرىنىڭ خاتالىقلىرى (ئورۇننىڭ يېنىدا).

provenance-claim-gone = بۇ بايان ئەمدى دېلودا يوق (ئارىلىقتا ئۆزگەرتىلگەن): بەتنى قايتا يۈكلەڭ
provenance-choose-source = بۇ دېلونىڭ مەنبەلىرىدىن بىرىنى تاللاڭ
provenance-choose-stance = مەنبەنىڭ باياننى قوللايدىغان ياكى ئۇنىڭغا قارشى ئىكەنلىكىنى كۆرسىتىڭ
provenance-timecode-format = خاتىرىدىكى ۋاقىتنى مىنۇت:سېكۇنت ياكى سائەت:مىنۇت:سېكۇنت شەكلىدە يېزىڭ، مەسىلەن 12:05 ياكى 1:02:30
provenance-timecode-sixty = بىرىنچى قىسمىدىن كېيىنكى مىنۇت ۋە سېكۇنت 59 دىن ئاشمايدۇ
provenance-timecode-too-long = 100 سائەتتىن ئۇزۇن خاتىرىمۇ؟ ۋاقىت كودىنى تەكشۈرۈڭ
provenance-timecode-not-recorded = ۋاقىت كودى پەقەت سىن گۇۋاھلىق ياكى زىيارەتتىلا بولىدۇ؛ «{ $title }» بولسا { $kind }: بۇنى بوش قويۇڭ
provenance-uncite-reason = بۇ مەنبەنىڭ نېمە ئۈچۈن ئەمدى بۇ بايانغا ھېسابلانمايدىغانلىقىنى يېزىڭ (مەسىلەن، «سىندا 2017 ئەمەس، 2018 دېيىلگەن»)
provenance-not-cited = بۇ مەنبە بۇ بايانغا (ئەمدى) كۆرسىتىلمىگەن: بەتنى قايتا يۈكلەڭ
provenance-review-reason = بۇ دەرىجىنىڭ نېمە ئۈچۈن توغرا ئىكەنلىكىنى بىر جۈملە بىلەن يېزىڭ: ئۇنى دېلونىڭ ھەر بىر ئوقۇرمىنى كۆرىدۇ
provenance-choose-level = بىر دەرىجە ياكى مەنبەلەردىن ھېسابلانغان دەرىجىنى تاللاڭ
provenance-no-review = بۇ باياننىڭ بىكار قىلغىلى بولىدىغان تەكشۈرۈشى يوق: دەرىجە تاللاڭ
provenance-reason-names = بۇنىڭدا دېلودىكى بىرەر كىشىنىڭ ئىسمى بار (باشقىچە يېزىلغان بولۇشى مۇمكىن)، سەۋەبلەرنى تەتقىقاتچىلار ئوقۇيدۇ: سەۋەبنى ئىسىمسىز يېزىڭ

## بىرلەشتۈرۈش بېتىنىڭ ئورۇنلىرى ۋە جەدۋىلىنىڭ خاتالىقلىرى.

merge-row-name = ئىسمى
merge-row-birth = تۇغۇلغان ۋاقتى ۋە يىلى
merge-row-gender = جىنسى
merge-row-ethnicity = مىللىتى
merge-row-residency = تۇرۇش ھالىتى
merge-row-occupation = كەسپى
merge-row-status = ھازىرقى ئەھۋالى
merge-row-verification = دەلىللىنىشى
merge-row-last-contact = ئاخىرقى ئالاقە (ۋاقتى ۋە ئورنى)
merge-row-address = ئادرېسى
merge-row-narrative = كەچمىشى
merge-row-other-names = باشقا يېزىلىشلىرى
merge-row-aliases = لەقەملىرى
merge-row-id-numbers = كىملىك نومۇرلىرى
merge-row-born = { $year }-يىلى تۇغۇلغان
merge-error-keep = قايسى دېلونى ساقلاشنى تاللاڭ.
merge-error-notes = بۇلارنىڭ نېمە ئۈچۈن بىر كىشى ئىكەنلىكىنى يېزىڭ (مەسىلەن، «كىملىك نومۇرى ئوخشاش؛ ئاكىسى تېلېفوندا ئىسپاتلىدى»): ئىزاھات شىفىرلىنىپ ساقلىنىدۇ.
merge-error-notes-long = ئىزاھات { $max } ھەرپتىن ئاشمىسۇن.
merge-error-pick = ئىككى قىممەتنىڭ بىرىنى تاللاڭ.
