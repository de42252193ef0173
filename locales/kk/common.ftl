skip-to-content = Мазмұнға өту
brand-tagline = хабар-ошарсыз кеткендер туралы куәліктер
dev-key-title = Әзірлеу кілті — шынайы куәліктерге арналмаған.
dev-key-body = Бұл сервер дерекқорының жанында жасалған кілтпен шифрлайды. Izde-ні тек ойдан шығарылған деректермен сынап көру үшін пайдаланыңыз.
sealed-title = Мөрленген.
sealed-body = Әкімші серверді құпия сөз тіркесімен ашпайынша, жазбалар шифрланған күйде қалады.

nav-main = Басты мәзір
nav-cases = Істер
nav-statistics = Статистика
nav-timeline = Хронология
nav-release-alerts = Мерзімі өткен
nav-export = Экспорт
nav-new-testimony = Жаңа куәлік
nav-reveals = Ашу сұраулары
nav-duplicates = Қайталанулар
nav-places = Орындар
nav-accounts = Тіркелгілер
nav-audit = Аудит журналы
log-out = Шығу

role-admin = әкімші
role-researcher = зерттеуші
role-volunteer = ерікті

language-label = Тіл
language-apply = Ауыстыру

not-found-title = Табылмады
not-found-body = Бұл мекенжайда ештеңе жоқ.
back-to-cases = Істерге оралу
pager = Беттер
pager-previous = ← Алдыңғы
pager-next = Келесі →

encrypted-mark = шифрланған
encrypted-mark-spoken = (сақталмас бұрын шифрланады)
form-cancel = Болдырмау
form-nothing-saved = Ештеңе сақталған жоқ. Әр қате төмендегі өрістің жанында белгіленген; сіз енгізгеннің бәрі орнында.
checkboxes-empty = Әзірге таңдайтын ештеңе жоқ.
footer-note = Izde аты-жөндерді, байланыс деректерін, баяндар мен транскрипцияларды шифрланған күйде сақтайды. Бұл бет басқа сайттардан ештеңе жүктемейді.
language-unknown = Izde-де мұндай тіл жоқ. Тізімнен тіл таңдаңыз.
database-unavailable = Izde қазір дерекқорына қосыла алмай тұр. Сәлден соң қайталап көріңіз.
