-- Seed: the controlled vocabularies (statuses, genders, ethnicities, residency, occupations, relationships,
-- consent, event kinds, PRC legal charges, facility kinds, source types, Admiralty reliability/credibility,
-- testimony media, languages, verification levels, how the family learned of a detention).
-- Codes are stable identifiers and are never renamed; labels may be corrected by later migrations.
-- Labels: English, Kazakh (Cyrillic), Russian, Uyghur (Arabic script, UEY) and Simplified Chinese.
-- legal_charge.label_zh uses the charge names of the PRC Criminal Law (罪名); reliability / credibility are
-- the Admiralty (NATO) source-grading scale. other / unknown come last in each vocabulary.
-- Plain INSERTs only, so that the file runs unchanged on SQLite and PostgreSQL.

-- case_status
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('case_status', 'missing', 10, 'Missing', 'Хабарсыз жоғалған', 'Пропал без вести', 'ئىز-دېرەكسىز يوقالغان', '失踪'),
    ('case_status', 'camp', 20, 'Political camp (“re-education” / “vocational training”)', 'Саяси лагерь («қайта тәрбиелеу» / «кәсіптік оқыту»)', 'Политический лагерь («перевоспитание» / «профессиональное обучение»)', 'سىياسىي لاگېر («قايتا تەربىيەلەش» / «كەسپىي تەربىيەلەش»)', '政治营（“再教育”／“职业技能教育培训”）'),
    ('case_status', 'detained', 30, 'Detained (pre-trial detention)', 'Қамауда (сотқа дейін)', 'Под стражей (до суда)', 'تۇتۇپ تۇرۇلغان (سوتتىن ئىلگىرى)', '羁押中（审前羁押）'),
    ('case_status', 'sentenced', 40, 'Sentenced / in prison', 'Сотталған / түрмеде', 'Осуждён / в заключении', 'جازا كېسىلگەن / تۈرمىدە', '已判刑／服刑中'),
    ('case_status', 'released', 50, 'Released', 'Босатылған', 'Освобождён', 'قويۇپ بېرىلگەن', '已释放'),
    ('case_status', 'released_restricted', 60, 'Released under restrictions (house arrest, forced labour, travel ban)', 'Шектеумен босатылған (үй қамағы, мәжбүрлі еңбек, шетелге шығуға тыйым)', 'Освобождён с ограничениями (домашний арест, принудительный труд, запрет на выезд)', 'چەكلىمە ئاستىدا قويۇپ بېرىلگەن (ئۆيدە نەزەربەند، مەجبۇرىي ئەمگەك، چەت ئەلگە چىقىش چەكلەنگەن)', '附带限制释放（软禁、强迫劳动、禁止出境）'),
    ('case_status', 'deceased', 70, 'Deceased', 'Қайтыс болған', 'Умер', 'ۋاپات بولغان', '已死亡'),
    ('case_status', 'unknown', 80, 'Unknown', 'Белгісіз', 'Неизвестно', 'نامەلۇم', '不明');

-- gender
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('gender', 'female', 10, 'Female', 'Әйел', 'Женский', 'ئايال', '女'),
    ('gender', 'male', 20, 'Male', 'Ер', 'Мужской', 'ئەر', '男'),
    ('gender', 'unknown', 30, 'Unknown', 'Белгісіз', 'Неизвестно', 'نامەلۇم', '不明');

-- ethnicity
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('ethnicity', 'kazakh', 10, 'Kazakh', 'Қазақ', 'Казах', 'قازاق', '哈萨克族'),
    ('ethnicity', 'uyghur', 20, 'Uyghur', 'Ұйғыр', 'Уйгур', 'ئۇيغۇر', '维吾尔族'),
    ('ethnicity', 'kyrgyz', 30, 'Kyrgyz', 'Қырғыз', 'Киргиз', 'قىرغىز', '柯尔克孜族'),
    ('ethnicity', 'hui', 40, 'Hui (Dungan)', 'Дүңген (хуэй)', 'Хуэй (дунганин)', 'خۇيزۇ (تۇڭگان)', '回族'),
    ('ethnicity', 'uzbek', 50, 'Uzbek', 'Өзбек', 'Узбек', 'ئۆزبېك', '乌孜别克族'),
    ('ethnicity', 'tatar', 60, 'Tatar', 'Татар', 'Татарин', 'تاتار', '塔塔尔族'),
    ('ethnicity', 'tajik', 70, 'Tajik (Pamiri)', 'Тәжік (памирлік)', 'Таджик (памирец)', 'تاجىك (پامىرلىق)', '塔吉克族'),
    ('ethnicity', 'mongol', 80, 'Mongol (Oirat)', 'Моңғол (ойрат)', 'Монгол (ойрат)', 'موڭغۇل (ئويرات)', '蒙古族'),
    ('ethnicity', 'xibe', 90, 'Xibe', 'Сібе', 'Сибо', 'شىبە', '锡伯族'),
    ('ethnicity', 'han', 100, 'Han Chinese', 'Қытай (хань)', 'Китаец (хань)', 'خەنزۇ', '汉族'),
    ('ethnicity', 'other', 110, 'Other', 'Басқа', 'Другое', 'باشقا', '其他');

-- residency
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('residency', 'kz_citizen', 10, 'Citizen of Kazakhstan', 'Қазақстан азаматы', 'Гражданин Казахстана', 'قازاقىستان پۇقراسى', '哈萨克斯坦公民'),
    ('residency', 'kz_permanent_resident', 20, 'Permanent resident of Kazakhstan (residence permit)', 'Қазақстанда тұрақты тұруға ықтиярхаты бар', 'Постоянно проживает в Казахстане (вид на жительство)', 'قازاقىستاندا مەڭگۈلۈك تۇرۇش ئىجازىتى بار', '哈萨克斯坦永久居民（居留证）'),
    ('residency', 'kz_kandas', 30, 'Kandas (oralman) status in Kazakhstan', 'Қандас (оралман) мәртебесі бар', 'Статус кандаса (оралмана) в Казахстане', 'قازاقىستاندا قانداش (ئورالمان) سالاھىيىتى بار', '哈萨克斯坦“坎达斯”（回归同胞，原“奥拉尔曼”）身份'),
    ('residency', 'kz_in_process', 40, 'Applying for Kazakh citizenship', 'Қазақстан азаматтығын алу үдерісінде', 'В процессе получения гражданства Казахстана', 'قازاقىستان پۇقرالىقىغا ئىلتىماس قىلىۋاتقان', '正在申请哈萨克斯坦国籍'),
    ('residency', 'other_foreign_citizen', 50, 'Citizen of another foreign country', 'Басқа шет мемлекеттің азаматы', 'Гражданин другого иностранного государства', 'باشقا چەت ئەل پۇقراسى', '其他外国公民'),
    ('residency', 'cn_citizen_only', 60, 'PRC citizen only', 'Тек ҚХР азаматы', 'Только гражданин КНР', 'پەقەت جۇڭگو پۇقراسى', '仅持有中国国籍'),
    ('residency', 'unknown', 70, 'Unknown', 'Белгісіз', 'Неизвестно', 'نامەلۇم', '不明');

-- occupation
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('occupation', 'herder_farmer', 10, 'Herder / farmer', 'Малшы / диқан', 'Скотовод / земледелец', 'چارۋىچى / دېھقان', '牧民／农民'),
    ('occupation', 'teacher', 20, 'Teacher', 'Мұғалім', 'Учитель', 'ئوقۇتقۇچى', '教师'),
    ('occupation', 'academic', 30, 'Academic / researcher', 'Ғалым / зерттеуші', 'Учёный / преподаватель вуза', 'ئالىم / تەتقىقاتچى', '学者／研究人员'),
    ('occupation', 'student', 40, 'Student', 'Студент / оқушы', 'Студент / учащийся', 'ئوقۇغۇچى', '学生'),
    ('occupation', 'religious_figure', 50, 'Religious figure (imam, mullah)', 'Дін қызметкері (имам, молда)', 'Религиозный деятель (имам, мулла)', 'دىنىي زات (ئىمام، موللا)', '宗教人士（伊玛目、毛拉）'),
    ('occupation', 'business_trader', 60, 'Businessperson / trader', 'Кәсіпкер / саудагер', 'Предприниматель / торговец', 'سودىگەر / تىجارەتچى', '商人／个体经营者'),
    ('occupation', 'civil_servant', 70, 'Civil servant / official', 'Мемлекеттік қызметші', 'Госслужащий / чиновник', 'دۆلەت خىزمەتچىسى / كادىر', '公务员／干部'),
    ('occupation', 'medical', 80, 'Medical worker', 'Медицина қызметкері', 'Медицинский работник', 'تېببىي خادىم', '医务人员'),
    ('occupation', 'driver_transport', 90, 'Driver / transport worker', 'Жүргізуші / көлік қызметкері', 'Водитель / работник транспорта', 'شوپۇر / قاتناش خادىمى', '司机／运输业从业者'),
    ('occupation', 'worker', 100, 'Worker / labourer', 'Жұмысшы', 'Рабочий', 'ئىشچى', '工人'),
    ('occupation', 'artist_writer', 110, 'Artist / writer', 'Өнер адамы / жазушы', 'Деятель искусства / писатель', 'سەنئەتكار / يازغۇچى', '艺术家／作家'),
    ('occupation', 'journalist', 120, 'Journalist', 'Журналист', 'Журналист', 'مۇخبىر', '记者'),
    ('occupation', 'retired', 130, 'Retired', 'Зейнеткер', 'Пенсионер', 'پېنسىيەگە چىققان', '退休人员'),
    ('occupation', 'unemployed', 140, 'Unemployed', 'Жұмыссыз', 'Безработный', 'ئىشسىز', '无业'),
    ('occupation', 'other', 150, 'Other', 'Басқа', 'Другое', 'باشقا', '其他');

-- relationship
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('relationship', 'wife', 10, 'Wife', 'Әйелі', 'Жена', 'ئايالى', '妻子'),
    ('relationship', 'husband', 20, 'Husband', 'Күйеуі', 'Муж', 'ئېرى', '丈夫'),
    ('relationship', 'mother', 30, 'Mother', 'Анасы', 'Мать', 'ئانىسى', '母亲'),
    ('relationship', 'father', 40, 'Father', 'Әкесі', 'Отец', 'دادىسى', '父亲'),
    ('relationship', 'daughter', 50, 'Daughter', 'Қызы', 'Дочь', 'قىزى', '女儿'),
    ('relationship', 'son', 60, 'Son', 'Ұлы', 'Сын', 'ئوغلى', '儿子'),
    ('relationship', 'sister', 70, 'Sister', 'Әпкесі / сіңлісі / қарындасы', 'Сестра', 'ھەدىسى / سىڭلىسى', '姐妹'),
    ('relationship', 'brother', 80, 'Brother', 'Ағасы / інісі', 'Брат', 'ئاكىسى / ئۇكىسى', '兄弟'),
    ('relationship', 'granddaughter', 90, 'Granddaughter', 'Немере қызы', 'Внучка', 'نەۋرە قىزى', '孙女／外孙女'),
    ('relationship', 'grandson', 100, 'Grandson', 'Немере ұлы', 'Внук', 'نەۋرە ئوغلى', '孙子／外孙'),
    ('relationship', 'grandmother', 110, 'Grandmother', 'Әжесі', 'Бабушка', 'مومىسى', '祖母／外祖母'),
    ('relationship', 'grandfather', 120, 'Grandfather', 'Атасы', 'Дедушка', 'بوۋىسى', '祖父／外祖父'),
    ('relationship', 'niece', 130, 'Niece', 'Жиен қызы / бауырының қызы', 'Племянница', 'جىيەن قىزى', '侄女／外甥女'),
    ('relationship', 'nephew', 140, 'Nephew', 'Жиені / бауырының ұлы', 'Племянник', 'جىيەن ئوغلى', '侄子／外甥'),
    ('relationship', 'aunt', 150, 'Aunt', 'Апасы / тәтесі', 'Тётя', 'ھاممىسى / خالىسى', '姑母／姨母等'),
    ('relationship', 'uncle', 160, 'Uncle', 'Көкесі / нағашы ағасы', 'Дядя', 'تاغىسى', '伯父／叔父／舅父等'),
    ('relationship', 'cousin', 170, 'Cousin', 'Немере / бөле туысы', 'Двоюродный брат / сестра', 'نەۋرە قېرىنداش', '堂／表兄弟姐妹'),
    ('relationship', 'in_law', 180, 'In-law', 'Құда-жекжаты (қайын жұрты)', 'Родственник по браку', 'قۇدا-باجا / قېيىن تۇغقان', '姻亲'),
    ('relationship', 'other_relative', 190, 'Other relative', 'Басқа туысы', 'Другой родственник', 'باشقا تۇغقىنى', '其他亲属'),
    ('relationship', 'friend', 200, 'Friend', 'Досы', 'Друг', 'دوستى', '朋友'),
    ('relationship', 'other', 210, 'Other', 'Басқа', 'Другое', 'باشقا', '其他');

-- consent
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('consent', 'none', 10, 'No consent to publish', 'Жариялауға келісім жоқ', 'Нет согласия на публикацию', 'ئېلان قىلىشقا قوشۇلمىغان', '不同意公开'),
    ('consent', 'anonymized', 20, 'May be published anonymized', 'Аты-жөнін жасырып жариялауға болады', 'Можно публиковать анонимно', 'ئىسمىنى يوشۇرۇپ ئېلان قىلىشقا بولىدۇ', '可匿名公开'),
    ('consent', 'named', 30, 'May be published with names', 'Аты-жөнімен жариялауға болады', 'Можно публиковать с именами', 'ئىسمى بىلەن ئېلان قىلىشقا بولىدۇ', '可实名公开');

-- event_kind
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('event_kind', 'travel', 10, 'Travel (to or from China)', 'Сапар (Қытайға не Қытайдан)', 'Поездка (в Китай или из Китая)', 'سەپەر (جۇڭگوغا بېرىش ياكى قايتىش)', '出行（往返中国）'),
    ('event_kind', 'last_contact', 20, 'Last contact', 'Соңғы байланыс', 'Последний контакт', 'ئاخىرقى ئالاقە', '最后一次联系'),
    ('event_kind', 'disappearance', 30, 'Disappearance', 'Жоғалып кетуі', 'Исчезновение', 'يوقاپ كېتىش', '失踪'),
    ('event_kind', 'camp', 40, 'Sent to a camp', 'Лагерьге жіберілуі', 'Помещение в лагерь', 'لاگېرغا ئېلىپ كېتىلىش', '被送入营'),
    ('event_kind', 'detention', 50, 'Detention / arrest', 'Ұсталуы / қамауға алынуы', 'Задержание / арест', 'تۇتقۇن قىلىنىش / قولغا ئېلىنىش', '拘留／逮捕'),
    ('event_kind', 'transfer', 60, 'Transfer to another facility', 'Басқа мекемеге ауыстырылуы', 'Перевод в другое учреждение', 'باشقا ئورۇنغا يۆتكىلىش', '转押'),
    ('event_kind', 'trial', 70, 'Trial', 'Сот процесі', 'Суд', 'سوت قىلىنىش', '审判'),
    ('event_kind', 'sentence', 80, 'Sentence', 'Үкім', 'Приговор', 'ھۆكۈم', '判决'),
    ('event_kind', 'official_confirmation', 90, 'Official confirmation', 'Ресми растау', 'Официальное подтверждение', 'رەسمىي ئىسپاتلاش', '官方确认'),
    ('event_kind', 'release', 100, 'Release', 'Босатылуы', 'Освобождение', 'قويۇپ بېرىلىش', '释放'),
    ('event_kind', 'death', 110, 'Death', 'Қайтыс болуы', 'Смерть', 'ۋاپات', '死亡'),
    ('event_kind', 'pressure_on_family', 120, 'Pressure on the family', 'Отбасына қысым', 'Давление на семью', 'ئائىلىسىگە بېسىم', '对家属施压'),
    ('event_kind', 'advocacy_action', 130, 'Advocacy action', 'Құқық қорғау әрекеті', 'Правозащитное действие', 'ھوقۇق قوغداش ھەرىكىتى', '倡导行动');

-- legal_charge
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('legal_charge', 'extremism', 10, 'Using extremism to undermine law enforcement', 'Заңның орындалуына кедергі келтіру үшін экстремизмді пайдалану', 'Использование экстремизма для подрыва исполнения закона', 'ئەسەبىيلىكتىن پايدىلىنىپ قانۇن ئىجراسىغا بۇزغۇنچىلىق قىلىش', '利用极端主义破坏法律实施罪'),
    ('legal_charge', 'inciting_ethnic_hatred', 20, 'Inciting ethnic hatred and ethnic discrimination', 'Ұлттық өшпенділік пен ұлттық кемсітушілікті қоздыру', 'Разжигание национальной ненависти и национальной дискриминации', 'مىللىي ئۆچمەنلىك ۋە مىللىي كەمسىتىشنى قوزغاش', '煽动民族仇恨、民族歧视罪'),
    ('legal_charge', 'separatism', 30, 'Splitting the state (separatism)', 'Мемлекетті бөлшектеу (сепаратизм)', 'Раскол государства (сепаратизм)', 'دۆلەتنى پارچىلاش (بۆلگۈنچىلىك)', '分裂国家罪'),
    ('legal_charge', 'inciting_separatism', 40, 'Inciting the splitting of the state', 'Мемлекетті бөлшектеуге арандату', 'Подстрекательство к расколу государства', 'دۆلەتنى پارچىلاشقا قۇترىتىش', '煽动分裂国家罪'),
    ('legal_charge', 'subversion', 50, 'Subversion of state power', 'Мемлекеттік билікті құлату', 'Подрыв государственной власти', 'دۆلەت ھاكىمىيىتىنى ئاغدۇرۇش', '颠覆国家政权罪'),
    ('legal_charge', 'inciting_subversion', 60, 'Inciting subversion of state power', 'Мемлекеттік билікті құлатуға арандату', 'Подстрекательство к подрыву государственной власти', 'دۆلەت ھاكىمىيىتىنى ئاغدۇرۇشقا قۇترىتىش', '煽动颠覆国家政权罪'),
    ('legal_charge', 'terrorism', 70, 'Organising, leading or participating in a terrorist organisation', 'Террористік ұйымды құру, басқару немесе оған қатысу', 'Организация, руководство или участие в террористической организации', 'تېرورلۇق تەشكىلاتى تەشكىللەش، رەھبەرلىك قىلىش ياكى ئۇنىڭغا قاتنىشىش', '组织、领导、参加恐怖组织罪'),
    ('legal_charge', 'advocating_terrorism', 80, 'Advocating terrorism and extremism, inciting terrorist activities', 'Терроризм мен экстремизмді насихаттау, террорлық әрекетке арандату', 'Пропаганда терроризма и экстремизма, подстрекательство к террористической деятельности', 'تېرورلۇق ۋە ئەسەبىيلىكنى تەشۋىق قىلىش، تېرورلۇق ھەرىكىتىگە قۇترىتىش', '宣扬恐怖主义、极端主义、煽动实施恐怖活动罪'),
    ('legal_charge', 'possessing_extremist_materials', 90, 'Illegally possessing items that advocate terrorism or extremism', 'Терроризм мен экстремизмді насихаттайтын заттарды заңсыз сақтау', 'Незаконное хранение предметов, пропагандирующих терроризм и экстремизм', 'تېرورلۇق ۋە ئەسەبىيلىكنى تەشۋىق قىلىدىغان بۇيۇملارنى قانۇنسىز ساقلاش', '非法持有宣扬恐怖主义、极端主义物品罪'),
    ('legal_charge', 'illegal_religious_activity', 100, 'Illegal religious activity', 'Заңсыз діни әрекет', 'Незаконная религиозная деятельность', 'قانۇنسىز دىنىي پائالىيەت', '非法宗教活动'),
    ('legal_charge', 'gathering_crowd_disturbing_order', 110, 'Gathering a crowd to disturb social order', 'Қоғамдық тәртіпті бұзу үшін топ жинау', 'Сбор толпы для нарушения общественного порядка', 'كىشىلەرنى توپلاپ ئىجتىمائىي تەرتىپنى قالايمىقانلاشتۇرۇش', '聚众扰乱社会秩序罪'),
    ('legal_charge', 'picking_quarrels', 120, 'Picking quarrels and provoking trouble', 'Жанжал шығарып, тәртіпсіздік тудыру', 'Провоцирование ссор и беспорядков', 'جېدەل چىقىرىپ پىتنە تېرىش', '寻衅滋事罪'),
    ('legal_charge', 'illegal_border_crossing', 130, 'Illegally crossing the national border', 'Мемлекеттік шекарадан заңсыз өту', 'Незаконное пересечение государственной границы', 'دۆلەت چېگراسىدىن قانۇنسىز ئۆتۈش', '偷越国（边）境罪'),
    ('legal_charge', 'fraud', 140, 'Fraud', 'Алаяқтық', 'Мошенничество', 'ئالدامچىلىق', '诈骗罪'),
    ('legal_charge', 'bribery_corruption', 150, 'Bribery / corruption', 'Пара / сыбайлас жемқорлық', 'Взяточничество / коррупция', 'پارىخورلۇق / چىرىكلىك', '贿赂、贪污犯罪'),
    ('legal_charge', 'other', 160, 'Other', 'Басқа', 'Другое', 'باشقا', '其他'),
    ('legal_charge', 'unknown', 170, 'Unknown', 'Белгісіз', 'Неизвестно', 'نامەلۇم', '不明');

-- facility_kind
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('facility_kind', 'camp', 10, 'Camp', 'Лагерь', 'Лагерь', 'لاگېر', '营（“教培中心”）'),
    ('facility_kind', 'detention_centre', 20, 'Detention centre', 'Тергеу изоляторы', 'Следственный изолятор', 'قاماقخانا', '看守所'),
    ('facility_kind', 'prison', 30, 'Prison', 'Түрме', 'Тюрьма', 'تۈرمە', '监狱'),
    ('facility_kind', 'police_station', 40, 'Police station', 'Полиция бөлімшесі', 'Полицейский участок', 'ساقچىخانا', '派出所'),
    ('facility_kind', 'house_arrest', 50, 'House arrest', 'Үй қамағы', 'Домашний арест', 'ئۆيدە نەزەربەند', '软禁／监视居住'),
    ('facility_kind', 'hospital', 60, 'Hospital', 'Аурухана', 'Больница', 'دوختۇرخانا', '医院'),
    ('facility_kind', 'unknown', 70, 'Unknown', 'Белгісіз', 'Неизвестно', 'نامەلۇم', '不明');

-- source_type
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('source_type', 'video_testimony', 10, 'Video testimony', 'Бейне куәлік', 'Видеосвидетельство', 'سىنلىق گۇۋاھلىق', '视频证词'),
    ('source_type', 'written_testimony', 20, 'Written testimony', 'Жазбаша куәлік', 'Письменное свидетельство', 'يازما گۇۋاھلىق', '书面证词'),
    ('source_type', 'interview', 30, 'Interview', 'Сұхбат', 'Интервью', 'سۆھبەت', '访谈'),
    ('source_type', 'official_statement', 40, 'Official statement', 'Ресми мәлімдеме', 'Официальное заявление', 'رەسمىي بايانات', '官方声明'),
    ('source_type', 'media_report', 50, 'Media report', 'БАҚ хабары', 'Сообщение СМИ', 'ئاخبارات خەۋىرى', '媒体报道'),
    ('source_type', 'court_document', 60, 'Court document', 'Сот құжаты', 'Судебный документ', 'سوت ھۆججىتى', '法院文书'),
    ('source_type', 'leaked_document', 70, 'Leaked document', 'Жария болған құпия құжат', 'Утёкший документ', 'ئاشكارىلانغان مەخپىي ھۆججەت', '泄露文件'),
    ('source_type', 'social_media', 80, 'Social media post', 'Әлеуметтік желідегі жазба', 'Публикация в соцсетях', 'ئىجتىمائىي تاراتقۇدىكى يازما', '社交媒体帖子');

-- reliability
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('reliability', 'A', 10, 'A — completely reliable', 'A — толық сенімді', 'A — полностью надёжный', 'A — تولۇق ئىشەنچلىك', 'A — 完全可靠'),
    ('reliability', 'B', 20, 'B — usually reliable', 'B — әдетте сенімді', 'B — обычно надёжный', 'B — ئادەتتە ئىشەنچلىك', 'B — 通常可靠'),
    ('reliability', 'C', 30, 'C — fairly reliable', 'C — едәуір сенімді', 'C — достаточно надёжный', 'C — خېلى ئىشەنچلىك', 'C — 比较可靠'),
    ('reliability', 'D', 40, 'D — not usually reliable', 'D — әдетте сенімсіз', 'D — обычно ненадёжный', 'D — ئادەتتە ئىشەنچسىز', 'D — 通常不可靠'),
    ('reliability', 'E', 50, 'E — unreliable', 'E — сенімсіз', 'E — ненадёжный', 'E — ئىشەنچسىز', 'E — 不可靠'),
    ('reliability', 'F', 60, 'F — reliability cannot be judged', 'F — сенімділігін бағалау мүмкін емес', 'F — надёжность невозможно оценить', 'F — ئىشەنچلىك ياكى ئەمەسلىكىگە باھا بەرگىلى بولمايدۇ', 'F — 无法判断可靠性');

-- credibility
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('credibility', '1', 10, '1 — confirmed by other sources', '1 — басқа дереккөздермен расталған', '1 — подтверждено другими источниками', '1 — باشقا مەنبەلەر ئارقىلىق ئىسپاتلانغان', '1 — 经其他来源证实'),
    ('credibility', '2', 20, '2 — probably true', '2 — шын болуы ықтимал', '2 — вероятно, достоверно', '2 — راست بولۇش ئېھتىماللىقى يۇقىرى', '2 — 很可能属实'),
    ('credibility', '3', 30, '3 — possibly true', '3 — шын болуы мүмкін', '3 — возможно, достоверно', '3 — راست بولۇشى مۇمكىن', '3 — 可能属实'),
    ('credibility', '4', 40, '4 — doubtful', '4 — күмәнді', '4 — сомнительно', '4 — گۇمانلىق', '4 — 存疑'),
    ('credibility', '5', 50, '5 — improbable', '5 — ықтималдығы төмен', '5 — маловероятно', '5 — ئېھتىماللىقى تۆۋەن', '5 — 不太可能属实'),
    ('credibility', '6', 60, '6 — truth cannot be judged', '6 — шындығын бағалау мүмкін емес', '6 — достоверность невозможно оценить', '6 — راست-يالغانلىقىغا باھا بەرگىلى بولمايدۇ', '6 — 无法判断真伪');

-- testimony_medium
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('testimony_medium', 'video', 10, 'Video', 'Бейне', 'Видео', 'سىن', '视频'),
    ('testimony_medium', 'written', 20, 'Written', 'Жазбаша', 'Письменно', 'يازما', '书面'),
    ('testimony_medium', 'interview', 30, 'In-person interview', 'Бетпе-бет сұхбат', 'Личное интервью', 'يۈزمۇيۈز سۆھبەت', '面谈'),
    ('testimony_medium', 'audio', 40, 'Audio recording', 'Аудиожазба', 'Аудиозапись', 'ئاۋاز خاتىرىسى', '录音'),
    ('testimony_medium', 'phone_call', 50, 'Phone call', 'Телефон қоңырауы', 'Телефонный звонок', 'تېلېفون', '电话');

-- language
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('language', 'kk', 10, 'Kazakh', 'Қазақ тілі', 'Казахский', 'قازاق تىلى', '哈萨克语'),
    ('language', 'ru', 20, 'Russian', 'Орыс тілі', 'Русский', 'رۇس تىلى', '俄语'),
    ('language', 'ug', 30, 'Uyghur', 'Ұйғыр тілі', 'Уйгурский', 'ئۇيغۇر تىلى', '维吾尔语'),
    ('language', 'zh', 40, 'Chinese', 'Қытай тілі', 'Китайский', 'خەنزۇ تىلى', '汉语'),
    ('language', 'en', 50, 'English', 'Ағылшын тілі', 'Английский', 'ئىنگلىز تىلى', '英语'),
    ('language', 'ky', 60, 'Kyrgyz', 'Қырғыз тілі', 'Киргизский', 'قىرغىز تىلى', '吉尔吉斯语（柯尔克孜语）'),
    ('language', 'uz', 70, 'Uzbek', 'Өзбек тілі', 'Узбекский', 'ئۆزبېك تىلى', '乌兹别克语'),
    ('language', 'tr', 80, 'Turkish', 'Түрік тілі', 'Турецкий', 'تۈرك تىلى', '土耳其语'),
    ('language', 'other', 90, 'Other', 'Басқа', 'Другой', 'باشقا', '其他');

-- verification
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('verification', 'reported', 10, 'Reported', 'Хабарланған', 'Сообщено', 'مەلۇم قىلىنغان', '已报告'),
    ('verification', 'corroborated', 20, 'Corroborated (two independent sources)', 'Расталған (екі тәуелсіз дереккөз)', 'Подтверждено (два независимых источника)', 'دەلىللەنگەن (ئىككى مۇستەقىل مەنبە)', '已佐证（两个独立来源）'),
    ('verification', 'confirmed', 30, 'Confirmed (official or documentary)', 'Нақтыланған (ресми не құжатпен)', 'Установлено (официально или документально)', 'جەزملەشتۈرۈلگەن (رەسمىي ياكى ھۆججەت ئارقىلىق)', '已确认（官方或文件）');

-- learned_how
INSERT INTO vocabulary_terms (vocabulary, code, position, label_en, label_kk, label_ru, label_ug, label_zh) VALUES
    ('learned_how', 'official_notice', 10, 'Official notice', 'Ресми хабарлама', 'Официальное уведомление', 'رەسمىي ئۇقتۇرۇش', '官方通知'),
    ('learned_how', 'relative_in_xuar', 20, 'From a relative in Xinjiang', 'Шыңжаңдағы туысынан', 'От родственника в Синьцзяне', 'شىنجاڭدىكى تۇغقىنىدىن', '新疆的亲属告知'),
    ('learned_how', 'released_detainee', 30, 'From a released detainee', 'Босатылған тұтқыннан', 'От освобождённого заключённого', 'قويۇپ بېرىلگەن تۇتقۇندىن', '获释被关押者告知'),
    ('learned_how', 'court_document', 40, 'Court document', 'Сот құжатынан', 'Из судебного документа', 'سوت ھۆججىتىدىن', '法院文书'),
    ('learned_how', 'media', 50, 'Media', 'БАҚ арқылы', 'Из СМИ', 'ئاخبارات ۋاسىتىلىرىدىن', '媒体'),
    ('learned_how', 'embassy_or_official_statement', 60, 'Embassy or official statement', 'Елшілік не ресми мәлімдеме', 'Посольство или официальное заявление', 'ئەلچىخانا ياكى رەسمىي بايانات', '使馆或官方声明'),
    ('learned_how', 'other', 70, 'Other', 'Басқа', 'Другое', 'باشقا', '其他');
