# Куәлікті қабылдау (жаңа куәлік), іс формалары (профиль, куәлік, куәгер, келісім) және
# оларды жібергенде келетін хабарлар.

intake-title = Жаңа куәлік
intake-forbidden = Куәліктерді еріктілер мен әкімшілер жазады; зерттеушінің тіркелгісі оларды оқиды.
intake-lede = Туысының әңгімесін ретімен жүріңіз. Тек * белгісі бар өрістер міндетті; белгісізін бос қалдырып, кейін қосуға болады.
intake-loading = Жүктелуде…
intake-relative-more-hint = Сол куәліктен: бұл туыс сол куәгер мен сол куәлікпен жеке іс болады.
intake-relative-relationship = Осы жоғалған туысқа туыстығы
intake-relative-relationship-hint = Куәгер осы туыстың …
intake-save = Куәлікті сақтау
intake-testifier-name = Куәгердің толық аты-жөні
intake-testifier-name-hint = Кез келген жазумен, өзі қалай жазса, солай.
intake-relationship = Жоғалған адамға туыстығы
intake-relationship-hint = Куәгер жоғалған адамның … (куәлік бірнеше туыс туралы болса, біріншісінің)
intake-contact = Байланыс (телефон, эл. пошта, мессенджер)
intake-consent = Жариялауға келісім
intake-consent-hint = Осы куәлік қатысты әр туыс үшін; кейін әр істе өзгертуге болады.
intake-pressure = Көрген қысым не қоқан-лоқы
intake-pressure-hint = Полицияның қоңыраулары, Шыңжаңдағы туыстарға қорқыту, шенеуніктердің келуі.
intake-add-relative = Тағы бір жоғалған туысты қосу
intake-add-relative-hint = Куәлік бірнеше адам туралы ма (әкесі ұлдары туралы)? Әр туыс куәгер мен куәлікті ортақ пайдаланып, жеке іс болады; бәрі бірге сақталады.
intake-testimony-medium = Куәліктің түрі
intake-testimony-date = Жазылған күні
intake-language = Тілі
intake-testimony-duration = Ұзақтығы (минут)
intake-recording-location = Жазба қайда сақталады
intake-transcript = Мәтіні
intake-recording = Жазба немесе оның құжаты
intake-recording-hint = Міндетті емес: осы куәліктің бейне- не аудиожазбасы, не жазбаша куәліктің фотосы не сканы. Іспен бірге шифрланып сақталады, келген сәтте хэші есептеледі; кейін іс бетінде де қосуға болады.
intake-save-hint = Бір қадаммен сақталады: бірдеңе түзетуді қажет етсе, ол түзетілгенше ештеңе сақталмайды.
intake-lookalikes-title = Бұрын жазылған болуы мүмкін
intake-lookalikes-body = Бұл істерде сол аты басқа емлемен не жазумен берілген, не жеке куәлік нөмірі бірдей. Бір адам туралы екінші жазба сақтамас бұрын оларды (жаңа қойындыда) ашып қараңыз.
intake-lookalikes-different = Бұл басқа адам: куәлікті бәрібір сақтау
intake-lookalikes-review = Әкімші екі жазбаны телнұсқаларды тексеру кезінде сіздің жауабыңызбен бәрібір салыстырады.
intake-last-contact-date = Ол туралы соңғы рет қашан хабар болды?
intake-last-contact-location = Ол сонда қайда болды?
intake-last-contact-location-hint = Аудан белгісіз болса, аймақты таңдаңыз.
intake-last-contact-summary = Соңғы байланыста не болды
intake-disappearance-date = Басқа уақытта болса, ол қашан жоғалды?
intake-facility-kind = Қайда ұсталған
intake-facility-name = Лагердің, тергеу изоляторының не түрменің атауы
intake-facility-name-hint = Бұл қадамның мәтін өрістері шифрланбайды (зерттеушілер олардан іздейді): адамдардың аты жазылмасын.
intake-detention-location = Қайда
intake-detention-date = Қашаннан бері
intake-alleged-act = Оның не істеді деп айтылады
intake-alleged-act-hint = Әрекеттің өзі, мысалы «2012 жылғы форумдағы жазба», «Қазақстанға барған» — заңдық айыптан бөлек.
intake-legal-charge = Заңдық айып
intake-sentence = Үкім
intake-sentence-hint = мысалы: 10 жыл, 7 жыл 6 ай, өмір бойы
intake-court = Сот
intake-conviction-date = Үкім шыққан күн
intake-learned-date = Отбасы бұл туралы қашан білді
intake-learned-how = Отбасы бұл туралы қалай білді
intake-confirmed-by = Кім растады (мекеме не лауазым)
intake-confirmed-by-hint = Мысалы, ҚХР-дың Астанадағы елшілігі. Жеке адамның аты емес.
intake-name = Толық аты-жөні
intake-name-hint = Отбасы қолданатын жазумен: кирилл, араб жазуы, қытай иероглифтері не латын.
intake-other-names = Атының басқа жазылуы
intake-other-names-hint = Әр жолға біреуден: басқа жазулар, жеке куәлігіндегі қытайша транскрипция.
intake-aliases = Лақап аттары
intake-birth-year = Туған жылы
intake-birth-date = Нақты туған күні
intake-birth-date-hint = ЖЖЖЖ-АА-КК, белгілі болса
intake-gender = Жынысы
intake-ethnicity = Ұлты
intake-residency = Шетелдегі азаматтығы не тұруға рұқсаты
intake-occupation = Кәсібі
intake-id-numbers = Жеке куәлік не төлқұжат нөмірлері
intake-address = Шыңжаңдағы мекенжайы
intake-status = Қазіргі жағдайы
intake-verification = Тексерілуі
intake-verification-hint = Хабарланған: бір дереккөз. Нақтыланған: екі тәуелсіз дереккөз. Расталған: ресми не құжатпен.
intake-narrative = Оның тарихы, қысқаша
intake-source = Дереккөз
intake-source-hint = Бұл неден белгілі? Жалғыз дереккөз куәліктің өзі болса, бос қалдырыңыз.
intake-source-type = Дереккөз түрі
intake-source-title = Атауы не қысқа сипаттамасы
intake-source-title-hint = Зерттеушілер іздей алуы үшін шифрланбайды: аттар жазылмасын (мысалы, «Апасының бейнекуәлігі»).
intake-source-publisher = Жариялаушы
intake-source-author = Авторы
intake-source-reference = Сілтеме не URL
intake-source-reference-hint = Шифрланбайды: аттарсыз сілтеме не мұрағат нөмірі.
intake-source-date = Күні
intake-source-reliability = Дереккөздің сенімділігі
intake-source-credibility = Мәліметтің шынайылығы
intake-source-sha256 = Сақталған көшірменің SHA-256 мәні
testimony-title = Куәлік
testimony-correct = Куәлікті түзету
testimony-add = Куәлік қосу
testimony-given-by = Кім берді
testimony-source = Қалай жарияланды
testimony-source-hint = Жарияланған болса, іс бетіндегі осы куәлікті қамтитын дереккөз.
testifier-title = Куәгер қосу
testifier-submit = Куәгерді қосу
testifier-intro = Жоғалған адам үшін сөйлейтін тағы бір туыс. Оның куәлігі кейін «Куәлік қосу» арқылы қосылады.
testifier-name-hint = Кез келген жазумен, өзі қалай жазса, солай. Жоғарыда жазылған куәгерді таңдасаңыз, бос қалдырыңыз.
testifier-relationship-hint = Куәгер жоғалған адамның …
testifier-contact-hint = Жазылған куәгердің бұрын жазылған байланысы сақталады.
testifier-consent-hint = Осы іс үшін. «Жариялауға келісім жоқ» істі барлық экспорттан шығарады.
testifier-find-title = Басқа іс бойынша жазылған ба?
testifier-find-intro = Басқа жоғалған адам туралы куәлік берген туыс (тұңғыш ұлы туралы әкесі) қайта терілмейді, байланыстырылады: оның аты мен байланысы бір-ақ рет жазылып тұрады, ал бұл істің өз туыстығы мен келісімі болады.
testifier-find-name = Куәгердің аты
testifier-find-name-hint = Кез келген жазумен: Гүлнар, Gulnar және گۈلنار бір адамды табады.
testifier-find = Табу
testifier-who = Кім куәлік береді
testifier-who-new = Әлі жазылмаған адам (атын төменде жазыңыз)
testifier-linking = Сіз таңдаған жазылған куәгер байланыстырылуда. Басқасын таңдау үшін оны жоғарыдан қайта табыңыз.
consent-save = Келісімді сақтау
consent-hint = «Жариялауға келісім жоқ» сақталған сәттен бастап істі барлық экспорттан шығарады. Өзгеріс, оның күні және сіздің тіркелгіңіз іс тарихында сақталады.
consent-note = Отбасы келісімді қалай берді не қайтарып алды
consent-note-hint = Мысалы: «үйлестірушіге телефонмен, 3 желтоқсан». Міндетті емес.
caseform-edit-title = Істі өңдеу
caseform-save-changes = Өзгерістерді сақтау
intake-place-note = Тізімде жоқ па? Орынның өзі
intake-place-note-hint = Жоғарыда ол орналасқан ауданды таңдаңыз, содан кейін мұнда ауылды не орынды отбасы қалай атаса, солай жазыңыз.
intake-date-hint = мысалы: 2017, 2017 ж. мамыр, ш. 2012, 2019 ж. соңы, 2018 ж. дейін, 2019–2020, 2017-05-14
intake-relative-number = Жоғалған туыс № { $number }
intake-relative-remove = № { $number } жоғалған туысты алып тастау
intake-step-testifier = Кім куәлік береді
intake-step-missing = Кім жоғалды
intake-step-last-contact = Соңғы байланыс
intake-step-known = Не белгілі
intake-step-testimony = Куәлік және оның дереккөздері
intake-lookalike-born = { $year } ж. т.
intake-unknown = Белгісіз
intake-not-known = Белгісіз
intake-none-known = Белгісіз
intake-verification-default = Хабарланған (әдепкі)
intake-duplicate-field = бұл адам бұрын жазылған болуы мүмкін: осы бөлімнің астындағы істерді қараңыз
intake-duplicate-message = Әзірге ештеңе сақталмады: жоғалған адам бұрын жазылған біреуге ұқсайды. Тексеру үшін «Кім жоғалды» астындағы істерді ашыңыз. Басқа адам болса, «Бұл басқа адам» дегенді белгілеп, қайта сақтаңыз.
intake-relatives-full = { $count ->
    [one] Бір қабылдау ең көбі { $count } жоғалған туысты жазады: осыларды сақтап, қалғандарын сол куәгердің жаңа куәлігі ретінде жазыңыз.
   *[other] Бір қабылдау ең көбі { $count } жоғалған туысты жазады: осыларды сақтап, қалғандарын сол куәгердің жаңа куәлігі ретінде жазыңыз.
}
intake-choose-again = Файл да сақталмады: қалғаны түзетілген соң оны қайта таңдаңыз (форма қайтып келгенде браузер таңдалған файлды сақтамайды).
testimony-source-none = Жарияланбаған / әзірге дереккөз жоқ
testifier-find-hidden = { $count ->
    [one] Осы аттас тағы { $count } жазылған куәгер тек сіз аттарын оқи алмайтын істер бойынша сөйлейді: оны әкімші байланыстыра алады.
   *[other] Осы аттас тағы { $count } жазылған куәгер тек сіз аттарын оқи алмайтын істер бойынша сөйлейді: оларды әкімші байланыстыра алады.
}
testifier-find-count = { $count ->
    [one] { $count } жазылған куәгер табылды: оны төмендегі «Кім куәлік береді» бөлімінен таңдаңыз.
   *[other] { $count } жазылған куәгер табылды: біреуін төмендегі «Кім куәлік береді» бөлімінен таңдаңыз.
}
testifier-speaks-for = { $name }: { $relationship }
testifier-more-cases = { $count ->
    [one] (және тағы { $count } іс)
   *[other] (және тағы { $count } іс)
}
testifier-already-here = (осы істің куәгері бұрыннан)
consent-given-by = Берген:
caseform-loading = Жүктелуде…
caseform-heading-separator = :{" "}
caseform-search-empty = Атын (кез келген жазумен) не жеке куәлік нөмірін теріңіз.
caseform-search-none = Бұл атқа не нөмірге сәйкес іс жоқ.
caseform-search-limit = { $count ->
    [one] Алғашқы { $count } сәйкестік көрсетілген: іздеуді тарылту үшін аттың көбірек бөлігін қосыңыз.
   *[other] Алғашқы { $count } сәйкестік көрсетілген: іздеуді тарылту үшін аттың көбірек бөлігін қосыңыз.
}
caseform-search-same-id = жеке куәлік нөмірі бірдей
caseform-search-same-name = аты бірдей
caseform-search-words = атында осы сөздер бар

# Finding and linking a recorded testifier; searching by name.
testifier-find-type-name = Куәгердің атын кез келген жазумен теріңіз.
testifier-find-none = Мұндай атпен тіркелген куәгер жоқ: жаңа куәгердің мәліметтерін төменде толтырыңыз.
testifier-link-choose-again = Бұл куәгер тіркелмеген (енді жоқ): оны қайта іздеңіз немесе жаңа куәгер ретінде қосыңыз.
testifier-link-already = Бұл адам осы істің куәгері болып тұр.
testifier-link-forbidden = Сіз аттарын оқи алатын істің куәгерін ғана байланыстыра аласыз; мұны әкімші байланыстыра алады.
search-by-name-too-many = Сіз 15 минутта { $searches } рет аты бойынша іздедіңіз. { $minutes } минуттан кейін қайталаңыз.
