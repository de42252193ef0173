# Form errors (src/domain/forms.rs, partial dates) and the errors pages show (src/error.rs).

error-too-long = тым ұзын: ең көбі { $max } таңба
error-choose-listed = тізімдегі нұсқалардың бірін таңдаңыз
error-choose-place = тізімнен жер таңдаңыз
error-place-note-county = алдымен тізімнен жер орналасқан ауданды таңдаңыз, содан кейін жерді осында атаңыз
error-choose-listed-items = тізімдегі элементтерден таңдаңыз
error-name-required = Міндетті: хабарсыз кеткен адамның аты-жөні
error-birth-date-full = толық туған күнін жазыңыз (мысалы, 1978-03-14) немесе бос қалдырып, туған жылын жазыңыз
error-birth-year-range = туған жылы { $min } мен { $max } аралығындағы бүтін сан болуы керек
error-birth-year-mismatch = туған жылы туған күніне сәйкес келмейді
error-status-required = адамның қазіргі жағдайын таңдаңыз
error-relationship-required = куәгердің хабарсыз кеткен адамға кім болатынын таңдаңыз
error-consent-required = жариялауға келісімді таңдаңыз
error-testifier-name-required = Міндетті: куәгердің аты-жөні
error-detention-empty = Кемінде бір өрісті толтырыңыз: қайда ұсталып отыр, айып, үкім, сот…
error-sentence-unreadable = жаза мерзімін жылмен және аймен жазыңыз, мысалы «10 жыл», «7 жыл 6 ай», «18 ай» немесе «өмір бойы»
error-sentence-too-long = 100 жылдан ұзақ жаза мерзімі шындыққа жанаспайды; санды тексеріңіз
error-testifier-choose = Айғақты кім бергенін осы істің куәгерлерінің арасынан таңдаңыз.
error-medium-required = айғақтың қалай берілгенін таңдаңыз
error-duration-range = ұзақтығы { $min } мен { $max } аралығындағы бүтін сан болуы керек
error-reason-required = Себебін жазыңыз (мысалы, «екі рет енгізілген», «отбасы сұрады»): себеп шифрланып сақталады.
error-reason-too-long = Себеп { $max } таңбадан қысқа болсын.
error-erasure-confirm = Растау үшін белгі қойыңыз: өшірілген істі қайтару мүмкін емес.
error-event-kind-required = не болғанын таңдаңыз
error-sha256 = SHA-256 хэші — 64 он алтылық таңба
error-source-type-required = дереккөз түрін таңдаңыз
error-source-title-required = Міндетті: атауы немесе қысқаша сипаттамасы
error-reliability-required = дереккөздің сенімділігін таңдаңыз (A–F)
error-credibility-required = мәліметтің шынайылығын таңдаңыз (1–6)
error-place-level = қалашықты немесе ауылды таңдаңыз
error-place-parent-required = жер орналасқан ауданды таңдаңыз
error-village-parent = ауыл өз ауданына немесе қалашығына қосылады
error-township-parent = қалашық өз ауданына қосылады
error-place-name-too-long = атауы { $max } таңбадан қысқа болсын
error-place-name-latin = атауын латын әрпімен, құқық қорғаушылар жазатындай жазыңыз
error-place-taken = { $place } жер атаулары тізімінде сол жерде бар: оны тізімнен таңдаңыз

# Partial dates as typed.
error-date-empty = күнді жазыңыз, мысалы 2017, мамыр 2017 немесе шамамен 2012
error-date-too-long = бұл күн үшін тым ұзын; күнді жазыңыз, мысалы 2017, мамыр 2017 немесе шамамен 2012
error-date-unrecognized = бұл күнді оқи алмадық; мына түрлердің бірін қолданыңыз: 2017, мамыр 2017, 14 мамыр 2017, 14.05.2017, 2017-05-14, 2019 жылдың басы, шамамен 2012, 2018 жылға дейін немесе 2019–2020
error-date-unknown-word = күндегі бір сөз танылмады; ай атауын қазақша, орысша немесе ағылшынша жазыңыз, не шамамен, дейін, кейін, басы, ортасы немесе соңы сөздерін қолданыңыз
error-date-year-range = жыл { $min } мен { $max } аралығында болуы керек
error-date-two-digit-year = жылды төрт цифрмен жазыңыз, мысалы 2017
error-date-month-range = ай 1 мен 12 аралығында болуы керек
error-date-day-range = күн 1 мен 31 аралығында болуы керек
error-date-nonexistent-day = ол айда мұндай күн жоқ
error-date-missing-year = жылын қосыңыз, мысалы мамыр 2017
error-date-missing-month = күнге ай керек, мысалы 14 мамыр 2017
error-date-part-with-day = басы, ортасы және соңы тек жылмен не аймен қолданылады, толық күнмен емес
error-date-ambiguous = қай сан күн, қайсысы ай екені түсініксіз; күнді 14.05.2017, 2017-05-14 немесе 14 мамыр 2017 түрінде жазыңыз
error-date-conflicting-qualifiers = шамамен, дейін немесе кейін сөздерінің біреуін ғана қолданыңыз
error-date-qualified-range = дейін және кейін бір ғана күнмен қолданылады, аралықпен емес
error-date-range-backwards = аралық басталғаннан кейін аяқталуы керек
error-date-range-same-ends = аралықтың басы мен соңы бірдей; бір ғана күнді жазыңыз

# What a page may learn about a failure.
error-not-found = Мұндай жазба жоқ.
error-fields-need-attention = { $count ->
    [one] { $count } өрісті тексеру керек.
   *[other] { $count } өрісті тексеру керек.
}
error-internal = Серверде қате шықты. Ештеңе сақталмады. (Нөмірі { $reference })
error-sealed = Izde мөрленген: әкімші серверді құпия сөз тіркесімен ашпайынша, жазбалар шифрланған күйде қалады. Ештеңе сақталмады.
error-not-signed-in = Сіз жүйеге кірмегенсіз немесе сеансыңыз аяқталды. Жалғастыру үшін қайта кіріңіз.
error-transport = Серверге қосылу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.
