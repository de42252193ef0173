## The public register (issue 22): the static website `izde publish` builds, and the admin pages
## that review it. The site's words are read by the public: journalists, diplomats, families.

nav-register = Жария тізілім
access-refused-publish-register = Сіздің тіркелгіңіз ({ $role }) жария тізілімді қарап шыға да, жариялай да алмайды: мұны әкімшілер істейді.

register-site-name = Izde — Шыңжаңда хабар-ошарсыз кеткен адамдардың тізілімі
register-footer = Izde жүйесін жүргізетін ұйым жариялайды; жазбалар отбасылары жариялауға келісім берген куәліктерге негізделген. Әр жазбадағы тұжырымдардың дереккөздері мен тексеру деңгейі көрсетілген.
register-nav-entries = Барлық жазбалар
register-nav-browse = Шолу
register-nav-stats = Статистика
register-nav-about = Бұл тізілім қалай жасалады
register-intro = { $count ->
    [one] Отбасы ісін жариялауға келісім берген { $count } адам.
   *[other] Отбасылары істерін жариялауға келісім берген { $count } адам.
}
register-search-label = Тізілімнен іздеу
register-search-placeholder = Кез келген жазудағы есім, жер, айып, жыл, жазба нөмірі
register-search-button = Іздеу
# %n is replaced by the number of entries found (not a Fluent variable: the page's script fills it in).
register-search-found = Табылған жазбалар: %n
register-search-none = Барлық сөз кездесетін жазба табылмады.
register-col-entry = Жазба
register-col-status = Мәртебе
register-col-prefecture = Аймақ
register-col-detained = Ұсталған жылы
register-col-claim = Жазбада не айтылған
register-col-level = Тексеру
register-col-supported = Растайтын дереккөздер
register-col-disputed = Қарсы дереккөздер
register-entry-anonymized-title = Жазба { $id }
register-entry-anonymized = Отбасының өтініші бойынша аты-жөні жасырылып жарияланды
register-entry-named = Отбасының келісімімен аты-жөнімен жарияланды
register-names = Аты-жөні басқа жазуларда
register-verification = Тексеру: { $level }
register-clock = Босатылу мерзімі
register-clock-expected = Күтілетін босатылу: { $when }
register-clock-passed = Күтілетін босатылу: { $when } — мерзімі өтті
register-clock-alert = Күтілетін босатылу: { $when } — мерзімі өтті, содан бері адам туралы ешқандай хабар жоқ
register-detentions = Ұстау, айыптар және үкім
register-timeline = Хронология
register-claims = Тұжырымдар және олардың дәлелдері
register-sources = Дереккөздер
register-no-sources = Әзірге жария дереккөз жазылмаған.
register-claim-unpublished = { $count ->
    [one] және құпия сақталған { $count } куәлік
   *[other] және құпия сақталған { $count } куәлік
}
register-undated = Күні белгісіз
register-by-status = Мәртебе бойынша
register-by-prefecture = Аймақ бойынша
register-by-charge = Айып бойынша
register-by-year = Ұсталған жылы бойынша
register-group-count = { $count ->
    [one] { $count } жазба.
   *[other] { $count } жазба.
}
register-stats-lede = Мұнда тек осы тізілімдегі жазбалар саналған: бұл тіркелген барлық істердің де, барлық ұсталғандардың да саны емес.
register-chart-unit = Жазбалар
register-about-consent = Әр жазба куәлік берген туыстардың келісімімен жарияланады. Олар аты-жөнін көрсетуге келіссе, жазбада адамның аты-жөні ол жазылатын әр жазуда беріледі; тек аты-жөнін жасырып жариялауға келіссе, оның орнына нөмірленген жазба көрсетіледі. Отбасы келісімін қайтарып алған бойда жазба алынып тасталады.
register-about-anonymized = Аты-жөні жасырылған жазбада жер аймаққа дейін, күндер жылға дейін, туған жылы бес жылдық аралыққа дейін ғана көрсетіледі, ал мекеме атаулары, соттар, кәсіптер мен дереккөз атаулары берілмейді — жазба арқылы отбасын анықтау мүмкін болмауы үшін.
register-about-levels = Әр тұжырымның тексеру деңгейі көрсетіледі: хабарланған (бір дереккөз), расталған (тәуелсіз дереккөздер бір-біріне сәйкес келеді) немесе құжатпен расталған (құжаттармен салыстырылып тексерілген). Куәліктер тұжырымдарды растайды, бірақ ешқашан жарияланбайды: ашық айтқан туыстарға қауіп төнеді.
register-about-manifest = Тізілім — қарапайым файлдар жиынтығы. Оның manifest.json файлында әр файл SHA-256 хэшімен тізімделген және оған ұйымның жария етілген Ed25519 кілтімен қол қойылған (manifest.sig): тізілімді өз серверіне орналастырған немесе оның көшірмесін жасаған кез келген адам ештеңе өзгертілмегенін тексере алады.
register-fact-sex = Жынысы
register-fact-born = Туған жылы
register-fact-ethnicity = Ұлты
register-fact-residency = Азаматтығы және шетелдегі тұрғылықты жері
register-fact-occupation = Кәсібі
register-fact-last-contact = Соңғы байланыс
register-fact-last-place = Соңғы белгілі орны
register-detention-facility = Мекеме түрі
register-detention-name = Мекеме
register-detention-place = Орны
register-detention-forces = Ұстаған
register-detention-warrant = Ордер
register-detention-act = Не үшін айыпталады
register-detention-charge = Айып
register-detention-court = Сот
register-detention-convicted = Үкім шыққан күні
register-detention-sentence = Жаза мерзімі
register-archive-kept = Мұрағатталды: { $date }
register-archive-changed = Мұрағатталды: { $date }; содан бері бет өзгерді
register-archive-gone = Мұрағатталды: { $date }; содан бері бет алынып тасталды
register-no-consent = Бұл істі жариялауға болмайды: куәгерлердің бәрі бірдей жариялауға келісім бермеген.

register-admin-title = Жария тізілім
register-admin-lede = Тізілім — отбасылары жариялауға келісім берген істерден тұратын статикалық сайт. Ол басқа жерде орналастырылатын файлдар түрінде жасалады, сондықтан жұртшылық бұл серверге ешқашан кірмейді. Әр істі алғаш жарияламас бұрын әкімші қарап шығады.
register-admin-publication = Жариялау
register-admin-last = Соңғы жариялау: { $when }, жариялаған: { $by }, жазбалар саны: { $count }.
register-admin-changes = Алдыңғы жариялаудан бері: { $added } қосылды, { $changed } өзгерді, { $removed } алынды, { $unchanged } өзгеріссіз.
register-admin-added = Қосылды:
register-admin-changed = Өзгерді:
register-admin-removed = Алынды (келісім қайтарылды не іс жойылды):
register-admin-never = Тізілім әлі жарияланған жоқ.
register-admin-counts = Мақұлданғаны: { $approved }, қарауды күтіп тұрғаны: { $waiting }.
register-admin-command = Серверде { $command } командасы тізілімді бумаға жазады (сол бумаға қайта жариялау оны жаңартады); мұнда ол ZIP мұрағаты ретінде жүктеледі. Қай жолмен болса да, жариялауға қол қойылады және ол аудит журналына жазылады.
register-admin-download = Тізілімді жариялап, жүктеп алу (ZIP)
register-admin-candidates = Отбасылары келісім берген істер
register-admin-case = Іс
register-admin-consent = Келісім
register-admin-standing = Қарау
register-admin-named = Аты-жөнімен
register-admin-anonymized = Аты-жөні жасырылған
register-admin-approved = Мақұлданды, жазба { $id }
register-admin-awaiting = Қарауды күтуде
register-admin-review = Қарау
register-admin-preview = Алдын ала қарау

register-review-title = Жариялауға дайын ба?
register-review-lede = { $case }: отбасылар жариялауға келісім берген ({ $consent }). Izde ішінде қалатын мәліметті тізілім көрсететін мәліметпен салыстырыңыз.
register-review-private = Izde ішінде қалады
register-review-private-hint = Тізілімге ешқашан шықпайды: куәгерлер, куәліктер, ескертпелер, құжат нөмірлері, мекенжайлар және нақты күндер.
register-review-public = Жария болады
register-review-public-hint = Жазба өз бетінде қалай көрінсе, дәл солай.
register-review-confirm = Жария жазбада отбасына қауіп төндіруі мүмкін ештеңе жоқ екенін тексердім.
register-review-approve = Жариялауға мақұлдау
register-review-approved = Мақұлданды, жазба { $id }; мақұлдаған: { $by }, { $when }.
register-review-command-line = командалық жол
register-review-no-id = (нөмір мақұлдағанда беріледі)
register-review-back = Тізілімге оралу

register-private-name = Толық аты-жөні
register-private-other-names = Басқа жазылулары
register-private-aliases = Лақап аттары
register-private-id-numbers = Құжат нөмірлері
register-private-birth-date = Туған күні
register-private-address = Мекенжайы
register-private-place-note = Орын туралы ескертпе
register-private-narrative = Оның тарихы
register-private-testifier = Куәгер
register-private-testimonies = Куәліктер
register-private-source = Жарияланбаған дереккөз
register-private-evidence = Дәлел файлдары
