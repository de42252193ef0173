-- Seed: the gazetteer. China -> Xinjiang Uyghur Autonomous Region -> every prefecture-level division
-- (prefecture-level cities, autonomous prefectures, prefectures, and the XPCC sub-prefectural cities that
-- the XUAR administers directly) -> every county-level division (districts, county-level cities, counties,
-- autonomous counties), including the two counties created in Hotan Prefecture in December 2024.
-- Tacheng and Altay are administratively part of Ili Kazakh AP but are stored here as prefectures under
-- cn-xj, as researchers treat them. Abroad: Kazakhstan (regions after the 2022 reform and the three cities
-- of republican significance), Kyrgyzstan, Türkiye and Istanbul.
-- Names: official Chinese names (PRC administrative division list); English = common romanisation, with
-- the local (Uyghur / Kazakh) name first where advocates use it and the official pinyin name in brackets;
-- Uyghur (UEY) = the official Uyghur-language names (as given e.g. in the Wikipedia lists of Xinjiang
-- divisions); Kazakh (Cyrillic) = the names used by Kazakh speakers (Xinjiang Kazakh press, Kazakh
-- Wikipedia), transliterated from the Uyghur or Chinese name where no Kazakh name is established.
-- Abroad, name_zh is the Chinese exonym and name_ug the Uyghur name.
-- ids are stable ASCII slugs; prefecture_id is the prefecture-level ancestor (NULL above that level).
-- Parents are inserted before children. Plain INSERTs only (SQLite and PostgreSQL).

-- Countries and regions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn', NULL, 'country', NULL, 'China', '中国', 'Қытай', 'جۇڭگو'),
    ('cn-xj', 'cn', 'region', NULL, 'Xinjiang Uyghur Autonomous Region', '新疆维吾尔自治区', 'Шыңжаң Ұйғыр автономиялық ауданы', 'شىنجاڭ ئۇيغۇر ئاپتونوم رايونى'),
    ('kz', NULL, 'country', NULL, 'Kazakhstan', '哈萨克斯坦', 'Қазақстан', 'قازاقىستان'),
    ('kg', NULL, 'country', NULL, 'Kyrgyzstan', '吉尔吉斯斯坦', 'Қырғызстан', 'قىرغىزىستان'),
    ('tr', NULL, 'country', NULL, 'Türkiye', '土耳其', 'Түркия', 'تۈركىيە');

-- XUAR prefecture-level divisions (the last twelve: sub-prefectural cities administered directly by the XUAR)
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-urumqi', 'cn-xj', 'prefecture', 'cn-xj-urumqi', 'Ürümqi', '乌鲁木齐市', 'Үрімжі қаласы', 'ئۈرۈمچى شەھىرى'),
    ('cn-xj-karamay', 'cn-xj', 'prefecture', 'cn-xj-karamay', 'Karamay', '克拉玛依市', 'Қарамай қаласы', 'قاراماي شەھىرى'),
    ('cn-xj-turpan', 'cn-xj', 'prefecture', 'cn-xj-turpan', 'Turpan', '吐鲁番市', 'Тұрпан қаласы', 'تۇرپان شەھىرى'),
    ('cn-xj-hami', 'cn-xj', 'prefecture', 'cn-xj-hami', 'Kumul (Hami)', '哈密市', 'Құмыл қаласы', 'قۇمۇل شەھىرى'),
    ('cn-xj-changji', 'cn-xj', 'prefecture', 'cn-xj-changji', 'Changji Hui Autonomous Prefecture', '昌吉回族自治州', 'Сәнжі Хуэй автономиялық облысы', 'سانجى خۇيزۇ ئاپتونوم ئوبلاستى'),
    ('cn-xj-bortala', 'cn-xj', 'prefecture', 'cn-xj-bortala', 'Bortala Mongol Autonomous Prefecture', '博尔塔拉蒙古自治州', 'Бортала Моңғол автономиялық облысы', 'بۆرتالا موڭغۇل ئاپتونوم ئوبلاستى'),
    ('cn-xj-bayingolin', 'cn-xj', 'prefecture', 'cn-xj-bayingolin', 'Bayingolin Mongol Autonomous Prefecture', '巴音郭楞蒙古自治州', 'Баянғол Моңғол автономиялық облысы', 'بايىنغولىن موڭغۇل ئاپتونوم ئوبلاستى'),
    ('cn-xj-kizilsu', 'cn-xj', 'prefecture', 'cn-xj-kizilsu', 'Kizilsu Kyrgyz Autonomous Prefecture', '克孜勒苏柯尔克孜自治州', 'Қызылсу Қырғыз автономиялық облысы', 'قىزىلسۇ قىرغىز ئاپتونوم ئوبلاستى'),
    ('cn-xj-ili', 'cn-xj', 'prefecture', 'cn-xj-ili', 'Ili Kazakh Autonomous Prefecture', '伊犁哈萨克自治州', 'Іле Қазақ автономиялық облысы', 'ئىلى قازاق ئاپتونوم ئوبلاستى'),
    ('cn-xj-aksu', 'cn-xj', 'prefecture', 'cn-xj-aksu', 'Aksu Prefecture', '阿克苏地区', 'Ақсу аймағы', 'ئاقسۇ ۋىلايىتى'),
    ('cn-xj-kashgar', 'cn-xj', 'prefecture', 'cn-xj-kashgar', 'Kashgar Prefecture', '喀什地区', 'Қашқар аймағы', 'قەشقەر ۋىلايىتى'),
    ('cn-xj-hotan', 'cn-xj', 'prefecture', 'cn-xj-hotan', 'Hotan Prefecture', '和田地区', 'Хотан аймағы', 'خوتەن ۋىلايىتى'),
    ('cn-xj-tacheng', 'cn-xj', 'prefecture', 'cn-xj-tacheng', 'Tacheng (Chöchek) Prefecture', '塔城地区', 'Тарбағатай аймағы', 'تارباغاتاي ۋىلايىتى'),
    ('cn-xj-altay', 'cn-xj', 'prefecture', 'cn-xj-altay', 'Altay Prefecture', '阿勒泰地区', 'Алтай аймағы', 'ئالتاي ۋىلايىتى'),
    ('cn-xj-shihezi', 'cn-xj', 'prefecture', 'cn-xj-shihezi', 'Shihezi', '石河子市', 'Шихәнзы қаласы', 'شىخەنزە شەھىرى'),
    ('cn-xj-aral', 'cn-xj', 'prefecture', 'cn-xj-aral', 'Aral', '阿拉尔市', 'Арал қаласы', 'ئارال شەھىرى'),
    ('cn-xj-tumxuk', 'cn-xj', 'prefecture', 'cn-xj-tumxuk', 'Tumxuk', '图木舒克市', 'Тұмшұқ қаласы', 'تۇمشۇق شەھىرى'),
    ('cn-xj-wujiaqu', 'cn-xj', 'prefecture', 'cn-xj-wujiaqu', 'Wujiaqu', '五家渠市', 'Ужяцүй қаласы', 'ۋۇجياچۈ شەھىرى'),
    ('cn-xj-beitun', 'cn-xj', 'prefecture', 'cn-xj-beitun', 'Beitun', '北屯市', 'Бейтұн қаласы', 'بېيتۈن شەھىرى'),
    ('cn-xj-tiemenguan', 'cn-xj', 'prefecture', 'cn-xj-tiemenguan', 'Tiemenguan (Bash''egim)', '铁门关市', 'Темэньгуань қаласы', 'باشئەگىم شەھىرى'),
    ('cn-xj-shuanghe', 'cn-xj', 'prefecture', 'cn-xj-shuanghe', 'Shuanghe (Qoshögüz)', '双河市', 'Қошөгүз қаласы', 'قوشئۆگۈز شەھىرى'),
    ('cn-xj-kokdala', 'cn-xj', 'prefecture', 'cn-xj-kokdala', 'Kokdala', '可克达拉市', 'Көкдала қаласы', 'كۆكدالا شەھىرى'),
    ('cn-xj-kunyu', 'cn-xj', 'prefecture', 'cn-xj-kunyu', 'Kunyu (Qurumqash)', '昆玉市', 'Құрымқаш қаласы', 'قۇرۇمقاش شەھىرى'),
    ('cn-xj-huyanghe', 'cn-xj', 'prefecture', 'cn-xj-huyanghe', 'Huyanghe', '胡杨河市', 'Хуяңхы қаласы', 'خۇياڭخې شەھىرى'),
    ('cn-xj-xinxing', 'cn-xj', 'prefecture', 'cn-xj-xinxing', 'Xinxing (Yengi Yultuz)', '新星市', 'Жаңа Жұлдыз қаласы', 'يېڭى يۇلتۇز شەھىرى'),
    ('cn-xj-baiyang', 'cn-xj', 'prefecture', 'cn-xj-baiyang', 'Baiyang', '白杨市', 'Байяң қаласы', 'بەيياڭ شەھىرى');

-- Ürümqi: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-urumqi-tianshan', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Tianshan District', '天山区', 'Тяньшань ауданы', 'تىيانشان رايونى'),
    ('cn-xj-urumqi-saybagh', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Saybagh District', '沙依巴克区', 'Сайбақ ауданы', 'سايباغ رايونى'),
    ('cn-xj-urumqi-xinshi', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Xinshi District (Yengisheher)', '新市区', 'Жаңақала ауданы', 'يېڭىشەھەر رايونى'),
    ('cn-xj-urumqi-shuimogou', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Shuimogou District (Bulaqtagh)', '水磨沟区', 'Шуймогу ауданы', 'بۇلاقتاغ رايونى'),
    ('cn-xj-urumqi-toutunhe', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Toutunhe District (Tudungxaba)', '头屯河区', 'Тоутұнхы ауданы', 'تۇدۇڭخابا رايونى'),
    ('cn-xj-urumqi-dabancheng', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Dabancheng District (Dawanching)', '达坂城区', 'Дабаншың ауданы', 'داۋانچىڭ رايونى'),
    ('cn-xj-urumqi-midong', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Midong District', '米东区', 'Мидұң ауданы', 'مىدوڭ رايونى'),
    ('cn-xj-urumqi-urumqi-county', 'cn-xj-urumqi', 'county', 'cn-xj-urumqi', 'Ürümqi County', '乌鲁木齐县', 'Үрімжі ауданы', 'ئۈرۈمچى ناھىيىسى');

-- Karamay: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-karamay-karamay-district', 'cn-xj-karamay', 'county', 'cn-xj-karamay', 'Karamay District', '克拉玛依区', 'Қарамай ауданы', 'قاراماي رايونى'),
    ('cn-xj-karamay-dushanzi', 'cn-xj-karamay', 'county', 'cn-xj-karamay', 'Dushanzi District (Maytagh)', '独山子区', 'Майтау ауданы', 'مايتاغ رايونى'),
    ('cn-xj-karamay-baijiantan', 'cn-xj-karamay', 'county', 'cn-xj-karamay', 'Baijiantan District (Jerenbulaq)', '白碱滩区', 'Жеренбұлақ ауданы', 'جەرەنبۇلاق رايونى'),
    ('cn-xj-karamay-urho', 'cn-xj-karamay', 'county', 'cn-xj-karamay', 'Urho District (Orqu)', '乌尔禾区', 'Орқу ауданы', 'ئورقۇ رايونى');

-- Turpan: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-turpan-gaochang', 'cn-xj-turpan', 'county', 'cn-xj-turpan', 'Gaochang District (Qarahoja)', '高昌区', 'Қарақожа ауданы', 'قاراھوجا رايونى'),
    ('cn-xj-turpan-pichan', 'cn-xj-turpan', 'county', 'cn-xj-turpan', 'Pichan (Shanshan County)', '鄯善县', 'Пішан ауданы', 'پىچان ناھىيىسى'),
    ('cn-xj-turpan-toksun', 'cn-xj-turpan', 'county', 'cn-xj-turpan', 'Toksun County', '托克逊县', 'Тоқсұн ауданы', 'توقسۇن ناھىيىسى');

-- Kumul (Hami): county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-hami-yizhou', 'cn-xj-hami', 'county', 'cn-xj-hami', 'Yizhou District (Iwirghol)', '伊州区', 'Ивирғол ауданы', 'ئىۋىرغول رايونى'),
    ('cn-xj-hami-barkol', 'cn-xj-hami', 'county', 'cn-xj-hami', 'Barkol Kazakh Autonomous County', '巴里坤哈萨克自治县', 'Баркөл Қазақ автономиялық ауданы', 'باركۆل قازاق ئاپتونوم ناھىيىسى'),
    ('cn-xj-hami-aratyrik', 'cn-xj-hami', 'county', 'cn-xj-hami', 'Aratürük (Yiwu County)', '伊吾县', 'Аратүрік ауданы', 'ئارا تۈرۈك ناھىيىسى');

-- Changji Hui Autonomous Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-changji-changji-city', 'cn-xj-changji', 'county', 'cn-xj-changji', 'Changji City (Sanji)', '昌吉市', 'Сәнжі қаласы', 'سانجى شەھىرى'),
    ('cn-xj-changji-fukang', 'cn-xj-changji', 'county', 'cn-xj-changji', 'Fukang City', '阜康市', 'Фукаң қаласы', 'فۇكاڭ شەھىرى'),
    ('cn-xj-changji-hutubi', 'cn-xj-changji', 'county', 'cn-xj-changji', 'Hutubi County', '呼图壁县', 'Құтыби ауданы', 'قۇتۇبى ناھىيىسى'),
    ('cn-xj-changji-manas', 'cn-xj-changji', 'county', 'cn-xj-changji', 'Manas County', '玛纳斯县', 'Манас ауданы', 'ماناس ناھىيىسى'),
    ('cn-xj-changji-qitai', 'cn-xj-changji', 'county', 'cn-xj-changji', 'Qitai County (Guchung)', '奇台县', 'Гучың ауданы', 'گۇچۇڭ ناھىيىسى'),
    ('cn-xj-changji-jimsar', 'cn-xj-changji', 'county', 'cn-xj-changji', 'Jimsar County', '吉木萨尔县', 'Жымсар ауданы', 'جىمىسار ناھىيىسى'),
    ('cn-xj-changji-mori', 'cn-xj-changji', 'county', 'cn-xj-changji', 'Mori Kazakh Autonomous County', '木垒哈萨克自治县', 'Мори Қазақ автономиялық ауданы', 'مورى قازاق ئاپتونوم ناھىيىسى');

-- Bortala Mongol Autonomous Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-bortala-bole', 'cn-xj-bortala', 'county', 'cn-xj-bortala', 'Bortala City (Bole)', '博乐市', 'Бортала қаласы', 'بۆرتالا شەھىرى'),
    ('cn-xj-bortala-alashankou', 'cn-xj-bortala', 'county', 'cn-xj-bortala', 'Alashankou City (Alatau Pass)', '阿拉山口市', 'Алатау сағасы қаласы', 'ئالاتاۋ ئېغىزى شەھىرى'),
    ('cn-xj-bortala-jinghe', 'cn-xj-bortala', 'county', 'cn-xj-bortala', 'Jinghe County (Jing)', '精河县', 'Жиң ауданы', 'جىڭ ناھىيىسى'),
    ('cn-xj-bortala-arasan', 'cn-xj-bortala', 'county', 'cn-xj-bortala', 'Arasan (Wenquan County)', '温泉县', 'Арасан ауданы', 'ئارىشاڭ ناھىيىسى');

-- Bayingolin Mongol Autonomous Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-bayingolin-korla', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Korla City', '库尔勒市', 'Корла қаласы', 'كورلا شەھىرى'),
    ('cn-xj-bayingolin-bugur', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Bügür (Luntai County)', '轮台县', 'Бүгір ауданы', 'بۈگۈر ناھىيىسى'),
    ('cn-xj-bayingolin-lopnur', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Lopnur (Yuli County)', '尉犁县', 'Лобнор ауданы', 'لوپنۇر ناھىيىسى'),
    ('cn-xj-bayingolin-charkhlik', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Charkhlik (Ruoqiang County)', '若羌县', 'Шақылық ауданы', 'چاقىلىق ناھىيىسى'),
    ('cn-xj-bayingolin-cherchen', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Cherchen (Qiemo County)', '且末县', 'Черчен ауданы', 'چەرچەن ناھىيىسى'),
    ('cn-xj-bayingolin-qarasheher', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Qarasheher (Yanqi Hui Autonomous County)', '焉耆回族自治县', 'Қарашәр Хуэй автономиялық ауданы', 'قاراشەھەر خۇيزۇ ئاپتونوم ناھىيىسى'),
    ('cn-xj-bayingolin-hejing', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Hejing County', '和静县', 'Хэжиң ауданы', 'خېجىڭ ناھىيىسى'),
    ('cn-xj-bayingolin-hoshut', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Hoshut (Heshuo County)', '和硕县', 'Хошут ауданы', 'خوشۇت ناھىيىسى'),
    ('cn-xj-bayingolin-baghrash', 'cn-xj-bayingolin', 'county', 'cn-xj-bayingolin', 'Baghrash (Bohu County)', '博湖县', 'Бағраш ауданы', 'باغراش ناھىيىسى');

-- Kizilsu Kyrgyz Autonomous Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-kizilsu-artux', 'cn-xj-kizilsu', 'county', 'cn-xj-kizilsu', 'Artux City (Atush)', '阿图什市', 'Атұш қаласы', 'ئاتۇش شەھىرى'),
    ('cn-xj-kizilsu-akto', 'cn-xj-kizilsu', 'county', 'cn-xj-kizilsu', 'Akto County', '阿克陶县', 'Ақто ауданы', 'ئاقتو ناھىيىسى'),
    ('cn-xj-kizilsu-akqi', 'cn-xj-kizilsu', 'county', 'cn-xj-kizilsu', 'Akqi County', '阿合奇县', 'Ақшы ауданы', 'ئاقچى ناھىيىسى'),
    ('cn-xj-kizilsu-ulugqat', 'cn-xj-kizilsu', 'county', 'cn-xj-kizilsu', 'Ulugqat (Wuqia County)', '乌恰县', 'Ұлықшат ауданы', 'ئۇلۇغچات ناھىيىسى');

-- Ili Kazakh Autonomous Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-ili-ghulja-city', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Ghulja (Yining City)', '伊宁市', 'Құлжа қаласы', 'غۇلجا شەھىرى'),
    ('cn-xj-ili-ghulja-county', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Ghulja County (Yining County)', '伊宁县', 'Құлжа ауданы', 'غۇلجا ناھىيىسى'),
    ('cn-xj-ili-kuytun', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Kuytun City', '奎屯市', 'Күйтің қаласы', 'كۈيتۇن شەھىرى'),
    ('cn-xj-ili-khorgas-city', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Khorgas City', '霍尔果斯市', 'Қорғас қаласы', 'قورغاس شەھىرى'),
    ('cn-xj-ili-chapchal', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Chapchal Xibe Autonomous County (Qapqal)', '察布查尔锡伯自治县', 'Шапшал Сібе автономиялық ауданы', 'چاپچال شىبە ئاپتونوم ناھىيىسى'),
    ('cn-xj-ili-huocheng', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Huocheng County (Qorghas County)', '霍城县', 'Қорғас ауданы', 'قورغاس ناھىيىسى'),
    ('cn-xj-ili-toqquztara', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Toqquztara (Gongliu County)', '巩留县', 'Тоғызтарау ауданы', 'توققۇزتارا ناھىيىسى'),
    ('cn-xj-ili-kunes', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Künes (Xinyuan County)', '新源县', 'Күнес ауданы', 'كۈنەس ناھىيىسى'),
    ('cn-xj-ili-mongolkure', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Mongolküre (Zhaosu County)', '昭苏县', 'Моңғолкүре ауданы', 'موڭغۇلكۈرە ناھىيىسى'),
    ('cn-xj-ili-tekes', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Tekes County', '特克斯县', 'Текес ауданы', 'تېكەس ناھىيىسى'),
    ('cn-xj-ili-nilka', 'cn-xj-ili', 'county', 'cn-xj-ili', 'Nilka County', '尼勒克县', 'Нылқы ауданы', 'نىلقا ناھىيىسى');

-- Aksu Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-aksu-aksu-city', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Aksu City', '阿克苏市', 'Ақсу қаласы', 'ئاقسۇ شەھىرى'),
    ('cn-xj-aksu-kuqa', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Kuqa City (Kuchar)', '库车市', 'Күшар қаласы', 'كۇچار شەھىرى'),
    ('cn-xj-aksu-onsu', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Onsu (Wensu County)', '温宿县', 'Онсу ауданы', 'ئونسۇ ناھىيىسى'),
    ('cn-xj-aksu-toksu', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Toksu (Xinhe County)', '新和县', 'Тоқсу ауданы', 'توقسۇ ناھىيىسى'),
    ('cn-xj-aksu-shayar', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Shayar (Shaya County)', '沙雅县', 'Шаяр ауданы', 'شايار ناھىيىسى'),
    ('cn-xj-aksu-bay', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Bay (Baicheng County)', '拜城县', 'Бай ауданы', 'باي ناھىيىسى'),
    ('cn-xj-aksu-uchturpan', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Uchturpan (Wushi County)', '乌什县', 'Ұштұрпан ауданы', 'ئۇچتۇرپان ناھىيىسى'),
    ('cn-xj-aksu-awat', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Awat County', '阿瓦提县', 'Ауат ауданы', 'ئاۋات ناھىيىسى'),
    ('cn-xj-aksu-kelpin', 'cn-xj-aksu', 'county', 'cn-xj-aksu', 'Kelpin (Keping County)', '柯坪县', 'Келпін ауданы', 'كەلپىن ناھىيىسى');

-- Kashgar Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-kashgar-kashgar-city', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Kashgar City', '喀什市', 'Қашқар қаласы', 'قەشقەر شەھىرى'),
    ('cn-xj-kashgar-kona-sheher', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Kona Sheher (Shufu County)', '疏附县', 'Конашәр ауданы', 'كونىشەھەر ناھىيىسى'),
    ('cn-xj-kashgar-yengisheher', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Yengisheher (Shule County)', '疏勒县', 'Жаңашәр ауданы', 'يېڭىشەھەر ناھىيىسى'),
    ('cn-xj-kashgar-yengisar', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Yengisar County', '英吉沙县', 'Жаңисар ауданы', 'يېڭىسار ناھىيىسى'),
    ('cn-xj-kashgar-poskam', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Poskam (Zepu County)', '泽普县', 'Поскам ауданы', 'پوسكام ناھىيىسى'),
    ('cn-xj-kashgar-yarkand', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Yarkand (Shache County)', '莎车县', 'Жаркент ауданы', 'يەكەن ناھىيىسى'),
    ('cn-xj-kashgar-kargilik', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Kargilik (Yecheng County)', '叶城县', 'Қарғалық ауданы', 'قاغىلىق ناھىيىسى'),
    ('cn-xj-kashgar-makit', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Makit County', '麦盖提县', 'Мекіт ауданы', 'مەكىت ناھىيىسى'),
    ('cn-xj-kashgar-yopurga', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Yopurga County', '岳普湖县', 'Йопурға ауданы', 'يوپۇرغا ناھىيىسى'),
    ('cn-xj-kashgar-peyziwat', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Peyziwat (Jiashi County)', '伽师县', 'Пейзиуат ауданы', 'پەيزىۋات ناھىيىسى'),
    ('cn-xj-kashgar-maralbeshi', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Maralbeshi (Bachu County)', '巴楚县', 'Маралбасы ауданы', 'مارالبېشى ناھىيىسى'),
    ('cn-xj-kashgar-tashkurgan', 'cn-xj-kashgar', 'county', 'cn-xj-kashgar', 'Tashkurgan Tajik Autonomous County', '塔什库尔干塔吉克自治县', 'Тасқорған Тәжік автономиялық ауданы', 'تاشقورغان تاجىك ئاپتونوم ناھىيىسى');

-- Hotan Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-hotan-hotan-city', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Hotan City', '和田市', 'Хотан қаласы', 'خوتەن شەھىرى'),
    ('cn-xj-hotan-hotan-county', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Hotan County', '和田县', 'Хотан ауданы', 'خوتەن ناھىيىسى'),
    ('cn-xj-hotan-karakash', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Karakash (Moyu County)', '墨玉县', 'Қарақаш ауданы', 'قاراقاش ناھىيىسى'),
    ('cn-xj-hotan-guma', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Guma (Pishan County)', '皮山县', 'Гума ауданы', 'گۇما ناھىيىسى'),
    ('cn-xj-hotan-lop', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Lop County (Luopu)', '洛浦县', 'Лоп ауданы', 'لوپ ناھىيىسى'),
    ('cn-xj-hotan-chira', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Chira (Qira / Cele County)', '策勒县', 'Шира ауданы', 'چىرا ناھىيىسى'),
    ('cn-xj-hotan-keriya', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Keriya (Yutian County)', '于田县', 'Керия ауданы', 'كېرىيە ناھىيىسى'),
    ('cn-xj-hotan-niya', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Niya (Minfeng County)', '民丰县', 'Ния ауданы', 'نىيە ناھىيىسى'),
    ('cn-xj-hotan-hean', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'He''an County', '和安县', 'Хэан ауданы', 'خې ئەن ناھىيىسى'),
    ('cn-xj-hotan-hekang', 'cn-xj-hotan', 'county', 'cn-xj-hotan', 'Hekang County', '和康县', 'Хэкаң ауданы', 'خېكاڭ ناھىيىسى');

-- Tacheng (Chöchek) Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-tacheng-chochek', 'cn-xj-tacheng', 'county', 'cn-xj-tacheng', 'Chöchek (Tacheng City)', '塔城市', 'Шәуешек қаласы', 'چۆچەك شەھىرى'),
    ('cn-xj-tacheng-wusu', 'cn-xj-tacheng', 'county', 'cn-xj-tacheng', 'Wusu City (Usu, Shikho)', '乌苏市', 'Шиху қаласы', 'ۋۇسۇ شەھىرى'),
    ('cn-xj-tacheng-shawan', 'cn-xj-tacheng', 'county', 'cn-xj-tacheng', 'Shawan City (Sawan)', '沙湾市', 'Сауан қаласы', 'ساۋەن شەھىرى'),
    ('cn-xj-tacheng-dorbiljin', 'cn-xj-tacheng', 'county', 'cn-xj-tacheng', 'Dorbiljin (Emin County)', '额敏县', 'Дөрбілжін ауданы', 'دۆربىلجىن ناھىيىسى'),
    ('cn-xj-tacheng-toli', 'cn-xj-tacheng', 'county', 'cn-xj-tacheng', 'Toli County', '托里县', 'Толы ауданы', 'تولى ناھىيىسى'),
    ('cn-xj-tacheng-chaghantoqay', 'cn-xj-tacheng', 'county', 'cn-xj-tacheng', 'Chaghantoqay (Yumin County)', '裕民县', 'Шағантоғай ауданы', 'چاغانتوقاي ناھىيىسى'),
    ('cn-xj-tacheng-hoboksar', 'cn-xj-tacheng', 'county', 'cn-xj-tacheng', 'Hoboksar Mongol Autonomous County', '和布克赛尔蒙古自治县', 'Қобықсары Моңғол автономиялық ауданы', 'قوبۇقسار موڭغۇل ئاپتونوم ناھىيىسى');

-- Altay Prefecture: county-level divisions
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('cn-xj-altay-altay-city', 'cn-xj-altay', 'county', 'cn-xj-altay', 'Altay City', '阿勒泰市', 'Алтай қаласы', 'ئالتاي شەھىرى'),
    ('cn-xj-altay-burqin', 'cn-xj-altay', 'county', 'cn-xj-altay', 'Burqin County', '布尔津县', 'Бұршын ауданы', 'بۇرچىن ناھىيىسى'),
    ('cn-xj-altay-kaba', 'cn-xj-altay', 'county', 'cn-xj-altay', 'Kaba County (Habahe)', '哈巴河县', 'Қаба ауданы', 'قابا ناھىيىسى'),
    ('cn-xj-altay-koktokay', 'cn-xj-altay', 'county', 'cn-xj-altay', 'Koktokay (Fuyun County)', '富蕴县', 'Көктоғай ауданы', 'كۆكتوقاي ناھىيىسى'),
    ('cn-xj-altay-burultokay', 'cn-xj-altay', 'county', 'cn-xj-altay', 'Burultokay (Fuhai County)', '福海县', 'Бурылтоғай ауданы', 'بۇرۇلتوقاي ناھىيىسى'),
    ('cn-xj-altay-jeminay', 'cn-xj-altay', 'county', 'cn-xj-altay', 'Jeminay County', '吉木乃县', 'Жеменей ауданы', 'جېمىنەي ناھىيىسى'),
    ('cn-xj-altay-shinggil', 'cn-xj-altay', 'county', 'cn-xj-altay', 'Shinggil (Qinghe County)', '青河县', 'Шіңгіл ауданы', 'چىڭگىل ناھىيىسى');

-- Abroad: the regions of Kazakhstan and cities of republican significance; Istanbul
INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug) VALUES
    ('kz-abai-region', 'kz', 'region', NULL, 'Abai Region', '阿拜州', 'Абай облысы', 'ئاباي ۋىلايىتى'),
    ('kz-akmola-region', 'kz', 'region', NULL, 'Akmola Region', '阿克莫拉州', 'Ақмола облысы', 'ئاقمولا ۋىلايىتى'),
    ('kz-aktobe-region', 'kz', 'region', NULL, 'Aktobe Region', '阿克托别州', 'Ақтөбе облысы', 'ئاقتۆبە ۋىلايىتى'),
    ('kz-almaty-region', 'kz', 'region', NULL, 'Almaty Region', '阿拉木图州', 'Алматы облысы', 'ئالمۇتا ۋىلايىتى'),
    ('kz-atyrau-region', 'kz', 'region', NULL, 'Atyrau Region', '阿特劳州', 'Атырау облысы', 'ئاتىراۋ ۋىلايىتى'),
    ('kz-east-kazakhstan-region', 'kz', 'region', NULL, 'East Kazakhstan Region', '东哈萨克斯坦州', 'Шығыс Қазақстан облысы', 'شەرقىي قازاقىستان ۋىلايىتى'),
    ('kz-jambyl-region', 'kz', 'region', NULL, 'Jambyl Region', '江布尔州', 'Жамбыл облысы', 'جامبۇل ۋىلايىتى'),
    ('kz-jetisu-region', 'kz', 'region', NULL, 'Jetisu Region', '杰特苏州', 'Жетісу облысы', 'يەتتەسۇ ۋىلايىتى'),
    ('kz-karaganda-region', 'kz', 'region', NULL, 'Karaganda Region', '卡拉干达州', 'Қарағанды облысы', 'قاراغاندى ۋىلايىتى'),
    ('kz-kostanay-region', 'kz', 'region', NULL, 'Kostanay Region', '科斯塔奈州', 'Қостанай облысы', 'قوستاناي ۋىلايىتى'),
    ('kz-kyzylorda-region', 'kz', 'region', NULL, 'Kyzylorda Region', '克孜勒奥尔达州', 'Қызылорда облысы', 'قىزىلئوردا ۋىلايىتى'),
    ('kz-mangystau-region', 'kz', 'region', NULL, 'Mangystau Region', '曼格斯套州', 'Маңғыстау облысы', 'ماڭغىستاۋ ۋىلايىتى'),
    ('kz-north-kazakhstan-region', 'kz', 'region', NULL, 'North Kazakhstan Region', '北哈萨克斯坦州', 'Солтүстік Қазақстан облысы', 'شىمالىي قازاقىستان ۋىلايىتى'),
    ('kz-pavlodar-region', 'kz', 'region', NULL, 'Pavlodar Region', '巴甫洛达尔州', 'Павлодар облысы', 'پاۋلودار ۋىلايىتى'),
    ('kz-turkistan-region', 'kz', 'region', NULL, 'Turkistan Region', '突厥斯坦州', 'Түркістан облысы', 'تۈركىستان ۋىلايىتى'),
    ('kz-ulytau-region', 'kz', 'region', NULL, 'Ulytau Region', '乌勒套州', 'Ұлытау облысы', 'ئۇلۇتاۋ ۋىلايىتى'),
    ('kz-west-kazakhstan-region', 'kz', 'region', NULL, 'West Kazakhstan Region', '西哈萨克斯坦州', 'Батыс Қазақстан облысы', 'غەربىي قازاقىستان ۋىلايىتى'),
    ('kz-almaty', 'kz', 'region', NULL, 'Almaty (city)', '阿拉木图市', 'Алматы қаласы', 'ئالمۇتا شەھىرى'),
    ('kz-astana', 'kz', 'region', NULL, 'Astana (city)', '阿斯塔纳市', 'Астана қаласы', 'ئاستانا شەھىرى'),
    ('kz-shymkent', 'kz', 'region', NULL, 'Shymkent (city)', '奇姆肯特市', 'Шымкент қаласы', 'چىمكەنت شەھىرى'),
    ('tr-istanbul', 'tr', 'region', NULL, 'Istanbul', '伊斯坦布尔', 'Ыстамбұл', 'ئىستانبۇل');
