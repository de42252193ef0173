# Список дел, поиск, статистика, хронология, предупреждения об освобождении, выгрузки и их печатный отчёт.

## Список дел
cases-title = Дела
cases-new-testimony = Записать новое свидетельство
cases-loading = Загрузка…
cases-link-statistics = Статистика по этой выборке
cases-link-timeline = Хронология этой выборки
cases-link-alerts = Срок освобождения прошёл, вестей нет
cases-link-export = Выгрузить эту выборку
cases-facets-label = Сузить список
cases-filter-label = Фильтр дел
cases-filter-any = Любой
cases-filter-words = Слова
cases-filter-words-hint = Обвинения, вменяемые действия, места, учреждения, суды, события, названия и издатели источников — на любом из пяти языков. Не имена: их ищут выше, и они никогда не попадают в ссылку.
cases-filter-status = Статус
cases-filter-prefecture = Округ (последний известный)
cases-filter-charge = Обвинение
cases-filter-year = Год исчезновения
cases-filter-sort = Порядок
cases-filter-apply = Применить фильтры
cases-filter-clear = Сбросить
cases-born = род. { $year }
cases-col-person = Пропавший человек
cases-col-status = Статус
cases-col-place = Последнее известное место
cases-col-disappeared = Исчез
cases-col-charge = Обвинение
cases-col-why = Почему
cases-none = Нет дел, подходящих под эти фильтры.
cases-count = Дела { $first }–{ $last } из { $total }

## Поиск человека
search-label = Найти человека
search-field = Найти человека по имени или номеру удостоверения
search-hint = Любое письмо и написание: Нұрлан Сейітқали, نۇرلان سەيىتقالي и Nurlan Seitkali находят одного и того же человека; порядок слов не важен.
search-submit = Искать
search-title = Найти человека
search-all-cases = Все дела
search-found = { $count ->
    [one] Найдено { $count } дело
    [few] Найдено { $count } дела
    [many] Найдено { $count } дел
   *[other] Найдено { $count } дела
}
search-hidden-matches = { $count ->
    [one] Совпадает также { $count } дело, которое вам нельзя читать.
    [few] Совпадают также { $count } дела, которые вам нельзя читать.
    [many] Совпадают также { $count } дел, которые вам нельзя читать.
   *[other] Совпадают также { $count } дела, которые вам нельзя читать.
} Какие именно, не показано; администратор может их проверить и связать эту запись с вашей.

## Страницы о выборке
selection-cases = Дела этой выборки

## Статистика
stats-title = Статистика
stats-link-timeline = Их хронология
stats-lede = { $count ->
    [one] В этой выборке { $count } дело.
    [few] В этой выборке { $count } дела.
    [many] В этой выборке { $count } дел.
   *[other] В этой выборке { $count } дела.
}
stats-lede-described = { $count ->
    [one] В этой выборке { $count } дело: { $selection }.
    [few] В этой выборке { $count } дела: { $selection }.
    [many] В этой выборке { $count } дел: { $selection }.
   *[other] В этой выборке { $count } дела: { $selection }.
}
stats-lede-few = В этой выборке { $count } дел.
stats-lede-few-described = В этой выборке { $count } дел: { $selection }.
stats-suppressed = Числа меньше 5 показаны как «<5» и не рисуются столбцом, чтобы малая группа не указывала на семью.

## Диаграммы
chart-empty = Ни в одном деле этой выборки нет этих сведений.
chart-numbers = Числа
chart-unit-cases = дела
chart-status = Дела по статусу
chart-disappearances = Исчезновения по годам
chart-detentions = Задержания и помещения в лагеря по годам (датированные события)
chart-prefectures = Дела по округу последнего известного места
chart-sources = Архивированные источники: удалены, изменены или ещё в сети (дела)
chart-source-gone = Удалены
chart-source-changed = Изменены
chart-source-alive = Ещё в сети
chart-sentences = Сроки заключения: { $charge }

## Общая хронология
waves-title = Хронология дел
waves-years = { $from }–{ $to }
waves-lede = { $events ->
    [one] { $events } датированное событие
    [few] { $events } датированных события
    [many] { $events } датированных событий
   *[other] { $events } датированного события
} в { $cases_with_events ->
    [one] { $cases_with_events } деле
   *[other] { $cases_with_events } делах
} ({ $cases } в этой выборке), { $years }.
waves-lede-described = { $events ->
    [one] { $events } датированное событие
    [few] { $events } датированных события
    [many] { $events } датированных событий
   *[other] { $events } датированного события
} в { $cases_with_events ->
    [one] { $cases_with_events } деле
   *[other] { $cases_with_events } делах
} ({ $cases } в этой выборке: { $selection }), { $years }.
waves-vague = { $count ->
    [one] { $count } событие с открытой или очень широкой датой нарисовано на дорожках, но не учтено в волнах.
    [few] { $count } события с открытыми или очень широкими датами нарисованы на дорожках, но не учтены в волнах.
    [many] { $count } событий с открытыми или очень широкими датами нарисованы на дорожках, но не учтены в волнах.
   *[other] { $count } события с открытыми или очень широкими датами нарисованы на дорожках, но не учтены в волнах.
}
waves-suppressed = Годовые числа меньше 5 показаны как «<5» и не рисуются.
waves-too-many = По дорожке на дело рисуется для выборок не более чем из { $count } дел: сузьте фильтры, чтобы увидеть каждое дело.
waves-none = Ни в одном деле этой выборки нет датированного события.
waves-note-hidden = меньше 5 в год: не нарисовано
waves-note-peak = не более { $peak } в месяц
waves-caption = События по месяцам, по видам (дата, известная лишь до года, распределена по его двенадцати месяцам)
waves-numbers = Числа (событий в год)
waves-lanes-caption = Каждое дело: его события нарисованы тем промежутком, который допускают их даты

## Срок освобождения прошёл
alerts-title = Срок освобождения прошёл
alerts-heading = Срок освобождения прошёл, с тех пор нет признаков жизни
alerts-lede = { $count ->
    [one] В { $count } деле этой выборки человек по записанному приговору должен был быть освобождён к { $date }, и с тех пор ничего — ни признаков жизни, ни связи, ни освобождения, ни смерти — не записано.
   *[other] В { $count } делах этой выборки люди по записанным приговорам должны были быть освобождены к { $date }, и с тех пор ничего — ни признаков жизни, ни связи, ни освобождения, ни смерти — не записано.
}
alerts-lede-described = { $count ->
    [one] В { $count } деле этой выборки ({ $selection }) человек по записанному приговору должен был быть освобождён к { $date }, и с тех пор ничего — ни признаков жизни, ни связи, ни освобождения, ни смерти — не записано.
   *[other] В { $count } делах этой выборки ({ $selection }) люди по записанным приговорам должны были быть освобождены к { $date }, и с тех пор ничего — ни признаков жизни, ни связи, ни освобождения, ни смерти — не записано.
}
alerts-method = Срок отсчитывается от первого задержания, иначе от приговора; неполная дата даёт окно, и дело попадает в список, когда прошёл каждый его день.
alerts-last-news = { $kind }, { $date }
alerts-no-news = ничего не записано
alerts-none = В этой выборке нет дел, у которых срок освобождения прошёл без вестей.
alerts-caption = Дела, у которых прошёл ожидаемый срок освобождения
alerts-col-person = Пропавший человек
alerts-col-status = Статус
alerts-col-sentence = Срок
alerts-col-expected = Ожидаемое освобождение
alerts-col-years = Лет прошло
alerts-col-last-news = Последние вести до того

## Выгрузки: форма
export-title = Выгрузка
export-heading = Выгрузить обезличенный набор данных или отчёт
export-forbidden = Выгрузки делают исследователи и координаторы; ваша учётная запись не может сделать выгрузку.
export-all-cases = все дела
export-change-selection = Изменить выборку
export-selection-label = Выборка:{" "}
export-selection-end = {". "}
export-lede = Ничего из зашифрованного не выходит наружу: ни имён, ни номеров удостоверений, ни контактов, ни адресов, ни рассказов, ни расшифровок, ни свидетелей, ни медиафайлов, ни свободного текста. Строки обобщаются, пока каждая не скрыта среди не менее чем k похожих.
export-minimums-note = Минимумы этой установки, заданные администратором: { $minimums }.
export-minimums = открытые наборы данных: { $public }; наборы для исследователей: { $researcher }; числа в таблицах меньше { $threshold } скрыты
export-minimums-rows = k ≥ { $k }, l ≥ { $l }, исключено не более { $percent } %
export-profile = Профиль
export-profile-public = Открытый набор данных
export-profile-researcher = Набор данных для исследователей
export-profile-aggregate = Сводный отчёт
export-profile-public-describe = по строке на дело: места на уровне округа или выше, даты до года, годы рождения пятилетиями, занятия по отраслям
export-profile-researcher-describe = по строке на дело: места на уровне уезда или выше, даты до месяца, годы рождения, занятия
export-profile-aggregate-describe = без строк: таблицы чисел, в которых скрыты ячейки меньше порога (и те, из которых их можно вычислить)
export-format = Формат файла
export-format-csv = CSV (электронные таблицы)
export-format-json = JSON (программы)
export-k = k — наименьшая группа
export-k-hint = Каждая выданная строка совпадает по месту, году рождения, полу, национальности, занятию, датам, обвинениям и сроку не менее чем с k − 1 другими строками (по умолчанию 5).
export-l = l — статусов в группе
export-l-hint = В каждой такой группе не менее l разных статусов, так что принадлежность к ней не говорит, что случилось с человеком (по умолчанию 2).
export-max-suppressed = Какую долю строк можно исключить (%)
export-max-suppressed-hint = Редкие строки, которые не скрывает никакое обобщение, исключаются в пределах этой доли; сверх неё выгрузка отклоняется (0–50, по умолчанию 5).
export-threshold = Наименьшее число в таблицах
export-threshold-hint = В таблицах отчёта меньшие числа (и ячейки, из которых их можно вычислить) показаны как «x» (по умолчанию 5).
export-stable-ids = Сохранять идентификаторы между выгрузками
export-stable-ids-hint = Только если получатель должен прослеживать дела от одной выгрузки к другой; манифест об этом сообщает. Иначе каждая выгрузка получает новые идентификаторы и две выгрузки нельзя соединить.
export-submit = Подготовить выгрузку
export-error-whole = Укажите целое число от { $from } до { $to }.
export-error-percent = Укажите процент от 0 до { $most }.
export-error-percent-profile = Укажите процент от 0 до { $most }: этот профиль не исключает больше.
export-error-l-over-k = l не может быть больше k ({ $k }): в группе из { $k } строк не больше { $k } статусов.
export-error-profile = Выберите профиль: открытый, для исследователей или сводный.
export-error-format = Выберите CSV или JSON.
export-error-threshold = Укажите целое число от { $from } до { $to }: меньшие числа скрываются.

## Выгрузки: сделаны, отклонены, скачаны
export-refused-fields = Ничего не выгружено: исправьте отмеченные ниже поля.
export-stable-ids-admin = Идентификаторы, одинаковые во всех выгрузках, позволяют соединять выгрузки: такую выгрузку может сделать только администратор. Обратитесь к администратору или снимите отметку.
export-refused-words = Ничего не выгружено: выборка по словам может выделить дело одного человека, поэтому выгрузить её может только администратор. Обратитесь к администратору или выберите дела другими фильтрами.
export-refused-stable-ids = Ничего не выгружено: идентификаторы, одинаковые во всех выгрузках, позволяют соединять выгрузки, поэтому такую выгрузку может сделать только администратор. Обратитесь к администратору или снимите отметку об одинаковых идентификаторах.
export-refused-busy = Ничего не выгружено: ваша выгрузка ещё готовится. Дождитесь её и попробуйте снова.
export-refused-server-busy = Ничего не выгружено: сервер готовит другие выгрузки. Попробуйте через минуту.
export-refused-no-generalization = Ничего не выгружено: ни одно обобщение этой выборки не защищает каждую строку.
export-refused-failed = Ничего не выгружено: при подготовке выгрузки на сервере произошёл сбой. Попробуйте снова; если сбой повторится, сообщите администратору.
export-gone = Этой выгрузки здесь нет: выгрузки хранятся 30 минут и только для учётной записи, которая их сделала. Сделайте её снова на странице выгрузки.
export-no-such-file = В этой выгрузке нет такого файла.
export-zip-failed = Не удалось собрать архив; скачайте файлы по одному.

## Выгрузки: готово
export-ready-title = Выгрузка готова
export-gone-title = Этой выгрузки больше нет
export-gone-body = Выгрузки хранятся 30 минут и только для учётной записи, которая их сделала.
export-gone-again = Сделать снова
export-ready-heading = Выгрузка готова: { $profile }
export-another = Другая выгрузка
export-ready-lede = Выборка: { $selection }. Хранится здесь ещё { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}, только для вас; журнал аудита отмечает, что её сделали вы.
export-risk-report = Отчёт о рисках
export-cases-selected = Выбрано дел
export-consent = Исключено из-за согласия
export-consent-value = { $count } (свидетель не дал согласия на публикацию или отозвал его)
export-rows-exported = Выгружено строк
export-rows-exported-value = { $exported } из { $selected }
export-rows-left-out = Исключено строк
export-rows-left-out-value = { $count } ({ $share }%; допускается не более { $most }%): их группы были меньше k или менее разнообразны, чем l
export-k-achieved = Достигнутое k
export-l-achieved = Достигнутое l
export-achieved-value = { $achieved } (запрошено { $asked })
export-ids = Идентификаторы
export-ids-stable = одинаковые во всех выгрузках
export-ids-fresh = новые: только для этой выгрузки
export-cells-suppressed = Скрыто ячеек таблиц
export-cells-suppressed-value = { $count } (числа меньше { $threshold } и ячейки, из которых их можно вычислить)
export-generalization = Применённое обобщение
export-quasi-identifier = Квазиидентификатор
export-level = Уровень
export-download = Скачать
export-download-all = Скачать всё (zip)
export-download-hint = В zip-архиве все файлы ниже, а также manifest.json и его подпись manifest.sig; распакуйте его и запустите izde export verify для этой папки, чтобы проверить, что ничего не изменилось.
export-open-report = Открыть отчёт
export-report-file = report.html, для печати
export-file-size = { $size } кБ
export-preview-title = { $count ->
    [one] Первая { $count } строка файла { $file }
    [few] Первые { $count } строки файла { $file }
    [many] Первые { $count } строк файла { $file }
   *[other] Первые { $count } строки файла { $file }
}

## Квазиидентификаторы и их уровни (отчёт о рисках)
export-qi-place = место
export-qi-birth-year = год рождения
export-qi-gender = пол
export-qi-ethnicity = национальность
export-qi-occupation = занятие
export-qi-disappeared = исчезновение
export-qi-detained = задержание
export-qi-charges = обвинения
export-qi-sentence = срок
export-level-as-recorded = как записано
export-level-county = уезд
export-level-prefecture = округ
export-level-region = регион
export-level-hidden = скрыто
export-level-year = год
export-level-5-years = 5 лет
export-level-10-years = 10 лет
export-level-specific = точно
export-level-grouped = по группам
export-level-sector = отрасль
export-level-day = день
export-level-month = месяц
export-level-quarter = квартал
export-level-charged-or-not = обвинён или нет
export-level-range = диапазон
export-level-under-over-10 = меньше или больше 10 лет

## Чего не содержит ни одна выгрузка
export-never-free-text = свободный текст любого рода: рассказы, резюме, расшифровки, заметки, причины, названия источников
export-never-testifier = любые сведения о свидетеле или о том, что он есть
export-never-names = имена, другие написания и псевдонимы
export-never-id-numbers = номера удостоверений
export-never-contacts = контакты
export-never-birth-dates = точные даты рождения
export-never-addresses = адреса
export-never-media = записи и другие медиафайлы

## Печатный отчёт о выгрузке
report-document-title = Отчёт о выгрузке Izde · { $profile }
report-title = Отчёт о выгрузке Izde
report-lede = { $profile } — { $description }. Выгружено { $when }; выгрузил(а): { $by }.
report-by-command-line = командная строка
report-by-role = учётная запись с ролью «{ $role }»
report-holds = Что содержит эта выгрузка
report-selection = Выборка
report-rows = Строки
report-rows-value = { $exported } из { $selected } выбранных дел; { $suppressed } исключено, так как попали в слишком малые или недостаточно разнообразные группы
report-k-anonymity = k-анонимность
report-k-value = запрошено k = { $asked }, достигнуто { $achieved }: каждая строка совпадает по квазиидентификаторам не менее чем с { $others } другими
report-l-diversity = l-разнообразие
report-l-value = запрошено l = { $asked }, достигнуто { $achieved }: в каждой такой группе не менее { $achieved } разных статусов
report-ids-stable = постоянные: у одного дела один и тот же идентификатор во всех выгрузках этой установки с постоянными идентификаторами
report-ids-fresh = новые: созданы ключом только для этой выгрузки, так что строки нельзя сопоставить с другой выгрузкой
report-small-cells = Малые ячейки
report-small-cells-value = в таблицах ниже скрыты числа от 1 до { $most }, а также ячейки, из которых их можно вычислить: { $count } значений показаны как «x»
report-data-file = Файл данных
report-data = данные
report-installation = Установка
report-signing-key = Ключ подписи
report-manifest-hint = manifest.json перечисляет все файлы этой выгрузки с их SHA-256 и подписан (manifest.sig) ключом установки, указанным выше. Проверка: izde export verify DIR.
report-figures = Диаграммы
report-figures-rows = Подсчитано по выгруженным строкам, с той подробностью, с какой они выгружены.
report-figures-cases = Подсчитано по всем выбранным делам на указанных выше уровнях.
report-tables = Таблицы
report-method = Метод
report-method-ladders = Квазиидентификаторы — сведения, безвредные по отдельности, но вместе способные выделить человека: место, год рождения, пол, национальность, занятие и даты исчезновения и задержания. Каждый поднимается по лестнице: волость → уезд → округ → СУАР; день → месяц → квартал → год; год рождения → пятилетие → десятилетие; занятие → отрасль; национальность → группа; а на вершине каждой лестницы — скрыто («*»). Профиль задаёт нижнюю ступень каждой.
report-method-groups = Для набора данных перебираются все сочетания ступеней в порядке потери сведений. Строки с одинаковыми обобщёнными квазиидентификаторами образуют группу; группа, где меньше k строк или меньше l разных статусов, исключается. Берётся первое сочетание, при котором исключено не больше допустимой доли строк, так что в каждой выданной группе не менее k строк и l статусов.
report-method-cells = В таблицах число от 1 до порога минус один заменяется на «x» — и в отчёте о наборе данных, чтобы отчёт можно было распечатать и передать отдельно. Чтобы такое число нельзя было вычислить из итогов, скрываются и другие: в каждой строке и столбце с итогом никогда не бывает ровно одного «x» (скрывается и наименьшее другое число), и больше, где нужно, пока каждое скрытое число не сможет измениться, не меняя ничего опубликованного. Число, скрытое по любой из причин, выглядит одинаково. Это не позволяет точно восстановить число внутри таблицы; читатель всё же может сузить скрытое число до промежутка, и таблицы не защищены друг от друга и от прежних отчётов.
report-never-exported = Никогда не выгружается, ни в каком профиле:
report-verification = Столбец проверки — уровень Izde для всего дела: сообщено (один источник), подтверждено (два независимых источника), удостоверено (официальное заявление, суд или утёкший документ).
report-total = Итого
report-no-column-totals = У столбцов здесь нет итогов: одно дело может учитываться в нескольких строках.
report-unit-cases = Дела
report-chart-status = Дела по статусу
report-chart-prefecture = Дела по округу
report-chart-disappearances = Исчезновения по годам
report-chart-detentions = Первые задержания по годам
report-chart-sentences = Сроки заключения по обвинениям
report-table-place-status = Дела по округу и статусу
report-table-prefecture = Округ
report-table-years = Первое исчезновение и первое задержание по годам
report-table-event = Событие
report-table-disappearance = Исчезновение
report-table-detention = Задержание или лагерь
report-table-charge-sentence = Наибольший срок по обвинению
report-table-charge = Обвинение
report-table-people = Дела по этнической группе и полу
report-table-ethnic-group = Этническая группа
report-no-year = неизвестно или охватывает несколько лет
report-none-recorded = не записано
report-unknown = неизвестно или скрыто
report-sentence-lt5 = меньше 5 лет
report-sentence-5-10 = от 5 до 10 лет
report-sentence-10-20 = от 10 до 20 лет
report-sentence-20plus = 20 лет и больше
report-sentence-life = пожизненно
report-group-turkic = тюркские народы
report-group-other-minority = другие меньшинства
report-group-han = ханьцы
report-group-other = другие

# The case list's filters, described in words (statistics, timeline, alerts, export).
facet-status = Статус
facet-prefecture = Округ (последний известный)
facet-place = Уезд или место
facet-charge = Обвинение
facet-year = Год исчезновения
facet-detained = Год задержания
facet-sentence = Самый долгий срок
facet-ethnicity = Национальность
facet-gender = Пол
facet-verification = Проверка
facet-source-type = Вид источника
facet-words = Слова
filter-described = { $filter }: { $value }
filter-separator = ;{" "}
filter-words-value = «{ $words }»
sort-updated = последнее изменение
sort-disappeared = год исчезновения
sort-sentence = срок заключения
sentence-range-under-5 = меньше 5 лет
sentence-range-5-10 = от 5 до 10 лет
sentence-range-10-20 = от 10 до 20 лет
sentence-range-20-plus = 20 лет и больше
sentence-range-life = пожизненно
