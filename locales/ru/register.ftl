## The public register (issue 22): the static website `izde publish` builds, and the admin pages
## that review it. The site's words are read by the public: journalists, diplomats, families.

nav-register = Публичный реестр
access-refused-publish-register = Ваша учётная запись ({ $role }) не может проверять и публиковать публичный реестр: это делают администраторы.

register-site-name = Izde — реестр людей, пропавших в Синьцзяне
register-footer = Публикуется организацией, которая ведёт Izde, на основе свидетельств родственников, согласившихся на публикацию. У каждого утверждения в записи указаны источники и уровень проверки.
register-nav-entries = Все записи
register-nav-browse = Обзор
register-nav-stats = Статистика
register-nav-about = Как составлен этот реестр
register-intro = { $count ->
    [one] { $count } человек, чья семья согласилась предать огласке его дело.
    [few] { $count } человека, чьи семьи согласились предать огласке их дела.
    [many] { $count } человек, чьи семьи согласились предать огласке их дела.
   *[other] { $count } человека, чьи семьи согласились предать огласке их дела.
}
register-search-label = Поиск по реестру
register-search-placeholder = Имя в любом написании, место, обвинение, год, номер записи
register-search-button = Искать
# %n is replaced by the number of entries found (not a Fluent variable: the page's script fills it in).
register-search-found = Найдено записей: %n
register-search-none = Ни одна запись не содержит всех этих слов.
register-col-entry = Запись
register-col-status = Статус
register-col-prefecture = Округ
register-col-detained = Год задержания
register-col-claim = Что сказано в записи
register-col-level = Проверка
register-col-supported = Подтверждают
register-col-disputed = Оспаривают
register-entry-anonymized-title = Запись { $id }
register-entry-anonymized = Опубликовано анонимно по просьбе семьи
register-entry-named = Опубликовано с именем, с согласия семьи
register-names = Имя в других письменностях
register-verification = Проверка: { $level }
register-clock = Срок до освобождения
register-clock-expected = Ожидаемое освобождение: { $when }
register-clock-passed = Ожидаемое освобождение: { $when } — срок прошёл
register-clock-alert = Ожидаемое освобождение: { $when } — срок прошёл, а вестей о человеке с тех пор нет
register-detentions = Задержание, обвинения и приговор
register-timeline = Хронология
register-claims = Утверждения и их доказательства
register-sources = Источники
register-no-sources = Публичные источники пока не внесены.
register-claim-unpublished = { $count ->
    [one] и { $count } конфиденциальное свидетельство
    [few] и { $count } конфиденциальных свидетельства
    [many] и { $count } конфиденциальных свидетельств
   *[other] и { $count } конфиденциального свидетельства
}
register-undated = Дата неизвестна
register-by-status = По статусу
register-by-prefecture = По округам
register-by-charge = По обвинениям
register-by-year = По году задержания
register-group-count = { $count ->
    [one] { $count } запись.
    [few] { $count } записи.
    [many] { $count } записей.
   *[other] { $count } записи.
}
register-stats-lede = Здесь подсчитаны только записи этого реестра — это не все зафиксированные дела и не все задержанные.
register-chart-unit = Записи
register-about-consent = Каждая запись публикуется с согласия родственников, давших свидетельства. Если они согласились на публикацию имени, в записи приводится имя человека во всех письменностях, которыми его пишут; если они согласились только на анонимную публикацию, вместо имени показывается номер записи. Как только семья отзывает согласие, запись снимается с публикации.
register-about-anonymized = В анонимной записи место указывается с точностью до округа, даты — до года, год рождения — пятилетним интервалом, а названия учреждений, суды, род занятий и названия источников не приводятся, чтобы по записи нельзя было узнать семью.
register-about-levels = У каждого утверждения указан уровень проверки: «сообщается» (один источник), «подтверждено» (независимые источники совпадают) или «подтверждено документально» (сверено с документами). Свидетельства подкрепляют утверждения, но никогда не публикуются: родственники, которые рассказывают о случившемся, подвергают себя опасности.
register-about-manifest = Реестр — это набор обычных файлов. Его manifest.json перечисляет все файлы с их SHA-256 и подписан опубликованным ключом Ed25519 организации (manifest.sig), поэтому любой, кто размещает реестр у себя или делает его зеркало, может проверить, что ничего не изменено.
register-fact-sex = Пол
register-fact-born = Год рождения
register-fact-ethnicity = Национальность
register-fact-residency = Гражданство и проживание за рубежом
register-fact-occupation = Род занятий
register-fact-last-contact = Последняя связь
register-fact-last-place = Последнее известное место
register-detention-facility = Тип учреждения
register-detention-name = Учреждение
register-detention-place = Место
register-detention-forces = Кто задержал
register-detention-warrant = Ордер
register-detention-act = Что вменяют
register-detention-charge = Обвинение
register-detention-court = Суд
register-detention-convicted = Дата приговора
register-detention-sentence = Срок
register-archive-kept = Заархивировано { $date }
register-archive-changed = Заархивировано { $date }; с тех пор страница изменилась
register-archive-gone = Заархивировано { $date }; с тех пор страница удалена
register-no-consent = Это дело нельзя опубликовать: не все свидетели согласились на публикацию.

register-admin-title = Публичный реестр
register-admin-lede = Реестр — это статический сайт из дел, семьи которых согласились на публикацию. Он собирается в виде файлов, которые размещаются на другом сервере, так что посетители никогда не обращаются к этому серверу. Перед первой публикацией каждое дело проверяет администратор.
register-admin-publication = Публикация
register-admin-last = Последняя публикация: { $when }, опубликовал(а): { $by }, записей: { $count }.
register-admin-changes = С предыдущей публикации: добавлено { $added }, изменено { $changed }, удалено { $removed }, без изменений { $unchanged }.
register-admin-added = Добавлены:
register-admin-changed = Изменены:
register-admin-removed = Удалены (согласие отозвано или дело стёрто):
register-admin-never = Реестр ещё не публиковался.
register-admin-counts = Одобрено: { $approved }, ждут проверки: { $waiting }.
register-admin-command = На сервере команда { $command } записывает реестр в папку (повторная публикация в ту же папку обновляет её); здесь он скачивается ZIP-архивом. В обоих случаях публикация подписывается и записывается в журнал аудита.
register-admin-download = Опубликовать и скачать реестр (ZIP)
register-admin-candidates = Дела, по которым семьи дали согласие
register-admin-case = Дело
register-admin-consent = Согласие
register-admin-standing = Проверка
register-admin-named = С именем
register-admin-anonymized = Анонимно
register-admin-approved = Одобрено, запись { $id }
register-admin-awaiting = Ждёт проверки
register-admin-review = Проверить
register-admin-preview = Предпросмотр

register-review-title = Можно публиковать?
register-review-lede = { $case }: семьи согласились на публикацию ({ $consent }). Сравните то, что остаётся в Izde, с тем, что покажет реестр.
register-review-private = Остаётся в Izde
register-review-private-hint = Никогда не попадает в реестр: свидетели, свидетельства, заметки, номера документов, адреса и точные даты.
register-review-public = Будет опубликовано
register-review-public-hint = Запись в том виде, в каком её покажет страница.
register-review-confirm = Я проверил(а), что в публичной записи нет ничего, что могло бы подвергнуть семью опасности.
register-review-approve = Одобрить публикацию
register-review-approved = Одобрено как запись { $id }: { $by }, { $when }.
register-review-command-line = командная строка
register-review-no-id = (номер присваивается при одобрении)
register-review-back = Назад к реестру

register-private-name = Полное имя
register-private-other-names = Другие написания
register-private-aliases = Псевдонимы
register-private-id-numbers = Номера документов
register-private-birth-date = Дата рождения
register-private-address = Адрес
register-private-place-note = Уточнение места
register-private-narrative = История человека
register-private-testifier = Свидетель
register-private-testimonies = Свидетельства
register-private-source = Неопубликованный источник
register-private-evidence = Файлы-доказательства
