# Іс нұсқасының не өзгерткені (іс тарихы), әр тұжырымның не айтатыны, біріктіру бетінің өрістері
# және тұжырым мен біріктіру формаларының қателері. Құпия өрістер аталады, бірақ келтірілмейді.

## Іс тарихы: әр өзгеріске бір сөйлем.

change-name = Аты-жөні өзгертілді.
change-other-names = Басқа аттары өзгертілді.
change-aliases = Лақап аттары өзгертілді.
change-id-numbers = Құжат нөмірлері өзгертілді.
change-birth-date = Туған күні өзгертілді.
change-address = Мекенжайы өзгертілді.
change-narrative = Оның тарихы өзгертілді.
change-place-note = Жер атаулары тізімінде жоқ соңғы белгілі орны өзгертілді.
change-value = { $field }: { $from } → { $to }.
change-field-status = Жағдайы
change-field-verification = Тексерілуі
change-field-gender = Жынысы
change-field-ethnicity = Ұлты
change-field-residency = Шетелдегі тұрғылықты жері
change-field-occupation = Кәсібі
change-field-last-place = Соңғы белгілі орны
change-field-birth-year = Туған жылы
change-field-last-contact = Соңғы байланыс
change-unknown = белгісіз
change-undated = күні белгісіз
change-event-label = { $kind } ({ $date })
change-source-label = «{ $title }»
change-event-added = Оқиға қосылды: { $event }.
change-event-changed = Оқиға өзгертілді: { $event }.
change-event-removed = Оқиға алып тасталды: { $event }.
change-source-added = Дереккөз қосылды: { $source }.
change-source-changed = Дереккөз өзгертілді: { $source }.
change-source-removed = Дереккөз алып тасталды: { $source }.
change-source-retracted = Дереккөз кері қайтарылды: { $source }, енді дәлел ретінде есептелмейді (себебін аттарды оқи алатындар көреді).
change-source-retracted-reason = Дереккөз кері қайтарылды: { $source }, енді дәлел ретінде есептелмейді. Себебі: «{ $reason }»
change-claim-sources = «{ $claim }» тұжырымына көрсетілген дереккөздер өзгертілді.
change-claim-reviewed = Тексеруші «{ $claim }» тұжырымына деңгей белгіледі: { $level }.
change-claim-review-withdrawn = «{ $claim }» тұжырымын тексеру кері алынды: есептелген деңгей қолданылады.
change-merged-in = { $case } жазбасы осы іске біріктірілді: оның куәліктері, ұстаулары, оқиғалары мен дереккөздері енді осында.
change-removal-reason-event = Оқиға алып тасталды. Себебі: «{ $reason }»
change-removal-reason-testimony = Куәлік алып тасталды. Себебі: «{ $reason }»
change-removal-reason-detention = Ұстау туралы жазба алып тасталды. Себебі: «{ $reason }»
change-removal-reason-citation = Тұжырымға көрсетілген дереккөз алып тасталды. Себебі: «{ $reason }»
change-removal-reason-other = Алып тасталды ({ $what }). Себебі: «{ $reason }»
change-removed-event = Оқиға себебі жазылып алып тасталды (себебін аттарды оқи алатындар көреді).
change-removed-testimony = Куәлік себебі жазылып алып тасталды (себебін аттарды оқи алатындар көреді).
change-removed-detention = Ұстау туралы жазба себебі жазылып алып тасталды (себебін аттарды оқи алатындар көреді).
change-removed-citation = Тұжырымға көрсетілген дереккөз себебі жазылып алып тасталды (себебін аттарды оқи алатындар көреді).
change-removed-other = Себебі жазылып алып тасталды ({ $what }) (себебін аттарды оқи алатындар көреді).
change-testifier-added = Куәгер қосылды: жоғалған адамның { $relationship }.
change-consent = Куәгердің ({ $relationship }) келісімі: { $from } → { $to }.
change-testimony-added = Куәлік қосылды.
change-testimony-changed = Куәлік өзгертілді.
change-testimony-removed = Куәлік алып тасталды.
change-detention-added = Ұстау туралы жазба қосылды.
change-detention-changed = Ұстау туралы жазба өзгертілді.
change-detention-removed = Ұстау туралы жазба алып тасталды.

## Әр тұжырымның не айтатыны (іс бетінде және тарихта).

statement-status = Жағдайы: { $status }
statement-last-location = Соңғы белгілі орны: { $place }
statement-born = Туған жылы: { $year }
statement-ethnicity = Ұлты: { $value }
statement-occupation = Кәсібі: { $value }
statement-residency = Шетелде тұру мәртебесі: { $value }
statement-names = Аты-жөні және оның басқа жазылулары
statement-id-numbers = Құжат нөмірлері
statement-facility = Мекеме: { $facility }
statement-alleged-act = Тағылған әрекет: { $act }
statement-charge = Заңдық айып: { $charge }
statement-sentence = Үкім: { $sentence }
statement-court = Сот: { $court }
statement-responsible-forces = Ұстаған: { $forces }
statement-warrant = Ұстау кезінде: { $warrant }

## Тұжырым формаларының қателері (өрістің қасында).

provenance-claim-gone = бұл тұжырым енді істе жоқ (оны осы аралықта өзгерткен): бетті қайта жүктеңіз
provenance-choose-source = осы істің дереккөздерінің бірін таңдаңыз
provenance-choose-stance = дереккөз тұжырымды растай ма, әлде оған қарсы ма, көрсетіңіз
provenance-timecode-format = жазбадағы уақытты минут:секунд немесе сағат:минут:секунд түрінде жазыңыз, мысалы 12:05 немесе 1:02:30
provenance-timecode-sixty = бірінші бөліктен кейінгі минут пен секунд 59-дан аспайды
provenance-timecode-too-long = 100 сағаттан ұзақ жазба ма? Таймкодты тексеріңіз
provenance-timecode-not-recorded = таймкод тек бейне куәлікте немесе сұхбатта болады; «{ $title }» — { $kind }: бұл өрісті бос қалдырыңыз
provenance-uncite-reason = бұл дереккөз неге енді осы тұжырымға есептелмейтінін жазыңыз (мысалы, «бейнеде 2017 емес, 2018 делінген»)
provenance-not-cited = бұл дереккөз осы тұжырымға (енді) көрсетілмеген: бетті қайта жүктеңіз
provenance-review-reason = бұл деңгейдің неге дұрыс екенін бір сөйлеммен жазыңыз: оны істің әр оқырманы көреді
provenance-choose-level = деңгейді не дереккөздерден есептелген деңгейді таңдаңыз
provenance-no-review = бұл тұжырымда кері алынатын тексеру жоқ: деңгейді таңдаңыз
provenance-reason-names = мұнда істегі біреудің аты бар (басқаша жазылуы мүмкін), ал себептерді зерттеушілер оқиды: себебін аттарсыз жазыңыз

## Біріктіру бетінің өрістері және оның формасының қателері.

merge-row-name = Аты-жөні
merge-row-birth = Туған күні мен жылы
merge-row-gender = Жынысы
merge-row-ethnicity = Ұлты
merge-row-residency = Тұру мәртебесі
merge-row-occupation = Кәсібі
merge-row-status = Қазіргі жағдайы
merge-row-verification = Тексерілуі
merge-row-last-contact = Соңғы байланыс (күні мен орны)
merge-row-address = Мекенжайы
merge-row-narrative = Оның тарихы
merge-row-other-names = Басқа жазылулары
merge-row-aliases = Лақап аттары
merge-row-id-numbers = Құжат нөмірлері
merge-row-born = { $year } ж. туған
merge-error-keep = Қай істі сақтайтыныңызды таңдаңыз.
merge-error-notes = Бұлардың неге бір адам екенін жазыңыз (мысалы, «жеке куәлік нөмірі бірдей; ағасы телефонмен растады»): жазбалар шифрланып сақталады.
merge-error-notes-long = Жазбалар { $max } таңбадан аспауы керек.
merge-error-pick = Екі мәннің бірін таңдаңыз.
