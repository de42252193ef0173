# Form errors (src/domain/forms.rs, partial dates) and the errors pages show (src/error.rs).

error-too-long = بەك ئۇزۇن: ئەڭ كۆپ بولغاندا { $max } ھەرپ
error-choose-listed = تىزىملىكتىكى تاللانمىلارنىڭ بىرىنى تاللاڭ
error-choose-place = تىزىملىكتىن بىر جاي تاللاڭ
error-place-note-county = ئالدى بىلەن تىزىملىكتىن شۇ جاي جايلاشقان ناھىيەنى تاللاڭ، ئاندىن جاينىڭ نامىنى بۇ يەرگە يېزىڭ
error-choose-listed-items = تىزىملىكتىكى تۈرلەردىن تاللاڭ
error-name-required = زۆرۈر: يوقاپ كەتكەن كىشىنىڭ ئىسمى
error-birth-date-full = تولۇق تۇغۇلغان ۋاقتىنى يېزىڭ (مەسىلەن 1978-03-14)، ياكى بوش قويۇپ تۇغۇلغان يىلىنى يېزىڭ
error-birth-year-range = تۇغۇلغان يىلى { $min } بىلەن { $max } ئارىلىقىدىكى پۈتۈن سان بولۇشى كېرەك
error-birth-year-mismatch = تۇغۇلغان يىلى تۇغۇلغان ۋاقتىغا ماس كەلمەيدۇ
error-status-required = كىشىنىڭ ھازىرقى ئەھۋالىنى تاللاڭ
error-relationship-required = گۇۋاھچىنىڭ يوقاپ كەتكەن كىشى بىلەن بولغان مۇناسىۋىتىنى تاللاڭ
error-consent-required = ئاشكارىلاشقا قوشۇلۇش-قوشۇلماسلىقنى تاللاڭ
error-testifier-name-required = زۆرۈر: گۇۋاھچىنىڭ ئىسمى
error-detention-empty = كەم دېگەندە بىر رامكىنى تولدۇرۇڭ: قەيەردە تۇتۇپ تۇرۇلۇۋاتىدۇ، ئەيىبلەش، جازا، سوت…
error-sentence-unreadable = جازا مۇددىتىنى يىل ۋە ئاي بىلەن يېزىڭ، مەسىلەن «10 يىل»، «7 يىل 6 ئاي»، «18 ئاي» ياكى «مۇددەتسىز»
error-sentence-too-long = 100 يىلدىن ئۇزۇن جازا مۇددىتى ئەقىلگە سىغمايدۇ؛ ساننى تەكشۈرۈڭ
error-testifier-choose = گۇۋاھلىقنى كىم بەرگەنلىكىنى بۇ دېلونىڭ گۇۋاھچىلىرى ئىچىدىن تاللاڭ.
error-medium-required = گۇۋاھلىقنىڭ قانداق بېرىلگەنلىكىنى تاللاڭ
error-duration-range = ۋاقىت ئۇزۇنلۇقى { $min } بىلەن { $max } ئارىلىقىدىكى پۈتۈن سان بولۇشى كېرەك
error-reason-required = سەۋەبىنى يېزىڭ (مەسىلەن «ئىككى قېتىم كىرگۈزۈلگەن»، «ئائىلىسى تەلەپ قىلدى»): سەۋەب شىفىرلىنىپ ساقلىنىدۇ.
error-reason-too-long = سەۋەب { $max } ھەرپتىن قىسقا بولسۇن.
error-erasure-confirm = جەزملەشتۈرۈش ئۈچۈن بەلگە قويۇڭ: ئۆچۈرۈلگەن دېلونى قايتۇرغىلى بولمايدۇ.
error-event-kind-required = نېمە ۋەقە يۈز بەرگەنلىكىنى تاللاڭ
error-sha256 = SHA-256 ھەش قىممىتى 64 ئون ئالتىلىك ھەرپتىن تەركىب تاپىدۇ
error-source-type-required = مەنبەنىڭ تۈرىنى تاللاڭ
error-source-title-required = زۆرۈر: ماۋزۇ ياكى قىسقىچە چۈشەندۈرۈش
error-reliability-required = مەنبەنىڭ ئىشەنچلىكلىكىنى تاللاڭ (A–F)
error-credibility-required = ئۇچۇرنىڭ ئىشەنچلىك دەرىجىسىنى تاللاڭ (1–6)
error-place-level = يېزا-بازار ياكى كەنتنى تاللاڭ
error-place-parent-required = شۇ جاي جايلاشقان ناھىيەنى تاللاڭ
error-village-parent = كەنت ئۆزى تەۋە ناھىيە ياكى يېزا-بازارنىڭ ئاستىغا قوشۇلىدۇ
error-township-parent = يېزا-بازار ئۆزى تەۋە ناھىيەنىڭ ئاستىغا قوشۇلىدۇ
error-place-name-too-long = نامى { $max } ھەرپتىن قىسقا بولسۇن
error-place-name-latin = نامىنى ھوقۇق قوغدىغۇچىلار يازغاندەك لاتىن ھەرپلىرى بىلەن يېزىڭ
error-place-taken = { $place } ئۇ يەردە جاي ناملىرى تىزىملىكىدە بار: ئۇنى تىزىملىكتىن تاللاڭ

# Partial dates as typed.
error-date-empty = چېسلانى كىرگۈزۈڭ، مەسىلەن 2017، 2017 ماي ياكى تەخمىنەن 2012
error-date-too-long = بۇ چېسلا ئۈچۈن بەك ئۇزۇن؛ 2017، 2017 ماي ياكى تەخمىنەن 2012 دېگەندەك چېسلا كىرگۈزۈڭ
error-date-unrecognized = بۇ چېسلانى ئوقۇيالمىدۇق؛ مۇنداق شەكىللەرنىڭ بىرىنى ئىشلىتىڭ: 2017، 2017 ماي، 2017 14-ماي، 14.05.2017، 2017-05-14، 2019 بېشى، تەخمىنەن 2012، 2018 دىن ئىلگىرى ياكى 2019 – 2020
error-date-unknown-word = چېسلادىكى بىر سۆز تونۇلمىدى؛ ئاي نامىنى ئۇيغۇرچە، قازاقچە، رۇسچە ياكى ئىنگلىزچە يېزىڭ، ياكى تەخمىنەن، ئىلگىرى، كېيىن، بېشى، ئوتتۇرىسى، ئاخىرى نى ئىشلىتىڭ
error-date-year-range = يىل { $min } بىلەن { $max } ئارىلىقىدا بولۇشى كېرەك
error-date-two-digit-year = يىلنى تۆت خانىلىق سان بىلەن يېزىڭ، مەسىلەن 2017
error-date-month-range = ئاي 1 بىلەن 12 ئارىلىقىدا بولۇشى كېرەك
error-date-day-range = كۈن 1 بىلەن 31 ئارىلىقىدا بولۇشى كېرەك
error-date-nonexistent-day = ئۇ ئايدا بۇنداق كۈن يوق
error-date-missing-year = يىلنى قوشۇڭ، مەسىلەن 2017-05
error-date-missing-month = كۈنگە ئاي كېرەك، مەسىلەن 2017-05-14
error-date-part-with-day = early، mid ۋە late پەقەت يىل ياكى ئاي بىلەن ئىشلىتىلىدۇ، تولۇق چېسلا بىلەن ئەمەس
error-date-ambiguous = قايسى سان كۈن، قايسىسى ئاي ئىكەنلىكى ئېنىق ئەمەس؛ چېسلانى 14.05.2017، 2017-05-14 ياكى 14 May 2017 شەكلىدە يېزىڭ
error-date-conflicting-qualifiers = c.، before ياكى after نىڭ پەقەت بىرىنىلا ئىشلىتىڭ
error-date-qualified-range = before ۋە after پەقەت بىرلا چېسلا بىلەن ئىشلىتىلىدۇ، ئارىلىق بىلەن ئەمەس
error-date-range-backwards = ئارىلىق باشلانغاندىن كېيىن ئاخىرلىشىشى كېرەك
error-date-range-same-ends = ئارىلىقنىڭ بېشى بىلەن ئاخىرى ئوخشاش؛ بىرلا چېسلا كىرگۈزۈڭ

# What a page may learn about a failure.
error-not-found = بۇنداق خاتىرە يوق.
error-fields-need-attention = { $count ->
    [one] { $count } رامكىنى تەكشۈرۈش كېرەك.
   *[other] { $count } رامكىنى تەكشۈرۈش كېرەك.
}
error-internal = مۇلازىمېتىردا خاتالىق كۆرۈلدى. ھېچنېمە ساقلانمىدى. (نومۇرى { $reference })
error-sealed = Izde پېچەتلەنگەن: باشقۇرغۇچى مۇلازىمېتىرنى مەخپىي ئىبارىسى بىلەن ئاچمىغۇچە، خاتىرىلەر شىفىرلانغان ھالەتتە تۇرىدۇ. ھېچنېمە ساقلانمىدى.
error-not-signed-in = سىز كىرمىدىڭىز ياكى سۆھبەت ۋاقتىڭىز توشتى. داۋاملاشتۇرۇش ئۈچۈن قايتا كىرىڭ.
error-transport = مۇلازىمېتىرغا ئۇلانغىلى بولمىدى. ئۇلىنىشنى تەكشۈرۈپ، قايتا سىناڭ.
