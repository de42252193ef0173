# Кіру, тіркелгі беті, әкімші беттері (ашу сұраулары, тіркелгілер, аудит журналы, орындар, қайталанулар, біріктіру).

## Ортақ
account-loading = Жүктелуде…
account-save = Сақтау

## Кіру
login-title = Кіру
login-heading = Izde жүйесіне кіру
login-username = Пайдаланушы аты
login-password = Құпиясөз
login-submit = Кіру
login-hint = Тіркелгілерді әкімші жасайды. Сеанс 30 минут әрекетсіз тұрғанда және кіргеннен кейін 12 сағаттан соң аяқталады.
login-code-title = Кіру: код
login-code-heading = Екі сатылы растау
login-code-intro = { $username } үшін құпиясөз қабылданды. Аутентификатор қолданбасы Izde үшін көрсететін 6 таңбалы кодты енгізіңіз.
login-code-label = Код
login-code-verify = Растау
login-code-restart = Қайта бастау
login-unavailable = Izde қазір сізді кіргізе алмады. Біраздан соң қайталап көріңіз.
login-challenge-over = Бұл кіру тым ұзақ күтті немесе қате кодтар тым көп болды: пайдаланушы аты мен құпиясөзді қайта енгізіңіз.
login-code-wrong = Бұл код дұрыс емес: аутентификатор қолданбасы қазір көрсетіп тұрған 6 цифрды енгізіңіз.
login-wrong = Пайдаланушы аты немесе құпиясөз дұрыс емес.
login-throttled = { $minutes ->
    [one] Бұл тіркелгіден немесе бұл мекенжайдан сәтсіз кіру әрекеттері тым көп. { $minutes } минуттан кейін қайталап көріңіз.
   *[other] Бұл тіркелгіден немесе бұл мекенжайдан сәтсіз кіру әрекеттері тым көп. { $minutes } минуттан кейін қайталап көріңіз.
}
login-busy = Izde басқа кірулерді тексерумен бос емес. Біраз күтіп, қайта кіріңіз.
login-first = Алдымен кіріңіз.
login-cross-origin = Бұл сұрау Izde-нің өз беттерінен келмегендіктен қабылданбады. Izde-ні ашып, сол жерден қайталап көріңіз.
login-database-unavailable = Izde қазір дерекқорына қосыла алмай тұр. Біраздан соң қайталап көріңіз.
login-enrol-first = Алдымен тіркелгі бетіңізде екі сатылы растауды қосыңыз: баптаулар әкімшілерден соны талап етеді.
login-session-needed = Алдымен Izde жүйесіне кіріңіз: сеансыңыз аяқталды немесе сіз кірмегенсіз.

## Ашу сұраулары
admin-reveals-title = Ашу сұраулары
admin-reveals-hint = Зерттеуші әр істі бүркеншік атымен көреді. Рұқсат берілсе, ол осы бір істің аттарын, байланыс деректерін және куәліктерін 7 күн бойы оқи алады (бірақ өзгерте алмайды). Әр сұрау мен әр шешім аудит журналында сақталады.
admin-reveals-empty = Күтіп тұрған сұрау жоқ.
admin-reveals-asked = Сұраған: { $username }, { $when } UTC
admin-reveals-grant = 7 күнге рұқсат беру
admin-reveals-decline = Бас тарту
admin-reveals-decided = Бұл сұрау бойынша басқа әкімші шешім қабылдап қойған.

## Тіркелгілер
admin-accounts-title = Тіркелгілер
admin-accounts-username = Пайдаланушы аты
admin-accounts-role = Рөлі
admin-accounts-status = Күйі
admin-accounts-sessions = Сеанстар
admin-accounts-since = Құрылған
admin-accounts-change = Өзгерту
admin-accounts-disabled = өшірілген
admin-accounts-active = белсенді
admin-accounts-role-of = { $username } рөлі
admin-accounts-disabled-check = өшірілген
admin-accounts-change-hint = Рөлді өзгерту немесе тіркелгіні өшіру оның сеанстарын бірден аяқтайды.
admin-settings-title = Баптаулар
admin-settings-auto-grant = Зерттеушілердің ашу сұрауларына әкімшіні күтпей рұқсат беру (әрқайсысы бәрібір журналға жазылады)
admin-settings-totp-required = Әкімшілер екі сатылы растауды қолдануы міндетті (онсыз әкімші оны қосқанға дейін тек баптай алады)
admin-settings-save = Баптауларды сақтау
admin-new-account-title = Жаңа тіркелгі
admin-new-account-username-hint = 3-тен 64-ке дейін әріп, цифр, нүкте, астын сызу немесе дефис.
admin-new-account-password = Алғашқы құпиясөз
admin-new-account-password-hint = Кемінде 12 таңба. Оны адамның өзіне қолма-қол беріңіз; ол оны тіркелгі бетінде өзгертеді.
admin-new-account-submit = Тіркелгі жасау
admin-role-invalid = әкімшіні, еріктіні немесе зерттеушіні таңдаңыз
admin-role-choose = рөлді таңдаңыз
admin-password-short = { $count ->
    [one] құпиясөзде кемінде { $count } таңба болуы керек
   *[other] құпиясөзде кемінде { $count } таңба болуы керек
}
admin-username-taken = бұл пайдаланушы аты бос емес
admin-self-lockout = Өзіңіздің әкімші рөліңізді алып тастай немесе өз тіркелгіңізді өшіре алмайсыз: басқа әкімшіден сұраңыз.
admin-last-admin = Бұл соңғы белсенді әкімші тіркелгісі: алдымен басқа әкімші тағайындаңыз.
account-username-length = пайдаланушы атында 3-тен 64-ке дейін таңба болады
account-username-characters = пайдаланушы атында тек әріптер, цифрлар, нүктелер, астын сызулар және дефистер болады

## Экспорттың ең төменгі талаптары
admin-minimums-title = Экспорттың ең төменгі талаптары
admin-minimums-now = Бұл сайттағы да, командалық жолдағы да ешбір экспорт бұлардан төмен түсе алмайды. Қазір: ашық деректер жиынтықтары k ≥ { $public_k }, l ≥ { $public_l }, ең көбі { $public_percent } % алынып тасталады; зерттеуші деректер жиынтықтары k ≥ { $researcher_k }, l ≥ { $researcher_l }, ең көбі { $researcher_percent } % алынып тасталады; кестелерде { $threshold }-ден кіші сандар жасырылады.
admin-minimums-public = Ашық деректер жиынтықтары (ашық жарияланады)
admin-minimums-least-k = Ең кіші k
admin-minimums-least-l = Ең кіші l
admin-minimums-suppressed = Алынып тасталатын жолдардың ең көп үлесі (%)
admin-minimums-public-k-hint = Жарияланған әр жол орны, туған жылы, жынысы, ұлты, кәсібі, күндері, айыптары мен үкімі бойынша кемінде k − 1 басқа жолмен бірдей болады (әдепкісі 5).
admin-minimums-public-l-hint = Әр осындай топтағы әртүрлі мәртебелер саны (әдепкісі 2).
admin-minimums-public-suppressed-hint = 0–50 (әдепкісі 5).
admin-minimums-researcher = Зерттеуші деректер жиынтықтары (келісім бойынша беріледі)
admin-minimums-researcher-k-hint = Әдепкісі 3.
admin-minimums-researcher-l-hint = Әдепкісі 1.
admin-minimums-researcher-suppressed-hint = 0–50 (әдепкісі 10).
admin-minimums-threshold = Кестелерде көрсетілетін ең кіші сан
admin-minimums-threshold-hint = Барлық есеп кестелеріндегі одан кіші сандар «x» болып көрсетіледі (әдепкісі 5).
admin-minimums-save = Экспорттың ең төменгі талаптарын сақтау

## Дәлелдер баптаулары
admin-evidence-title = Дәлел файлдары және мұрағатталған беттер
admin-evidence-max-file = Ең үлкен файл (МБ)
admin-evidence-max-file-hint = Одан үлкен жүктеме қабылданбайды және одан ештеңе сақталмайды (әдепкісі 2148 МБ: 2 ГиБ).
admin-evidence-hosts = Мұрағаттаушы жеке желіде қол жеткізе алатын хосттар
admin-evidence-hosts-hint = Әдетте бос. Izde жеке, кері тұйықталған (өзіне қайтатын) немесе тек жергілікті желідегі мекенжайға, егер оның хосты осында (үтірмен бөлініп) көрсетілмесе, ешқашан жүгінбейді; мысалы, ішкі мұрағат сервері.

## Сіздің тіркелгіңіз
account-title = Сіздің тіркелгіңіз
account-logged-in-as = { $username } ретінде кірдіңіз ({ $role }).
account-password-changed = Құпиясөзіңіз өзгертілді. Тіркелгіңіздің басқа барлық сеанстары аяқталды.
account-password-heading = Құпиясөзді өзгерту
account-password-current = Қазіргі құпиясөз
account-password-new = Жаңа құпиясөз
account-password-new-hint = Кемінде 12 таңба.
account-password-confirm = Жаңа құпиясөз қайтадан
account-password-submit = Құпиясөзді өзгерту
account-password-throttled = { $minutes ->
    [one] қазіргі құпиясөзді енгізу әрекеттері тым көп: { $minutes } минуттан кейін қайталап көріңіз
   *[other] қазіргі құпиясөзді енгізу әрекеттері тым көп: { $minutes } минуттан кейін қайталап көріңіз
}
account-password-differ = екі жаңа құпиясөз сәйкес емес
account-password-not-current = бұл сіздің қазіргі құпиясөзіңіз емес

## Екі сатылы растау
account-two-step-title = Екі сатылы растау
account-two-step-demanded = Баптаулар әкімшілерден екі сатылы растауды талап етеді: басқа ештеңе істемес бұрын оны осында баптаңыз.
account-two-step-code-hint = Аутентификатор қолданбасы қазір Izde үшін көрсетіп тұрған 6 цифр.
account-two-step-on = Қосулы: кіру кезінде аутентификатор қолданбасынан код сұралады.
account-two-step-code-off = Өшіру үшін код
account-two-step-turn-off = Өшіру
account-two-step-scan = Мұны аутентификатор қолданбасымен (Aegis, FreeOTP, Google Authenticator…) сканерлеңіз немесе кілтті оған енгізіңіз. Содан кейін ол көрсеткен кодты енгізіңіз.
account-two-step-key = Кілт:
account-two-step-code-app = Қолданбадағы код
account-two-step-turn-on = Қосу
account-two-step-off = Өшірулі. Қосулы болса, ұрланған құпиясөздің өзі тіркелгіңізді аша алмайды.
account-two-step-set-up = Екі сатылы растауды баптау
account-two-step-bad-code = бұл код дұрыс емес: қолданба қазір көрсетіп тұрған 6 цифрды енгізіңіз
account-two-step-already-on = Тіркелгіңізде екі сатылы растау қосулы тұр.
account-two-step-admins-keep = Әкімшілер екі сатылы растауды қосулы ұстауы керек: жүйенің баптаулары соны талап етеді.

## Аудит журналы
admin-audit-title = Аудит журналы
admin-audit-hint = Әр өзгеріс, аттар мен басқа да құпия өрістердің әр оқылуы, әр ашу, кіру және экспорт — ретімен. Жазбаларда идентификаторлар мен шифрланған мәндердің хештері ғана сақталады, мәндердің өзі ешқашан сақталмайды. Әр жазбада алдыңғысының хеші болады, сондықтан дерекқорда өзгертілген немесе жойылған жазба тізбекті сол жерден бастап үзеді.
admin-audit-chain-intact = { $count ->
    [one] Тізбек бүтін: жаңа ғана { $count } жазба тексерілді. Басы
   *[other] Тізбек бүтін: жаңа ғана { $count } жазба тексерілді. Басы
}
admin-audit-chain-broken = Тізбек { $seq }-жазбада ҮЗІЛГЕН:
admin-audit-chain-broken-advice = . Сол жерден бастап жазбаларға сенуге болмайды: сақтық көшірмемен салыстырып, тексеріңіз.
admin-audit-matches = { $count ->
    [one] { $count } жазба сәйкес келеді.
   *[other] { $count } жазба сәйкес келеді.
}
admin-audit-when = Қашан (UTC)
admin-audit-who = Кім
admin-audit-action = Әрекет
admin-audit-record = Жазба
admin-audit-change = Бұрын → кейін
admin-audit-cases = { $count ->
    [one] { $count } іс
   *[other] { $count } іс
}
admin-audit-record-case = іс { $id }
admin-audit-record-testifier = куәгер { $id }
admin-audit-record-event = оқиға { $id }
admin-audit-record-source = дереккөз { $id }
admin-audit-record-detention = ұстау { $id }
admin-audit-record-testimony = куәлік { $id }
admin-audit-record-user = пайдаланушы { $id }
admin-audit-record-reveal = ашу { $id }
admin-audit-record-export = экспорт { $id }
admin-audit-record-place = орын { $id }
admin-audit-record-evidence = дәлел { $id }
admin-audit-deleted-account = жойылған тіркелгі
admin-audit-pages = Беттер
admin-audit-newer = ← Жаңарақ
admin-audit-older = Ескірек →
admin-audit-filter-label = Аудит журналын сүзу
admin-audit-filter-who = Кім (пайдаланушы аты)
admin-audit-filter-any = Кез келген
admin-audit-filter-record = Жазба идентификаторы
admin-audit-filter-from = Бастап (ЖЖЖЖ-АА-КК)
admin-audit-filter-to = Дейін (ЖЖЖЖ-АА-КК)
admin-audit-filter = Сүзу
admin-audit-clear = Тазарту

## Орындар
places-title = Орындар
places-hint = Жер атаулары тізімінде Шыңжаңның аймақтары мен аудандары (және шетелдегі орындар) бар. Куәлікте аталған ауылдық округті немесе ауылды осында, өз ауданының астына, әр жазудағы атауларымен қосуға болады. Сонда еріктілер оны орын таңдайтын әр тізімнен табады. Орын қосу аудит журналында сақталады; істер сілтеме жасауы мүмкін болғаннан кейін орынды жоюға болмайды.
places-village = Ауыл
places-township = Ауылдық округ
places-add-title = Ауылдық округ немесе ауыл қосу
places-parent = Қайда
places-parent-hint = Оның ауданы (ауылды бұрын қосылған ауылдық округтің астына да қосуға болады).
places-level = Орын түрі
places-name-en = Латын әрпімен атауы
places-name-en-hint = Құқық қорғаушылар жазатындай, мысалы Qaraqara.
places-name-kk = Қазақша атауы (кирилл)
places-name-ug = Ұйғырша атауы (араб жазуы)
places-name-zh = Қытайша атауы
places-name-zh-hint = Ресми атауы, жеке куәлікте немесе үкімде жазылғандай, белгілі болса.
places-add = Орын қосу
places-added-title = Қосылған орындар
places-empty = Әзірге бірде-бір орын қосылмаған.
places-place = Орын
places-kind = Түрі
places-kazakh = Қазақша
places-uyghur = Ұйғырша
places-chinese = Қытайша
places-added = Қосылған
places-kind-village = ауыл
places-kind-township = ауылдық округ
places-added-by = { $when }, қосқан: { $username }

## Қайталанулар
dup-title = Ықтимал қайталанулар
dup-lede = Біреуі сақталған кезде аттар индексі ұқсас деп тапқан істер — басқаша жазылған не басқа жазудағы бір ат, немесе бірдей жеке куәлік нөмірі. Шешім қабылдамас бұрын екеуін де ашып (әрқайсысын жаңа қойындыда), салыстырыңыз. Бұл бетті ашу ондағы әр істі оқу болып саналады және аудитке жазылады.
dup-empty = Шешім күтіп тұрған жұп жоқ.
dup-found-intake = Қабылдау кезінде табылды, { $when } UTC
dup-found-intake-by = Қабылдау кезінде табылды, { $when } UTC, сақтаған: { $username }
dup-found-edit = Іс өңделген кезде табылды, { $when } UTC
dup-found-edit-by = Іс өңделген кезде табылды, { $when } UTC, сақтаған: { $username }
dup-saved = Сақталған
dup-looks-like = Ұқсайды (бұрын жазылған)
dup-said-different = Сақтаған адам бұл басқа адам деп көрсеткен.
dup-compare = Салыстыру және біріктіру…
dup-different = Әртүрлі адамдар
dup-born = { $year } жылы туған
dup-missing-since = { $year } жылдан бері хабарсыз

## Біріктіру
merge-title = Бір адам туралы екі жазбаны біріктіру
merge-back = Ықтимал қайталануларға оралу
merge-testifiers = { $count ->
    [one] { $count } куәгер
   *[other] { $count } куәгер
}
merge-testimonies = { $count ->
    [one] { $count } куәлік
   *[other] { $count } куәлік
}
merge-detentions = { $count ->
    [one] { $count } ұстау
   *[other] { $count } ұстау
}
merge-events = { $count ->
    [one] { $count } оқиға
   *[other] { $count } оқиға
}
merge-sources = { $count ->
    [one] { $count } дереккөз
   *[other] { $count } дереккөз
}
merge-contents = { $list }.
merge-list-separator = ,{" "}
merge-nothing = Оның астында әзірге ештеңе жазылмаған.
merge-keep-address = Осы істің мекенжайын сақтау
merge-lede = Екі істің кез келгенінде жазылғанның бәрі — куәгерлер, куәліктер, ұстаулар, оқиғалар, дереккөздер, тұжырымдар және олардың тексерулері — бір істе сақталады. Қай мекенжай сақталатынын таңдаңыз (екіншісі бұдан былай соған апарады), әрі айырмашылығы бар әр профиль өрісі үшін қай мән дұрыс екенін таңдаңыз. Екеуінің басқа жазылулары, лақап аттары және жеке куәлік нөмірлері түгел сақталады; таңдалмаған ат басқа жазылу болып қалады. Екі тарих та оқуға қолжетімді болып қалады.
merge-which-keeps = Қай іс өз мекенжайын сақтайды?
merge-saved-later = Кейін сақталған
merge-recorded-before = Бұрын жазылған
merge-profile = Хабарсыз кеткен адамның профилі
merge-field = Өріс
merge-notes = Бұлар неге бір адам?
merge-notes-hint = мысалы: «жеке куәлік нөмірі бірдей; ағасы 3 желтоқсанда телефон арқылы растады». Іспен бірге, шифрланып сақталады.
merge-submit = Бір іске біріктіру
merge-cancel = Болдырмау
merge-both-kept = Екеуі де сақталады.
merge-keep-both = Екеуін де сақтау, сақталатын істікі бірінші

# What a role is refused.
access-refused-enter-testimonies = Сіздің тіркелгіңіз ({ $role }) жаңа куәліктер енгізе алмайды.
access-refused-find-testifiers = Сіздің тіркелгіңіз ({ $role }) куәгерлерді аты бойынша іздей алмайды.
access-refused-add-places = Сіздің тіркелгіңіз ({ $role }) жер атаулары тізіміне жер қоса алмайды.
access-refused-see-added-places = Сіздің тіркелгіңіз ({ $role }) жер атаулары тізіміне қосылған жерлерді көре алмайды.
access-refused-review-claims = Сіздің тіркелгіңіз ({ $role }) мәлімдемелерді қарай (мұны әкімшілер істейді) алмайды.
access-refused-merge-cases = Сіздің тіркелгіңіз ({ $role }) істерді біріктіре алмайды.
access-refused-read-cases = Сіздің тіркелгіңіз ({ $role }) істерді оқи алмайды.
access-refused-search-by-name = Сіздің тіркелгіңіз ({ $role }) істерді аты бойынша іздей алмайды.
access-refused-check-duplicates = Сіздің тіркелгіңіз ({ $role }) жаңа куәліктерді қайталануға тексере алмайды.
access-refused-review-duplicates = Сіздің тіркелгіңіз ({ $role }) мүмкін қайталанымдарды қарай алмайды.
access-refused-decide-duplicates = Сіздің тіркелгіңіз ({ $role }) мүмкін қайталанымдар туралы шешім қабылдай алмайды.
access-refused-erase-cases = Сіздің тіркелгіңіз ({ $role }) істерді өшіре алмайды.
access-refused-request-reveals = Сіздің тіркелгіңіз ({ $role }) аттарды ашуды сұрай (мұны зерттеушілер істейді) алмайды.
access-refused-decide-reveals = Сіздің тіркелгіңіз ({ $role }) аттарды ашу сұраныстары туралы шешім қабылдай алмайды.
access-refused-see-reveals = Сіздің тіркелгіңіз ({ $role }) аттарды ашу сұраныстарын көре алмайды.
access-refused-manage-accounts = Сіздің тіркелгіңіз ({ $role }) тіркелгілерді басқара алмайды.
access-refused-assign-cases = Сіздің тіркелгіңіз ({ $role }) істерді тағайындай алмайды.
access-refused-change-settings = Сіздің тіркелгіңіз ({ $role }) баптауларды өзгерте алмайды.
access-refused-read-audit-log = Сіздің тіркелгіңіз ({ $role }) аудит журналын оқи алмайды.

## Personal API tokens (the account page; every account's tokens on the admins' accounts page)
api-tokens-title = API токендері
api-tokens-hint = Жеке токен өз скрипттеріңізге Izde-нің оқу API арқылы осы беттерде өзіңіз оқи алатын нәрсені ғана, өз рөліңізбен оқуға мүмкіндік береді, одан артық емес. Ол тек оқиды. Мерзімі біткенде, оны қайтарып алғанда немесе тіркелгіңіз өшірілгенде жұмысын тоқтатады. Оны құпиясөз сияқты сақтаңыз. API сипаттамасы: /api/v1/openapi.json.
api-tokens-none = Әзірге токен жоқ.
api-tokens-name = Атауы
api-tokens-name-hint = Токен не үшін екені, мысалы «ноутбуктағы талдау жазбасы». Мұнда ешкімнің атын жазбаңыз.
api-tokens-lasts = Жарамдылық мерзімі
api-tokens-days = { $count } күн
api-tokens-make = Токен жасау
api-tokens-new = Жаңа токен
api-tokens-made = Жаңа «{ $name }» токеніңіз, { $when } дейін жарамды:
api-tokens-copy-now = Оны қазір көшіріп, қауіпсіз жерде сақтаңыз: ол тек осы жолы ғана көрсетіледі. Izde оның тек саусақ ізін сақтайды және оны қайта көрсете алмайды.
api-tokens-created = Жасалған
api-tokens-expires = Мерзімі бітеді
api-tokens-last-used = Соңғы қолданылуы
api-tokens-never-used = ешқашан
api-tokens-active = белсенді
api-tokens-expired = мерзімі өткен
api-tokens-revoked-on = { $when } қайтарып алынған
api-tokens-revoke = Қайтарып алу
api-tokens-revoke-named = { $name } токенін қайтарып алу
api-tokens-all-title = Барлық тіркелгілердің API токендері
api-tokens-all-hint = Әр токен өз тіркелгісінің қазіргі рөлімен оқиды. Таралып кетуі мүмкін токенді қайтарып алыңыз; тіркелгіні өшіру оның барлық токендерін тоқтатады.
api-token-name-required = токенге атау беріңіз
api-token-no-account = API токендері тек тіркелгіге ғана беріледі.
admin-audit-record-api-token = API токені { $id }

## Read API errors (JSON answers of /api/v1)
api-error-missing-token = Бұл сұрауда API токені жоқ: «Authorization: Bearer» тақырыбын, одан кейін токеніңізді жіберіңіз.
api-error-invalid-token = Бұл API токені жарамсыз: ол қайтарып алынған немесе оның тіркелгісі өшірілген болуы мүмкін. Тіркелгі бетінде жаңасын жасаңыз.
api-error-token-expired = Бұл API токенінің мерзімі өтті. Тіркелгі бетінде жаңасын жасаңыз.
api-error-rate-limited = Бұл токенмен сұраулар тым көп: { $seconds } секунд күтіп, қайталап көріңіз.
api-error-unknown-parameter = Бұл нүкте «{ $name }» параметрін қабылдамайды.
api-error-invalid-filter = «{ $name }» параметрінің бұл мәні қабылданбайды (API сипаттамасын қараңыз).
api-error-invalid-cursor = Бұл курсорды Izde берген жоқ: алдыңғы жауаптың next_cursor мәнін өзгертпей жіберіңіз.
api-error-cursor-mismatch = Бұл курсор басқа сүзгілері бар тізімге тиесілі: сол сүзгілерді қайталаңыз немесе курсорсыз басынан бастаңыз.
api-error-read-only = API тек оқиды: GET әдісін қолданыңыз.
