# Вход, страница учётной записи, страницы администратора (раскрытия, учётные записи, журнал аудита, места, дубликаты, объединение).

## Общее
account-loading = Загрузка…
account-save = Сохранить

## Вход
login-title = Вход
login-heading = Вход в Izde
login-username = Имя пользователя
login-password = Пароль
login-submit = Войти
login-hint = Учётные записи создаёт администратор. Сеанс завершается после 30 минут бездействия и через 12 часов после входа.
login-code-title = Вход: код
login-code-heading = Двухэтапная проверка
login-code-intro = Пароль для { $username } принят. Введите 6-значный код, который приложение-аутентификатор показывает для Izde.
login-code-label = Код
login-code-verify = Проверить
login-code-restart = Начать заново
login-unavailable = Izde не удалось выполнить вход. Попробуйте ещё раз через минуту.
login-challenge-over = Вход ждал слишком долго или было введено слишком много неверных кодов: введите имя пользователя и пароль ещё раз.
login-code-wrong = Код неверен: введите 6 цифр, которые приложение-аутентификатор показывает сейчас.
login-wrong = Неверное имя пользователя или пароль.
login-throttled = { $minutes ->
    [one] Слишком много неудачных попыток входа для этой учётной записи или с этого адреса. Попробуйте снова через { $minutes } минуту.
    [few] Слишком много неудачных попыток входа для этой учётной записи или с этого адреса. Попробуйте снова через { $minutes } минуты.
    [many] Слишком много неудачных попыток входа для этой учётной записи или с этого адреса. Попробуйте снова через { $minutes } минут.
   *[other] Слишком много неудачных попыток входа для этой учётной записи или с этого адреса. Попробуйте снова через { $minutes } минуты.
}
login-busy = Izde занят проверкой других входов. Подождите немного и войдите снова.
login-first = Сначала войдите.
login-cross-origin = Этот запрос пришёл не со страниц самого Izde, поэтому он отклонён. Откройте Izde и повторите оттуда.
login-database-unavailable = Izde сейчас не может связаться со своей базой данных. Попробуйте ещё раз через минуту.
login-enrol-first = Сначала включите двухэтапную проверку на странице своей учётной записи: настройки требуют её для администраторов.
login-session-needed = Сначала войдите в Izde: ваш сеанс завершился или вы не вошли.

## Запросы на раскрытие
admin-reveals-title = Запросы на раскрытие
admin-reveals-hint = Исследователь видит каждое дело под псевдонимом. Одобрение позволяет ему в течение 7 дней читать имена, контакты и свидетельства этого одного дела (но не изменять их). Каждый запрос и каждое решение сохраняются в журнале аудита.
admin-reveals-empty = Нет ожидающих запросов.
admin-reveals-asked = Запросил(а) { $username }, { $when } UTC
admin-reveals-grant = Разрешить на 7 дней
admin-reveals-decline = Отклонить
admin-reveals-decided = Другой администратор уже принял решение по этому запросу.

## Учётные записи
admin-accounts-title = Учётные записи
admin-accounts-username = Имя пользователя
admin-accounts-role = Роль
admin-accounts-status = Состояние
admin-accounts-sessions = Сеансы
admin-accounts-since = Создана
admin-accounts-change = Изменить
admin-accounts-disabled = отключена
admin-accounts-active = активна
admin-accounts-role-of = Роль { $username }
admin-accounts-disabled-check = отключена
admin-accounts-change-hint = Смена роли или отключение учётной записи сразу завершает её сеансы.
admin-settings-title = Настройки
admin-settings-auto-grant = Одобрять запросы исследователей на раскрытие, не дожидаясь администратора (каждый всё равно записывается в журнал)
admin-settings-totp-required = Администраторы обязаны использовать двухэтапную проверку (администратор без неё может только настроить её, пока не сделает этого)
admin-settings-save = Сохранить настройки
admin-new-account-title = Новая учётная запись
admin-new-account-username-hint = От 3 до 64 букв, цифр, точек, подчёркиваний или дефисов.
admin-new-account-password = Первый пароль
admin-new-account-password-hint = Не менее 12 символов. Передайте его человеку лично; он сменит его на странице своей учётной записи.
admin-new-account-submit = Создать учётную запись
admin-role-invalid = выберите администратора, волонтёра или исследователя
admin-role-choose = выберите роль
admin-password-short = { $count ->
    [one] пароль должен содержать не менее { $count } символа
    [few] пароль должен содержать не менее { $count } символов
    [many] пароль должен содержать не менее { $count } символов
   *[other] пароль должен содержать не менее { $count } символа
}
admin-username-taken = это имя пользователя уже занято
admin-self-lockout = Нельзя лишить себя роли администратора или отключить собственную учётную запись: попросите другого администратора.
admin-last-admin = Это последняя активная учётная запись администратора: сначала назначьте другого администратора.
account-username-length = имя пользователя содержит от 3 до 64 символов
account-username-characters = имя пользователя содержит только буквы, цифры, точки, подчёркивания и дефисы

## Минимальные требования к экспорту
admin-minimums-title = Минимальные требования к экспорту
admin-minimums-now = Ни один экспорт, ни на сайте, ни из командной строки, не может опуститься ниже этих значений. Сейчас: открытые наборы данных k ≥ { $public_k }, l ≥ { $public_l }, исключено не более { $public_percent } %; наборы для исследователей k ≥ { $researcher_k }, l ≥ { $researcher_l }, исключено не более { $researcher_percent } %; в таблицах скрыты числа меньше { $threshold }.
admin-minimums-public = Открытые наборы данных (публикуются открыто)
admin-minimums-least-k = Наименьшее k
admin-minimums-least-l = Наименьшее l
admin-minimums-suppressed = Наибольшая доля исключённых строк (%)
admin-minimums-public-k-hint = Каждая выпущенная строка совпадает как минимум с k − 1 другими по месту, году рождения, полу, национальности, роду занятий, датам, обвинениям и приговору (по умолчанию 5).
admin-minimums-public-l-hint = Число разных статусов в каждой такой группе (по умолчанию 2).
admin-minimums-public-suppressed-hint = 0–50 (по умолчанию 5).
admin-minimums-researcher = Наборы данных для исследователей (передаются по соглашению)
admin-minimums-researcher-k-hint = По умолчанию 3.
admin-minimums-researcher-l-hint = По умолчанию 1.
admin-minimums-researcher-suppressed-hint = 0–50 (по умолчанию 10).
admin-minimums-threshold = Наименьшее число, показываемое в таблицах
admin-minimums-threshold-hint = Меньшие числа в таблицах всех отчётов показываются как «x» (по умолчанию 5).
admin-minimums-save = Сохранить минимальные требования

## Настройки доказательств
admin-evidence-title = Файлы доказательств и архивированные страницы
admin-evidence-max-file = Наибольший файл (МБ)
admin-evidence-max-file-hint = Более крупная загрузка отклоняется, и ничего из неё не сохраняется (по умолчанию 2148 МБ: 2 ГиБ).
admin-evidence-hosts = Узлы частной сети, к которым может обращаться архиватор
admin-evidence-hosts-hint = Обычно пусто. Izde никогда не обращается к частному, петлевому или локальному для канала адресу, если его узел не указан здесь (через запятую), например внутренний сервер архива.

## Ваша учётная запись
account-title = Ваша учётная запись
account-logged-in-as = Вы вошли как { $username } ({ $role }).
account-password-changed = Ваш пароль изменён. Все остальные сеансы вашей учётной записи завершены.
account-password-heading = Смена пароля
account-password-current = Текущий пароль
account-password-new = Новый пароль
account-password-new-hint = Не менее 12 символов.
account-password-confirm = Новый пароль ещё раз
account-password-submit = Сменить пароль
account-password-throttled = { $minutes ->
    [one] слишком много попыток ввести текущий пароль: попробуйте снова через { $minutes } минуту
    [few] слишком много попыток ввести текущий пароль: попробуйте снова через { $minutes } минуты
    [many] слишком много попыток ввести текущий пароль: попробуйте снова через { $minutes } минут
   *[other] слишком много попыток ввести текущий пароль: попробуйте снова через { $minutes } минуты
}
account-password-differ = два новых пароля не совпадают
account-password-not-current = это не ваш текущий пароль

## Двухэтапная проверка
account-two-step-title = Двухэтапная проверка
account-two-step-demanded = Настройки требуют от администраторов двухэтапной проверки: настройте её здесь, прежде чем делать что-либо ещё.
account-two-step-code-hint = 6 цифр, которые приложение-аутентификатор сейчас показывает для Izde.
account-two-step-on = Включена: при входе запрашивается код из приложения-аутентификатора.
account-two-step-code-off = Код, чтобы отключить
account-two-step-turn-off = Отключить
account-two-step-scan = Отсканируйте это приложением-аутентификатором (Aegis, FreeOTP, Google Authenticator…) или введите в него ключ. Затем введите код, который оно покажет.
account-two-step-key = Ключ:
account-two-step-code-app = Код из приложения
account-two-step-turn-on = Включить
account-two-step-off = Отключена. Когда она включена, одного украденного пароля недостаточно, чтобы открыть вашу учётную запись.
account-two-step-set-up = Настроить двухэтапную проверку
account-two-step-bad-code = код неверен: введите 6 цифр, которые приложение показывает сейчас
account-two-step-already-on = Двухэтапная проверка для вашей учётной записи уже включена.
account-two-step-admins-keep = Администраторы должны держать двухэтапную проверку включённой: этого требуют настройки установки.

## Журнал аудита
admin-audit-title = Журнал аудита
admin-audit-hint = Каждое изменение, каждое чтение имён и других чувствительных полей, каждое раскрытие, вход и экспорт — по порядку. Записи хранят идентификаторы и хеши зашифрованных значений, но никогда сами значения. Каждая запись содержит хеш предыдущей, поэтому запись, изменённая или удалённая в базе данных, разрывает цепочку начиная с этого места.
admin-audit-chain-intact = { $count ->
    [one] Цепочка цела: только что проверена { $count } запись. Вершина
    [few] Цепочка цела: только что проверены { $count } записи. Вершина
    [many] Цепочка цела: только что проверено { $count } записей. Вершина
   *[other] Цепочка цела: только что проверено { $count } записи. Вершина
}
admin-audit-chain-broken = Цепочка РАЗОРВАНА на записи { $seq }:
admin-audit-chain-broken-advice = . Записям начиная с этого места доверять нельзя: сравните с резервной копией и расследуйте.
admin-audit-matches = { $count ->
    [one] Найдена { $count } запись.
    [few] Найдено { $count } записи.
    [many] Найдено { $count } записей.
   *[other] Найдено { $count } записи.
}
admin-audit-when = Когда (UTC)
admin-audit-who = Кто
admin-audit-action = Действие
admin-audit-record = Запись
admin-audit-change = До → после
admin-audit-cases = { $count ->
    [one] { $count } дело
    [few] { $count } дела
    [many] { $count } дел
   *[other] { $count } дела
}
admin-audit-record-case = дело { $id }
admin-audit-record-testifier = свидетель { $id }
admin-audit-record-event = событие { $id }
admin-audit-record-source = источник { $id }
admin-audit-record-detention = задержание { $id }
admin-audit-record-testimony = свидетельство { $id }
admin-audit-record-user = пользователь { $id }
admin-audit-record-reveal = раскрытие { $id }
admin-audit-record-export = экспорт { $id }
admin-audit-record-place = место { $id }
admin-audit-record-evidence = доказательство { $id }
admin-audit-deleted-account = удалённая учётная запись
admin-audit-pages = Страницы
admin-audit-newer = ← Новее
admin-audit-older = Старше →
admin-audit-filter-label = Фильтр журнала аудита
admin-audit-filter-who = Кто (имя пользователя)
admin-audit-filter-any = Любое
admin-audit-filter-record = Идентификатор записи
admin-audit-filter-from = С (ГГГГ-ММ-ДД)
admin-audit-filter-to = По (ГГГГ-ММ-ДД)
admin-audit-filter = Фильтровать
admin-audit-clear = Сбросить

## Места
places-title = Места
places-hint = Справочник мест содержит округа и уезды Синьцзяна (и места за рубежом). Волость или село, названное в свидетельстве, можно добавить здесь — под его уездом, с названиями на каждой письменности. После этого волонтёры найдут его в любом выборе места. Добавление места записывается в журнал аудита; место нельзя удалить, если на него уже могут ссылаться дела.
places-village = Село
places-township = Волость
places-add-title = Добавить волость или село
places-parent = Где
places-parent-hint = Его уезд (село можно также добавить под ранее добавленной волостью).
places-level = Тип места
places-name-en = Название латиницей
places-name-en-hint = Как его пишут правозащитники, например Qaraqara.
places-name-kk = Название на казахском (кириллица)
places-name-ug = Название на уйгурском (арабское письмо)
places-name-zh = Название на китайском
places-name-zh-hint = Официальное название, как в удостоверении личности или приговоре, если известно.
places-add = Добавить место
places-added-title = Добавленные места
places-empty = Ещё не добавлено ни одного места.
places-place = Место
places-kind = Тип
places-kazakh = Казахский
places-uyghur = Уйгурский
places-chinese = Китайский
places-added = Добавлено
places-kind-village = село
places-kind-township = волость
places-added-by = { $when }, добавил(а) { $username }

## Дубликаты
dup-title = Возможные дубликаты
dup-lede = Дела, которые индекс имён счёл похожими — то же имя в другом написании или другой письменностью, или тот же номер удостоверения, — когда одно из них было сохранено. Откройте оба (каждое в новой вкладке) и сравните, прежде чем решать. Открытие этой страницы считается чтением каждого дела на ней и записывается в журнал аудита.
dup-empty = Нет пар, ожидающих решения.
dup-found-intake = Найдено при приёме { $when } UTC
dup-found-intake-by = Найдено при приёме { $when } UTC, сохранил(а) { $username }
dup-found-edit = Найдено при редактировании дела { $when } UTC
dup-found-edit-by = Найдено при редактировании дела { $when } UTC, сохранил(а) { $username }
dup-saved = Сохранённое
dup-looks-like = Похоже на (записанное ранее)
dup-said-different = Сохранивший указал, что это другой человек.
dup-compare = Сравнить и объединить…
dup-different = Разные люди
dup-born = род. { $year }
dup-missing-since = пропал(а) в { $year }

## Объединение
merge-title = Объединить две записи об одном человеке
merge-back = Назад к возможным дубликатам
merge-testifiers = { $count ->
    [one] { $count } свидетель
    [few] { $count } свидетеля
    [many] { $count } свидетелей
   *[other] { $count } свидетеля
}
merge-testimonies = { $count ->
    [one] { $count } свидетельство
    [few] { $count } свидетельства
    [many] { $count } свидетельств
   *[other] { $count } свидетельства
}
merge-detentions = { $count ->
    [one] { $count } задержание
    [few] { $count } задержания
    [many] { $count } задержаний
   *[other] { $count } задержания
}
merge-events = { $count ->
    [one] { $count } событие
    [few] { $count } события
    [many] { $count } событий
   *[other] { $count } события
}
merge-sources = { $count ->
    [one] { $count } источник
    [few] { $count } источника
    [many] { $count } источников
   *[other] { $count } источника
}
merge-contents = { $list }.
merge-list-separator = ,{" "}
merge-nothing = Под ним пока ничего не записано.
merge-keep-address = Сохранить адрес этого дела
merge-lede = Всё, что записано в любом из дел, — свидетели, свидетельства, задержания, события, источники, утверждения и их проверки — сохраняется в одном деле. Выберите, чей адрес сохранится (другой будет с этого момента вести к нему), и для каждого различающегося поля профиля — какое значение верно. Другие написания, псевдонимы и номера удостоверений обоих дел сохраняются; невыбранное имя становится другим написанием. Обе истории остаются доступными для чтения.
merge-which-keeps = Какое дело сохраняет свой адрес?
merge-saved-later = Сохранённое позже
merge-recorded-before = Записанное ранее
merge-profile = Профиль пропавшего человека
merge-field = Поле
merge-notes = Почему это один человек?
merge-notes-hint = например: «тот же номер удостоверения; брат подтвердил по телефону 3 декабря». Хранится с делом, в зашифрованном виде.
merge-submit = Объединить в одно дело
merge-cancel = Отмена
merge-both-kept = Сохраняются оба.
merge-keep-both = Сохранить оба, первым — значение сохраняемого дела

# What a role is refused.
access-refused-enter-testimonies = Ваша учётная запись ({ $role }) не может вносить новые свидетельства.
access-refused-find-testifiers = Ваша учётная запись ({ $role }) не может искать свидетелей по имени.
access-refused-add-places = Ваша учётная запись ({ $role }) не может добавлять места в справочник мест.
access-refused-see-added-places = Ваша учётная запись ({ $role }) не может видеть места, добавленные в справочник.
access-refused-review-claims = Ваша учётная запись ({ $role }) не может проверять утверждения (это делают администраторы).
access-refused-merge-cases = Ваша учётная запись ({ $role }) не может объединять дела.
access-refused-read-cases = Ваша учётная запись ({ $role }) не может читать дела.
access-refused-search-by-name = Ваша учётная запись ({ $role }) не может искать дела по имени.
access-refused-check-duplicates = Ваша учётная запись ({ $role }) не может проверять новые свидетельства на дубликаты.
access-refused-review-duplicates = Ваша учётная запись ({ $role }) не может рассматривать возможные дубликаты.
access-refused-decide-duplicates = Ваша учётная запись ({ $role }) не может решать о возможных дубликатах.
access-refused-erase-cases = Ваша учётная запись ({ $role }) не может стирать дела.
access-refused-request-reveals = Ваша учётная запись ({ $role }) не может запрашивать раскрытие имён (это делают исследователи).
access-refused-decide-reveals = Ваша учётная запись ({ $role }) не может решать о запросах на раскрытие имён.
access-refused-see-reveals = Ваша учётная запись ({ $role }) не может видеть запросы на раскрытие имён.
access-refused-manage-accounts = Ваша учётная запись ({ $role }) не может управлять учётными записями.
access-refused-assign-cases = Ваша учётная запись ({ $role }) не может назначать дела.
access-refused-change-settings = Ваша учётная запись ({ $role }) не может менять настройки.
access-refused-read-audit-log = Ваша учётная запись ({ $role }) не может читать журнал аудита.

## Personal API tokens (the account page; every account's tokens on the admins' accounts page)
api-tokens-title = API-токены
api-tokens-hint = Личный токен позволяет вашим собственным скриптам читать через API Izde то, что вы можете читать на этих страницах, с вашей ролью — и ничего больше. Он только читает. Он перестаёт работать, когда истекает его срок, когда вы его отзываете или когда ваша учётная запись отключена. Храните его как пароль. Описание API: /api/v1/openapi.json.
api-tokens-none = Токенов пока нет.
api-tokens-name = Название
api-tokens-name-hint = Для чего токен, например «блокнот для анализа на ноутбуке». Не пишите здесь ничьих имён.
api-tokens-lasts = Срок действия
api-tokens-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
api-tokens-make = Создать токен
api-tokens-new = Новый токен
api-tokens-made = Ваш новый токен «{ $name }», действует до { $when }:
api-tokens-copy-now = Скопируйте его сейчас и сохраните в надёжном месте: он показывается только один раз. Izde хранит лишь его отпечаток и не сможет показать его снова.
api-tokens-created = Создан
api-tokens-expires = Истекает
api-tokens-last-used = Последнее использование
api-tokens-never-used = ни разу
api-tokens-active = действует
api-tokens-expired = истёк
api-tokens-revoked-on = отозван { $when }
api-tokens-revoke = Отозвать
api-tokens-revoke-named = Отозвать токен { $name }
api-tokens-all-title = API-токены всех учётных записей
api-tokens-all-hint = Каждый токен читает с текущей ролью своей учётной записи. Отзовите токен, который мог утечь; отключение учётной записи останавливает все её токены.
api-token-name-required = дайте токену название
api-token-no-account = API-токены бывают только у учётных записей.
admin-audit-record-api-token = API-токен { $id }

## Read API errors (JSON answers of /api/v1)
api-error-missing-token = В запросе нет API-токена: отправьте заголовок «Authorization: Bearer» и после него ваш токен.
api-error-invalid-token = Этот API-токен недействителен: возможно, он отозван или его учётная запись отключена. Создайте новый на странице учётной записи.
api-error-token-expired = Срок действия этого API-токена истёк. Создайте новый на странице учётной записи.
api-error-rate-limited = Слишком много запросов с этим токеном: подождите { $seconds } с и повторите.
api-error-unknown-parameter = Этот метод не принимает параметр «{ $name }».
api-error-invalid-filter = Такое значение «{ $name }» не принимается (см. описание API).
api-error-invalid-cursor = Этот курсор выдан не Izde: передайте next_cursor предыдущего ответа без изменений.
api-error-cursor-mismatch = Этот курсор относится к списку с другими фильтрами: повторите те же фильтры или начните сначала без курсора.
api-error-read-only = API только читает: используйте GET.
