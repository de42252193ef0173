# Істер тізімі, іздеу, статистика, хронология, босату мерзімі туралы ескертулер, экспорттар және олардың басылатын есебі.

## Істер тізімі
cases-title = Істер
cases-new-testimony = Жаңа куәлік жазу
cases-loading = Жүктелуде…
cases-link-statistics = Осы іріктеменің статистикасы
cases-link-timeline = Осы іріктеменің хронологиясы
cases-link-alerts = Босату мерзімі өтті, содан бері хабар жоқ
cases-link-export = Осы іріктемені экспорттау
cases-facets-label = Тізімді тарылту
cases-filter-label = Істерді сүзу
cases-filter-any = Кез келген
cases-filter-words = Сөздер
cases-filter-words-hint = Айыптар, тағылған әрекеттер, жерлер, мекемелер, соттар, оқиғалар, дереккөздердің атаулары мен баспагерлері — бес тілдің кез келгенінде. Есімдер емес: оларды жоғарыда іздейді, олар ешқашан сілтемеге енбейді.
cases-filter-status = Мәртебе
cases-filter-prefecture = Аймақ (соңғы белгілі)
cases-filter-charge = Айып
cases-filter-year = Жоғалған жылы
cases-filter-sort = Реті
cases-filter-apply = Сүзгілерді қолдану
cases-filter-clear = Тазарту
cases-born = { $year } ж. туған
cases-col-person = Жоғалған адам
cases-col-status = Мәртебе
cases-col-place = Соңғы белгілі жері
cases-col-disappeared = Жоғалған
cases-col-charge = Айып
cases-col-why = Неге
cases-none = Бұл сүзгілерге сай іс жоқ.
cases-count = Істер { $first }–{ $last }, барлығы { $total }

## Адамды іздеу
search-label = Адамды табу
search-field = Адамды есімі немесе куәлік нөмірі бойынша табу
search-hint = Кез келген жазу мен емле: Нұрлан Сейітқали, نۇرلان سەيىتقالي және Nurlan Seitkali бір адамды табады; сөздердің реті маңызды емес.
search-submit = Іздеу
search-title = Адамды табу
search-all-cases = Барлық істер
search-found = { $count ->
    [one] { $count } іс табылды
   *[other] { $count } іс табылды
}
search-hidden-matches = { $count ->
    [one] Сізге оқуға болмайтын бір іс те сәйкес келеді.
   *[other] Сізге оқуға болмайтын { $count } іс те сәйкес келеді.
} Қайсысы екені көрсетілмейді; әкімші оларды тексеріп, бұл жазбаны сіздікімен байланыстыра алады.

## Іріктеме туралы беттер
selection-cases = Осы іріктеменің істері

## Статистика
stats-title = Статистика
stats-link-timeline = Олардың хронологиясы
stats-lede = { $count ->
    [one] Бұл іріктемеде { $count } іс бар.
   *[other] Бұл іріктемеде { $count } іс бар.
}
stats-lede-described = { $count ->
    [one] Бұл іріктемеде { $count } іс бар: { $selection }.
   *[other] Бұл іріктемеде { $count } іс бар: { $selection }.
}
stats-lede-few = Бұл іріктемеде { $count } іс бар.
stats-lede-few-described = Бұл іріктемеде { $count } іс бар: { $selection }.
stats-suppressed = 5-тен аз сандар «<5» деп көрсетіледі және бағанмен салынбайды, шағын топ бір отбасын нұсқап қоймас үшін.

## Диаграммалар
chart-empty = Бұл іріктеменің бірде-бір ісінде бұл мәлімет жоқ.
chart-numbers = Сандар
chart-unit-cases = істер
chart-status = Мәртебе бойынша істер
chart-disappearances = Жыл сайынғы жоғалулар
chart-detentions = Жыл сайынғы ұстаулар мен лагерьге қамаулар (күні белгілі оқиғалар)
chart-prefectures = Соңғы белгілі жерінің аймағы бойынша істер
chart-sources = Мұрағатталған дереккөздер: жойылған, өзгерген немесе әлі желіде (істер)
chart-source-gone = Жойылған
chart-source-changed = Өзгерген
chart-source-alive = Әлі желіде
chart-sentences = Жаза мерзімдері: { $charge }

## Жалпы хронология
waves-title = Істер хронологиясы
waves-years = { $from }–{ $to }
waves-lede = { $cases_with_events ->
    [one] { $cases_with_events } істің
   *[other] { $cases_with_events } істің
} күні белгілі { $events ->
    [one] { $events } оқиғасы
   *[other] { $events } оқиғасы
} (бұл іріктемеде { $cases } іс), { $years }.
waves-lede-described = { $cases_with_events ->
    [one] { $cases_with_events } істің
   *[other] { $cases_with_events } істің
} күні белгілі { $events ->
    [one] { $events } оқиғасы
   *[other] { $events } оқиғасы
} (бұл іріктемеде { $cases } іс: { $selection }), { $years }.
waves-vague = { $count ->
    [one] Күні ашық немесе тым кең { $count } оқиға жолақтарда салынған, бірақ толқындарға кірмеген.
   *[other] Күні ашық немесе тым кең { $count } оқиға жолақтарда салынған, бірақ толқындарға кірмеген.
}
waves-suppressed = 5-тен аз жылдық сандар «<5» деп көрсетіледі және салынбайды.
waves-too-many = Әр іске бір жолақ { $count } істен аспайтын іріктемелер үшін ғана салынады: әр істі көру үшін сүзгілерді тарылтыңыз.
waves-none = Бұл іріктеменің бірде-бір ісінде күні белгілі оқиға жоқ.
waves-note-hidden = жылына 5-тен аз: салынбаған
waves-note-peak = айына ең көбі { $peak }
waves-caption = Түрлері бойынша айлық оқиғалар (тек жылы белгілі күн оның он екі айына бөлінеді)
waves-numbers = Сандар (жылына оқиғалар)
waves-lanes-caption = Әр іс: оның оқиғалары күндері мүмкіндік беретін аралықпен салынған

## Босату мерзімі өтті
alerts-title = Босату мерзімі өтті
alerts-heading = Босату мерзімі өтті, содан бері тірі екені туралы дерек жоқ
alerts-lede = { $count ->
    [one] Бұл іріктеменің { $count } ісінде адам жазылған үкім бойынша { $date } дейін босатылуы тиіс еді, содан бері ештеңе — тірі екені туралы дерек, байланыс, босату не қаза — жазылмаған.
   *[other] Бұл іріктеменің { $count } ісінде адамдар жазылған үкім бойынша { $date } дейін босатылуы тиіс еді, содан бері ештеңе — тірі екені туралы дерек, байланыс, босату не қаза — жазылмаған.
}
alerts-lede-described = { $count ->
    [one] Бұл іріктеменің ({ $selection }) { $count } ісінде адам жазылған үкім бойынша { $date } дейін босатылуы тиіс еді, содан бері ештеңе — тірі екені туралы дерек, байланыс, босату не қаза — жазылмаған.
   *[other] Бұл іріктеменің ({ $selection }) { $count } ісінде адамдар жазылған үкім бойынша { $date } дейін босатылуы тиіс еді, содан бері ештеңе — тірі екені туралы дерек, байланыс, босату не қаза — жазылмаған.
}
alerts-method = Мерзім алғашқы ұстаудан, ол болмаса үкімнен есептеледі; толық емес күн аралық береді, іс оның әр күні өткенде ғана тізімге енеді.
alerts-last-news = { $kind }, { $date }
alerts-no-news = ештеңе жазылмаған
alerts-none = Бұл іріктемеде босату мерзімі хабарсыз өткен іс жоқ.
alerts-caption = Күтілген босату мерзімі өткен істер
alerts-col-person = Жоғалған адам
alerts-col-status = Мәртебе
alerts-col-sentence = Жаза мерзімі
alerts-col-expected = Күтілген босату
alerts-col-years = Өткен жылдар
alerts-col-last-news = Оған дейінгі соңғы хабар

## Экспорт: пішін
export-title = Экспорт
export-heading = Иесіздендірілген деректер жиынын немесе есепті экспорттау
export-forbidden = Экспортты зерттеушілер мен үйлестірушілер жасайды; сіздің тіркелгіңіз экспорт жасай алмайды.
export-all-cases = барлық істер
export-change-selection = Іріктемені өзгерту
export-selection-label = Іріктеме:{" "}
export-selection-end = {". "}
export-lede = Шифрланғанның ешбірі сыртқа шықпайды: есімдер, куәлік нөмірлері, байланыстар, мекенжайлар, баяндаулар, транскрипттер, куәгерлер, медиа және еркін мәтін жоқ. Жолдар әрқайсысы кемінде k ұқсас жолдың арасында жасырылғанша жалпыланады.
export-minimums-note = Бұл орнатудың әкімші белгілеген ең төменгі талаптары: { $minimums }.
export-minimums = ашық деректер жиындары: { $public }; зерттеушілерге арналған жиындар: { $researcher }; кестелердегі { $threshold }-тен аз сандар жасырылады
export-minimums-rows = k ≥ { $k }, l ≥ { $l }, ең көбі { $percent } % алынып тасталады
export-profile = Профиль
export-profile-public = Ашық деректер жиыны
export-profile-researcher = Зерттеушілерге арналған деректер жиыны
export-profile-aggregate = Жиынтық есеп
export-profile-public-describe = әр іске бір жол: жерлер аймақ деңгейінде немесе одан жоғары, күндер жылға дейін, туған жылдар 5 жылдық топтармен, кәсіптер сала бойынша
export-profile-researcher-describe = әр іске бір жол: жерлер аудан деңгейінде немесе одан жоғары, күндер айға дейін, туған жылдар, кәсіптер
export-profile-aggregate-describe = жолдар жоқ: сандар кестелері, шектен аз ұяшықтар (және оларды басқалардан есептеп шығаруға болатындар) жасырылған
export-format = Файл пішімі
export-format-csv = CSV (электрондық кестелер)
export-format-json = JSON (бағдарламалар)
export-k = k — ең кіші топ
export-k-hint = Шығарылған әр жол жері, туған жылы, жынысы, ұлты, кәсібі, күндері, айыптары мен жаза мерзімі бойынша кемінде k − 1 басқа жолмен сәйкес келеді (әдепкі 5).
export-l = l — топтағы мәртебелер
export-l-hint = Әр мұндай топта кемінде l түрлі мәртебе болады, сондықтан топқа кіру адамның басына не түскенін айтпайды (әдепкі 2).
export-max-suppressed = Алынып тасталуы мүмкін жолдар (%)
export-max-suppressed-hint = Ешбір жалпылау жасыра алмайтын сирек жолдар осы үлеске дейін алынып тасталады; одан асса, экспорт қабылданбайды (0–50, әдепкі 5).
export-threshold = Кестелерде көрсетілетін ең кіші сан
export-threshold-hint = Есеп кестелерінде кішірек сандар (және оларды есептеп шығаруға болатын ұяшықтар) «x» болып көрсетіледі (әдепкі 5).
export-stable-ids = Экспорттар арасында идентификаторларды тұрақты сақтау
export-stable-ids-hint = Тек алушы істерді бір экспорттан келесісіне дейін қадағалауы керек болса; манифест мұны айтады. Әйтпесе әр экспорт жаңа идентификаторлар алады және екі экспортты біріктіру мүмкін емес.
export-submit = Экспортты дайындау
export-error-whole = { $from }-ден { $to }-ге дейінгі бүтін сан жазыңыз.
export-error-percent = 0-ден { $most }-ге дейінгі пайыз жазыңыз.
export-error-percent-profile = 0-ден { $most }-ге дейінгі пайыз жазыңыз: бұл профиль одан көп алып тастамайды.
export-error-l-over-k = l k-дан ({ $k }) көп бола алмайды: { $k } жолдан тұратын топта ең көбі { $k } мәртебе болады.
export-error-profile = Профильді таңдаңыз: ашық, зерттеушілік немесе жиынтық.
export-error-format = CSV немесе JSON таңдаңыз.
export-error-threshold = { $from }-ден { $to }-ге дейінгі бүтін сан жазыңыз: одан кіші сандар жасырылады.

## Экспорт: жасалды, қабылданбады, жүктелді
export-refused-fields = Ештеңе экспортталмады: төменде белгіленген өрістерді түзетіңіз.
export-stable-ids-admin = Экспорттар арасында өзгермейтін идентификаторлар экспорттарды біріктіруге мүмкіндік береді: мұндай экспортты тек әкімші жасай алады. Әкімшіге жүгініңіз немесе белгіні алып тастаңыз.
export-refused-words = Ештеңе экспортталмады: сөздер бойынша іріктеме бір адамның ісін бөліп көрсетуі мүмкін, сондықтан оны тек әкімші экспорттай алады. Әкімшіге жүгініңіз немесе істерді басқа сүзгілермен таңдаңыз.
export-refused-stable-ids = Ештеңе экспортталмады: экспорттар арасында өзгермейтін идентификаторлар экспорттарды біріктіруге мүмкіндік береді, сондықтан мұндай экспортты тек әкімші жасай алады. Әкімшіге жүгініңіз немесе бірдей идентификаторлар белгісін алып тастаңыз.
export-refused-busy = Ештеңе экспортталмады: сіздің экспортыңыз әлі дайындалуда. Соны күтіп, қайта көріңіз.
export-refused-server-busy = Ештеңе экспортталмады: сервер басқа экспорттарды дайындап жатыр. Бір минуттан кейін қайта көріңіз.
export-refused-no-generalization = Ештеңе экспортталмады: бұл іріктеменің ешбір жалпылауы әр жолды қорғамайды.
export-refused-failed = Ештеңе экспортталмады: экспортты дайындау кезінде серверде ақау болды. Қайта көріңіз; тағы болса, әкімшіге хабарлаңыз.
export-gone = Бұл экспорт мұнда жоқ: экспорттар 30 минут сақталады және тек оны жасаған тіркелгі үшін. Оны экспорт бетінде қайта жасаңыз.
export-no-such-file = Бұл экспортта мұндай файл жоқ.
export-zip-failed = Мұрағатты жасау мүмкін болмады; файлдарды бір-бірлеп жүктеңіз.

## Экспорт: дайын
export-ready-title = Экспорт дайын
export-gone-title = Бұл экспорт жоқ
export-gone-body = Экспорттар 30 минут сақталады және тек оны жасаған тіркелгі үшін.
export-gone-again = Қайта жасау
export-ready-heading = Экспорт дайын: { $profile }
export-another = Басқа экспорт
export-ready-lede = Іріктеме: { $selection }. Мұнда тағы { $minutes ->
    [one] { $minutes } минут
   *[other] { $minutes } минут
} сақталады, тек сіз үшін; аудит журналы оны сіз жасағаныңызды тіркейді.
export-risk-report = Тәуекел есебі
export-cases-selected = Таңдалған істер
export-consent = Келісімге байланысты алынып тасталды
export-consent-value = { $count } (куәгер жариялауға келісім бермеген немесе оны кері қайтарған)
export-rows-exported = Экспортталған жолдар
export-rows-exported-value = { $selected } ішінен { $exported }
export-rows-left-out = Алынып тасталған жолдар
export-rows-left-out-value = { $count } ({ $share }%; ең көбі { $most }% рұқсат): олардың топтары k-дан кіші немесе l-ден аз алуан түрлі болды
export-k-achieved = Қол жеткізілген k
export-l-achieved = Қол жеткізілген l
export-achieved-value = { $achieved } (сұралғаны { $asked })
export-ids = Идентификаторлар
export-ids-stable = экспорттар арасында тұрақты
export-ids-fresh = жаңа: тек осы экспортқа тән
export-cells-suppressed = Жасырылған кесте ұяшықтары
export-cells-suppressed-value = { $count } ({ $threshold }-тен аз сандар және оларды есептеп шығаруға болатын ұяшықтар)
export-generalization = Қолданылған жалпылау
export-quasi-identifier = Квази-идентификатор
export-level = Деңгей
export-download = Жүктеу
export-download-all = Барлығын жүктеу (zip)
export-download-hint = Zip мұрағатында төмендегі барлық файлдар, manifest.json және оның қолтаңбасы manifest.sig бар; оны ашып, ештеңе өзгермегенін тексеру үшін бумада izde export verify іске қосыңыз.
export-open-report = Есепті ашу
export-report-file = report.html, басып шығаруға
export-file-size = { $size } кБ
export-preview-title = { $count ->
    [one] { $file } файлының алғашқы жолы
   *[other] { $file } файлының алғашқы { $count } жолы
}

## Квази-идентификаторлар және олардың деңгейлері (тәуекел есебі)
export-qi-place = жер
export-qi-birth-year = туған жылы
export-qi-gender = жынысы
export-qi-ethnicity = ұлты
export-qi-occupation = кәсібі
export-qi-disappeared = жоғалған
export-qi-detained = ұсталған
export-qi-charges = айыптар
export-qi-sentence = жаза мерзімі
export-level-as-recorded = жазылғандай
export-level-county = аудан
export-level-prefecture = аймақ
export-level-region = өңір
export-level-hidden = жасырылған
export-level-year = жыл
export-level-5-years = 5 жыл
export-level-10-years = 10 жыл
export-level-specific = нақты
export-level-grouped = топтастырылған
export-level-sector = сала
export-level-day = күн
export-level-month = ай
export-level-quarter = тоқсан
export-level-charged-or-not = айыпталған ба, жоқ па
export-level-range = аралық
export-level-under-over-10 = 10 жылдан аз не көп

## Ешбір экспортта болмайтын нәрселер
export-never-free-text = кез келген еркін мәтін: баяндаулар, түйіндемелер, транскрипттер, жазбалар, себептер, дереккөз атаулары
export-never-testifier = куәгердің кез келген белгісі немесе оның бар екені
export-never-names = есімдер, басқа жазылулары мен лақап аттары
export-never-id-numbers = куәлік нөмірлері
export-never-contacts = байланыстар
export-never-birth-dates = нақты туған күндер
export-never-addresses = мекенжайлар
export-never-media = жазбалар мен басқа медиа

## Экспорттың басылатын есебі
report-document-title = Izde экспорт есебі · { $profile }
report-title = Izde экспорт есебі
report-lede = { $profile } — { $description }. Экспортталған уақыты: { $when }; экспорттаған: { $by }.
report-by-command-line = пәрмен жолы
report-by-role = «{ $role }» рөліндегі тіркелгі
report-holds = Бұл экспортта не бар
report-selection = Іріктеме
report-rows = Жолдар
report-rows-value = таңдалған { $selected } істің { $exported }; { $suppressed } тым шағын немесе жеткіліксіз алуан түрлі топтарға түскендіктен алынып тасталды
report-k-anonymity = k-анонимдік
report-k-value = сұралғаны k = { $asked }, қол жеткізілгені { $achieved }: әр жол квази-идентификаторлары бойынша кемінде { $others } басқа жолмен сәйкес келеді
report-l-diversity = l-алуантүрлілік
report-l-value = сұралғаны l = { $asked }, қол жеткізілгені { $achieved }: әр мұндай топта кемінде { $achieved } түрлі мәртебе бар
report-ids-stable = тұрақты: бұл орнатудың тұрақты идентификаторлы әр экспортында бір істің идентификаторы бірдей
report-ids-fresh = жаңа: тек осы экспортқа арналған кілтпен жасалған, сондықтан жолдарды басқа экспортпен сәйкестендіру мүмкін емес
report-small-cells = Шағын ұяшықтар
report-small-cells-value = төмендегі кестелерде 1-ден { $most }-ге дейінгі сандар жасырылған, сондай-ақ оларды есептеп шығаруға болатын ұяшықтар да: { $count } мән «x» болып көрсетілген
report-data-file = Деректер файлы
report-data = деректер
report-installation = Орнату
report-signing-key = Қолтаңба кілті
report-manifest-hint = manifest.json бұл экспорттың әр файлын SHA-256 хэшімен тізімдейді және жоғарыдағы орнату кілтімен қол қойылған (manifest.sig). Тексеру: izde export verify DIR.
report-figures = Диаграммалар
report-figures-rows = Экспортталған жолдар бойынша, экспортталған егжей-тегжей деңгейінде есептелген.
report-figures-cases = Таңдалған барлық істер бойынша жоғарыдағы деңгейлерде есептелген.
report-tables = Кестелер
report-method = Әдіс
report-method-ladders = Квази-идентификаторлар — жеке-жеке зиянсыз, бірақ бірге адамды бөліп көрсете алатын мәліметтер: жер, туған жылы, жынысы, ұлты, кәсібі, жоғалған және ұсталған күндері. Әрқайсысы баспалдақпен көтеріледі: ауыл → аудан → аймақ → ШҰАР; күн → ай → тоқсан → жыл; туған жыл → 5 жылдық → 10 жылдық топ; кәсіп → сала; ұлт → топ; әр баспалдақтың басында — жасырылған («*»). Профиль әрқайсысының ең төменгі сатысын белгілейді.
report-method-groups = Деректер жиыны үшін сатылардың әр үйлесімі жоғалған мәлімет ретімен сыналады. Жалпыланған квази-идентификаторлары бірдей жолдар топ құрайды; k-дан аз жолы немесе l-ден аз түрлі мәртебесі бар топ алынып тасталады. Рұқсат етілген үлестен артық жол алып тастамайтын алғашқы үйлесім қолданылады, сондықтан шығарылған әр топта кемінде k жол және l мәртебе бар.
report-method-cells = Кестелерде 1-ден шектен бір кем санға дейінгі сан «x»-пен ауыстырылады — деректер жиынының есебінде де, есепті жеке басып шығарып, беруге болатындай. Мұндай санды қорытындылардан есептеп шығаруға болмас үшін басқа сандар да жасырылады: қорытындысы бар әр жол мен бағанда ешқашан дәл бір «x» болмайды (ең кіші басқа сан да жасырылады), қажет жерде одан да көп — әр жасырын сан жарияланғанның ешбірін өзгертпей өзгере алатындай болғанша. Қай себеппен жасырылса да, сан бірдей көрінеді. Бұл кесте ішінде дәл қалпына келтіруді тоқтатады; оқырман жасырын санды әлі де аралыққа дейін тарылта алады, ал кестелер бір-бірінен немесе бұрынғы есептерден қорғалмаған.
report-never-exported = Ешбір профильде ешқашан экспортталмайды:
report-verification = Тексеру бағаны — Izde-нің бүкіл іске берген деңгейі: хабарланған (бір дереккөз), расталған (екі тәуелсіз дереккөз), бекітілген (ресми мәлімдеме, сот немесе жария болған құжат).
report-total = Барлығы
report-no-column-totals = Мұнда бағандардың қорытындысы жоқ: бір іс бірнеше жолда есептелуі мүмкін.
report-unit-cases = Істер
report-chart-status = Мәртебе бойынша істер
report-chart-prefecture = Аймақ бойынша істер
report-chart-disappearances = Жыл сайынғы жоғалулар
report-chart-detentions = Жыл сайынғы алғашқы ұстаулар
report-chart-sentences = Айып бойынша жаза мерзімдері
report-table-place-status = Аймақ пен мәртебе бойынша істер
report-table-prefecture = Аймақ
report-table-years = Алғашқы жоғалу және алғашқы ұстау, жылдар бойынша
report-table-event = Оқиға
report-table-disappearance = Жоғалу
report-table-detention = Ұстау немесе лагерь
report-table-charge-sentence = Айып бойынша ең ұзақ жаза мерзімі
report-table-charge = Айып
report-table-people = Этникалық топ пен жыныс бойынша істер
report-table-ethnic-group = Этникалық топ
report-no-year = белгісіз немесе бірнеше жылды қамтиды
report-none-recorded = жазылмаған
report-unknown = белгісіз немесе жасырылған
report-sentence-lt5 = 5 жылдан аз
report-sentence-5-10 = 5 жылдан 10 жылға дейін
report-sentence-10-20 = 10 жылдан 20 жылға дейін
report-sentence-20plus = 20 жыл және одан көп
report-sentence-life = өмір бойы
report-group-turkic = түркі халықтары
report-group-other-minority = басқа азшылықтар
report-group-han = хань
report-group-other = басқалар

# The case list's filters, described in words (statistics, timeline, alerts, export).
facet-status = Мәртебе
facet-prefecture = Аймақ (соңғы белгілі)
facet-place = Аудан немесе елді мекен
facet-charge = Айып
facet-year = Жоғалған жылы
facet-detained = Ұсталған жылы
facet-sentence = Ең ұзақ жаза
facet-ethnicity = Ұлты
facet-gender = Жынысы
facet-verification = Тексеру
facet-source-type = Дереккөз түрі
facet-words = Сөздер
filter-described = { $filter }: { $value }
filter-separator = ;{" "}
filter-words-value = «{ $words }»
sort-updated = соңғы өзгеріс
sort-disappeared = жоғалған жылы
sort-sentence = жаза мерзімі
sentence-range-under-5 = 5 жылдан аз
sentence-range-5-10 = 5 жылдан 10 жылға дейін
sentence-range-10-20 = 10 жылдан 20 жылға дейін
sentence-range-20-plus = 20 жыл және одан көп
sentence-range-life = өмір бойы
