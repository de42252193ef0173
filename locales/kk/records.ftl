# The forms of a case's records: detentions, timeline events, sources, removals, erasure.

detention-page-title = Ұстау және үкім
detention-correct = Ұстау туралы мәліметті түзету
detention-add = Ұстау туралы мәлімет қосу
detention-save = Ұстауды сақтау
detention-not-encrypted = Бұл өрістер шифрланбайды (зерттеушілер олар бойынша іздейді): адамдардың аты-жөнін жазбаңыз. Адамның ұсталған күні — хронологиядағы оқиға.
detention-held-in = Қайда ұсталып отыр
detention-not-known = Белгісіз
detention-facility-name = Лагерьдің, тергеу изоляторының немесе түрменің атауы
detention-where = Орны
detention-unknown = Белгісіз
detention-alleged-act = Оған не жасады деп айып тағылады
detention-alleged-act-hint = Әрекеттің өзі, мысалы «2012 жылғы форумдағы жазба» — заңдық айыптан бөлек.
detention-legal-charge = Заңдық айып
detention-none-known = Белгісіз
detention-sentence = Жаза мерзімі
detention-sentence-hint = мысалы: 10 жыл, 7 жыл 6 ай, өмір бойы
detention-court = Сот
detention-conviction-date = Үкім шыққан күн
detention-learned-date = Отбасы бұл туралы қашан білді
detention-learned-how = Отбасы бұл туралы қалай білді
detention-confirmed-by = Кім растады (мекеме немесе лауазым)
detention-confirmed-by-hint = мысалы: ҚХР-дың Астанадағы елшілігі. Жеке адамның аты-жөні емес.

event-page-title = Хронологиядағы оқиға
event-edit = Оқиғаны өзгерту
event-add = Оқиға қосу
event-save = Оқиғаны сақтау
event-kind = Не болды
event-date = Қашан болды
event-reported = Қашан хабарланды
event-reported-hint = Отбасы немесе дереккөз бұл туралы айтқан күн — бұл басқа нәрсе.
event-where = Орны
event-unknown = Белгісіз
event-summary = Не болды, қысқаша
event-sources = Мына дереккөздер растайды
event-no-sources = Бұл істе әзірге дереккөз жоқ: іс бетінен дереккөз қосып, содан кейін оны осында байланыстырыңыз.

source-page-title = Дереккөз
source-retracted-title = Бұл дереккөз кері қайтарылды
source-retracted-body = Ол кері қайтарылған кездегі күйінде істе қалады және ештеңені дәлелдемейді. Егер мәліметтің басқа дәлелі болса, оны жаңа дереккөз ретінде қосыңыз.
source-back-to-case = Іске оралу
source-correct = Дереккөзді түзету
source-add = Дереккөз қосу
source-save = Дереккөзді сақтау
source-events = Бұл дереккөз растайтын оқиғалар
source-no-events = Бұл істе әзірге оқиға жоқ.

removal-page-title = Істен алып тастау
removal-undated = күні жоқ
removal-event = Оқиғаны алып тастау
removal-testimony = Айғақты алып тастау
removal-detention = Ұстау туралы мәліметті алып тастау
removal-source = Дереккөзді кері қайтару
removal-retract = Кері қайтару
removal-to-be-retracted = Кері қайтарылатыны:
removal-retract-hint = Кері қайтарылған дереккөз істе сіздің себебіңізбен бірге кері қайтарылды деген белгімен қалады және енді ешбір мәліметке дәлел болмайды. Оның орнына ондағы қатені түзету керек болса, артқа оралып, оны түзетіңіз.
removal-retract-reason = Неге кері қайтарылады?
removal-retract-reason-hint = мысалы: «құжат жалған», «хабарда оны аттасымен шатастырған».
removal-remove = Алып тастау
removal-to-be-removed = Алып тасталатыны:
removal-remove-hint = Істің тарихы оны бұрынғы күйінде, сіздің себебіңізбен бірге, істегі аты-жөндерді оқи алатындар үшін сақтайды. Оның орнына өзгерту керек болса, артқа оралып, түзетіңіз.
removal-remove-reason = Неге алып тасталады?
removal-remove-reason-hint = мысалы: «екі рет енгізілген», «отбасы түзетті: ол бұл лагерьде ешқашан болмаған».

erasure-page-title = Істі өшіру
erasure-heading = Өшіру
erasure-submit = Істі өшіру
erasure-what = Өшіру істі және онда жазылғанның бәрін — профильді, айғақтар мен транскрипцияларды, ұстауларды, оқиғаларды, дереккөздерді, тарихын — жояды және оның дерек кілтін құртады. Басқа ешбір іс бойынша айғақ бермейтін куәгерлер де бірге өшіріледі. Тек істің идентификаторы, күні, сіздің есептік жазбаңыз, төмендегі себеп және аудит журналындағы жазба сақталады.
erasure-backups = Бүгінге дейін жасалған сақтық көшірмелерде іс әлі бар, ол сервердің қазіргі кілті ашатын кілтпен сақталған: оларды сақтау мерзіміңізден (README-ді қараңыз) ұзақ сақтамаңыз, ал егер біреуін қалпына келтірсеңіз, бұл істі қайта өшіріңіз.
erasure-reason = Іс неге өшіріледі?
erasure-reason-hint = мысалы: «отбасы 3 желтоқсанда үйлестірушіге телефон арқылы сұрады».
erasure-confirm = Өшірілген істі қайтару мүмкін емес екенін түсінемін

record-case-recorded = Іс жазылды.
