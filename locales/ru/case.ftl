# Страница дела, его история, файлы, утверждения и хронология.

case-loading = Загрузка…
case-erase-heading = Удалить это дело
case-erase-hint = По просьбе семьи или ради её защиты: ключ дела уничтожается, и ничего из него больше нельзя прочитать.
case-erase-button = Удалить это дело…
case-erased-title = Удалённое дело
case-erased-heading = Это дело удалено
case-erased-on = Удалено { $when }. Его ключ данных уничтожен: ничего из него больше нельзя прочитать ни здесь, ни в какой-либо копии базы данных.
case-erased-on-by = Удалено { $when }, удалил(а) { $who }. Его ключ данных уничтожен: ничего из него больше нельзя прочитать ни здесь, ни в какой-либо копии базы данных.
case-erased-reason = Причина:
case-back-to-cases = Назад к делам
case-access-others = Вы видите это дело так, как его видит исследователь: имена, контакты, рассказы и расшифровки показываются только волонтёрам, которые внесли дело или назначены на него. Если вы работаете над этим делом, попросите администратора назначить вас.
case-reveal-pending = Вы запросили имена по этому делу { $when }. Администратор ещё не принял решение.
case-reveal-granted = Ваш запрос одобрен: обновите страницу, чтобы увидеть имена.
case-reveal-denied = Администратор отклонил ваш последний запрос имён по этому делу. Вы можете запросить снова, подробнее объяснив причину.
case-reveal-expired = Срок доступа к именам по этому делу истёк. Запросите снова, если имена всё ещё нужны.
case-reveal-reason-label = Зачем вам имена по этому делу?
case-reveal-reason-hint = Администратор прочтёт это, прежде чем дать доступ. Каждый доступ записывается в журнал аудита; он действует 7 дней.
case-reveal-submit = Запросить имена
case-access-title = Имена скрыты
case-assign-title = Назначить волонтёра
case-assign-volunteer = Волонтёр
case-assign-hint = Волонтёр будет видеть и править имена, контакты и свидетельства этого дела.
case-assign-submit = Назначить
case-another-place = { $place } — другое место: { $note }
case-recorded = Редакция { $revision } · сохранено { $when }
case-recorded-by = Редакция { $revision } · сохранено { $when }, { $who }
case-target-source = Источник: { $title }
case-target-case = Дело
case-target-removed = Удалённая запись
case-title = Дело
case-as-of = Как было записано { $when }.
case-see-current = Дело в нынешнем виде
case-all-revisions = Все редакции
case-no-consent = Нет согласия на публикацию: это дело исключено из всех выгрузок и из всего, что Izde готовит для других.
case-see-testifiers = К свидетелям
case-verification = Проверка: { $level }
case-history-link = История
case-edit = Править дело
case-add-event = Добавить событие
case-add-source = Добавить источник
case-add-detention = Добавить задержание
case-add-testimony = Добавить свидетельство
case-add-testifier = Добавить свидетеля
case-add-file = Добавить файл
case-profile = Сведения о человеке
case-other-names = Другие имена
case-aliases = Псевдонимы
case-gender = Пол
case-born = Дата рождения
case-ethnicity = Национальность
case-residency = Место жительства за рубежом
case-occupation = Род занятий
case-id-numbers = Номера документов
case-address = Адрес
case-last-contact = Последняя связь
case-last-place = Последнее известное место
case-detention-title = Задержание и приговор
case-nothing-known = Пока ничего не известно.
case-testifiers = Свидетели
case-testimonies = Свидетельства
case-timeline = Хронология
case-claims-title = Утверждения и их доказательства
case-claims-hint = Уровень каждого утверждения определяется его источниками: один источник — сообщается; два независимых источника — подтверждено несколькими источниками; официальное заявление, суд или утёкший документ — подтверждено документально. Источники с общим издателем, ссылкой или автором считаются за один.
case-disputed-claims = { $count ->
    [one] Источники расходятся в { $count } утверждении этого дела: см. отмеченные утверждения ниже.
    [few] Источники расходятся в { $count } утверждениях этого дела: см. отмеченные утверждения ниже.
    [many] Источники расходятся в { $count } утверждениях этого дела: см. отмеченные утверждения ниже.
   *[other] Источники расходятся в { $count } утверждения этого дела: см. отмеченные утверждения ниже.
}
case-sources = Источники
case-no-sources = Источников пока нет.
case-add-a-source = Добавить источник
case-files = Файлы
case-no-files = Видео, записи, фотографии и документы пока не сохранены.
case-merged-title = Объединённые записи
case-merged-hint = Другие записи об этом человеке были объединены с этим делом при проверке дубликатов. Их адреса ведут сюда; история каждой до объединения сохранена.
case-merged-item = { $pseudonym } — объединено { $when }.
case-merged-item-by = { $pseudonym } — объединено { $when }, { $who }.
case-merged-history = Её история до объединения
case-why = Почему:
case-release-never = никогда (пожизненный срок)
case-release-between = между { $start } и { $end }
case-release-not-before = не раньше { $date }
case-release-by = не позднее { $date }
case-release-unknown = неизвестно
case-release-from-detention = { $release } (считая от задержания)
case-release-from-conviction = { $release } (считая от приговора)
case-release-alert = { $release } — срок прошёл, и с тех пор нет подтверждений, что человек жив: повод для правозащитного обращения
case-release-overdue = { $release } — срок прошёл; с тех пор поступали вести о человеке
case-facility = Учреждение
case-place = Место
case-alleged-act = Вменяемое деяние
case-legal-charge = Обвинение
case-sentence = Приговор
case-expected-release = Ожидаемое освобождение
case-court = Суд
case-convicted = Дата приговора
case-family-learned = Семья узнала
case-confirmed-by = Кем подтверждено
case-responsible-forces = Задержали
case-warrant = Ордер
case-correct-detention = Исправить это задержание
case-remove = Удалить
case-contact = Контакт
case-consent = Согласие на публикацию
case-consent-how = Как дано согласие
case-pressure = Оказанное давление
case-change-consent = Изменить согласие
case-consent-since = { $consent } — с { $date }
case-consent-since-by = { $consent } — с { $date }, записал(а) { $who }
case-minutes = { $count } мин
case-recording = Запись:
case-transcript = Расшифровка
case-published-as-source = Опубликовано как источник этого дела
case-also-about = { $count ->
    [one] Это же свидетельство касается ещё { $count } пропавшего родственника:
    [few] Это же свидетельство касается ещё { $count } пропавших родственников:
    [many] Это же свидетельство касается ещё { $count } пропавших родственников:
   *[other] Это же свидетельство касается ещё { $count } пропавших родственников:
}
case-relative-n = родственник { $n }
case-also-about-end = (у каждого своё дело; исправление, сделанное здесь, туда не копируется).
case-correct-testimony = Исправить это свидетельство
case-retracted = Отозван { $when }
case-retracted-by = Отозван { $when }, { $who }
case-retracted-note = — больше не считается доказательством ни для какого утверждения.
case-archive-gone = Удалена: страницы больше нет (404, 410 или страница «удалено» платформы). Архивная копия сохранена.
case-archive-changed = Изменилась после архивирования: страница теперь отличается от архивной копии.
case-archive-alive = Всё ещё доступна и не менялась с момента архивирования.
case-archived = Заархивировано { $when } (HTTP { $status }). Последняя проверка { $checked }: { $state } (с { $since })
case-archived-from = Заархивировано { $when } (HTTP { $status }, с { $url }). Последняя проверка { $checked }: { $state } (с { $since })
case-archived-copy = Архивная копия
case-author = Автор:
case-reference = Ссылка:
case-archive-again = Заархивировать страницу снова
case-archive-page = Заархивировать эту страницу
case-correct-source = Исправить этот источник
case-retract = Отозвать

evidence-added = { $summary } · { $target } · добавлено { $when }
evidence-added-by = { $summary } · { $target } · добавлено { $when }, { $who }
evidence-added-hidden = { $target } · добавлено { $when }
evidence-damaged = Повреждён: сохранённое больше не совпадает с загруженным (проверено { $when }). Izde не будет его отдавать; восстановите его из резервной копии.
evidence-image-alt = Изображение: { $name }
evidence-download = Скачать оригинал
evidence-summary = { $kind }, { $size }
evidence-kind-video = видео
evidence-kind-audio = аудиозапись
evidence-kind-image = изображение
evidence-kind-pdf = документ PDF
evidence-kind-file = файл
evidence-page-title = Добавить файл
evidence-target-case = Само дело
evidence-testimony-detail = { $medium }, { $date }
evidence-testimony-label = Свидетельство: { $name } ({ $detail })
evidence-upload = Загрузить
evidence-intro = Видео- или аудиосвидетельство, фото судебного уведомления, снимок экрана, документ. Izde вычисляет его хеш при получении (SHA-256) и хранит его зашифрованным ключом дела; воспроизводить и скачивать его могут только те, кому доступны имена этого дела. Остальные видят только тип и размер.
evidence-attach-label = Что он подтверждает?
evidence-choose = Выберите…
evidence-file-label = Файл
evidence-file-hint = Его имя тоже шифруется. Тип определяется по содержимому, а не по имени.
evidence-archive-title = Заархивировать страницу источника
evidence-archive-submit = Заархивировать
evidence-archived-before = Уже архивировалось { $when }: новое архивирование сохранит новую копию, и проверки будут сравнивать с ней.
evidence-address = Адрес:
evidence-archive-hint = Izde загружает страницу с сервера (без cookie, ничего вашего не передаётся), хранит её в файлах дела с её SHA-256, HTTP-статусом и конечным адресом и каждый день проверяет адрес снова: если страницу удалят или изменят, страница дела сообщит об этом, а архивная копия останется.
evidence-unreadable = Не удалось прочитать загрузку. Выберите файл снова.
evidence-choose-file = Выберите файл для загрузки.
evidence-cut-off = Загрузка прервалась, прежде чем файл пришёл целиком. Ничего не сохранено: выберите файл снова и загрузите его ещё раз.
evidence-too-large = Этот файл больше { $limit }, которые принимает эта установка. Ничего не сохранено. Попросите администратора поднять предел или сохраните более короткий фрагмент.
evidence-choose-target = Выберите, что подтверждает файл: дело, свидетельство или источник.
evidence-not-of-case = Это свидетельство или источник не относится к этому делу (возможно, оно удалено).
evidence-empty = Этот файл пуст (0 байт). Ничего не сохранено: выберите сам файл.
evidence-forbidden = Открывать файлы дела могут только те, кому доступны его имена.
evidence-retracted-source = Этот источник отозван: он ничего не подтверждает и не архивируется.
evidence-not-web = Ссылка этого источника — не веб-адрес (http:// или https://): архивировать нечего. Сначала исправьте источник.
evidence-private = Этот адрес ведёт в частную сеть (или на сам этот сервер): Izde его не загружает. Администратор может разрешить хост в настройках, если это надёжный архив.
evidence-fetch-scheme = архивировать можно только адреса http и https
evidence-fetch-too-large = страница больше { $limit }, которые архивирует Izde
evidence-fetch-unreachable = сайт недоступен: { $reason }
evidence-not-archived = Не удалось заархивировать страницу: { $reason }.
evidence-http-status = Страница ответила HTTP { $status }: архивировать нечего. Если её удалили, запишите это как событие и поищите копию в другом месте.
evidence-back = Назад к делу
evidence-refused-forbidden = Недоступно вашей учётной записи
evidence-refused-missing = Такого файла нет
evidence-refused-other = Не удалось отправить файл
evidence-damaged-title = Этот файл повреждён
evidence-damaged-text = Сохранённое больше не совпадает с загруженным (часть была изменена, перемещена или обрезана), поэтому Izde его не отдаёт. Страница дела отмечает это; администратор может восстановить файл из резервной копии.

history-title = История дела
history-loading = Загрузка…
history-merged = Эта запись была объединена с другим делом { $when }. Ниже её история до объединения;
history-merged-by = Эта запись была объединена с другим делом { $when }, { $who }. Ниже её история до объединения;
history-see-kept = см. дело, частью которого она теперь является
history-merged-end = .
history-command-line = командная строка
history-revision = Редакция { $revision }
history-at-merge = (при объединении)
history-current = (текущая)
history-saved = Сохранено { $when } UTC, { $who }
history-back = Назад к делу
history-hint = Каждое сохранение хранит дело таким, каким оно было раньше, зашифрованным, как и само дело. Откройте редакцию, чтобы прочитать дело в том виде, в каком оно было записано тогда.

claims-level-unsourced = Источник не указан
claims-level-reported = Сообщается (один источник)
claims-level-corroborated = Подтверждено (два независимых источника)
claims-level-confirmed = Подтверждено документально (официально, суд или утёкший документ)
claims-disputed = { $count ->
    [one] Источники расходятся: { $count } указанный источник оспаривает это утверждение.
    [few] Источники расходятся: { $count } указанных источника оспаривают это утверждение.
    [many] Источники расходятся: { $count } указанных источников оспаривают это утверждение.
   *[other] Источники расходятся: { $count } указанного источника оспаривают это утверждение.
}
claims-reviewed = Уровень задан проверяющим { $when }:
claims-reviewed-by = Уровень задан проверяющим ({ $who }) { $when }:
claims-quoted = «{ $text }»
claims-from-sources = Только по источникам: { $level }.
claims-supports = Подтверждает
claims-disputes = Оспаривает
claims-at = на { $timecode }
claims-remove-summary = Убрать…
claims-uncite-label = Почему этот источник больше не учитывается для этого утверждения?
claims-uncite-hint = Хранится с делом в зашифрованном виде; в истории будет указано, что источник убран.
claims-remove = Убрать
claims-retracted-not-counted = отозван, не учитывается
claims-none = Источники пока не указаны.
claims-add-source-first = Сначала добавьте источник к делу.
claims-option = { $title } ({ $kind })
claims-option-timecode = { $title } ({ $kind }, можно указать тайм-код)
claims-source = Источник
claims-choose = Выберите…
claims-the-source = Источник
claims-supports-option = подтверждает это утверждение
claims-disputes-option = оспаривает это утверждение
claims-timecode-label = Тайм-код в записи
claims-timecode-hint = Необязательно, для видеосвидетельства или интервью: 12:05 или 1:02:30.
claims-cite = Сослаться
claims-cite-summary = Сослаться на источник
claims-computed = Как вычислено по источникам ({ $level })
claims-level = Уровень
claims-reason = Причина
claims-reason-hint = Это видят все читатели дела, включая исследователей: без имён.
claims-save-review = Сохранить проверку
claims-review-summary = Проверить уровень
claims-sources-cited = Указанные источники

timeline-empty = События пока не записаны.
timeline-date-unknown = дата неизвестна
timeline-reported = сообщено { $date }
timeline-grade-title = Надёжность источника (A–F) и достоверность сведений (1–6)
timeline-retracted = (отозван)
timeline-sources = Источники
timeline-edit-event = Править событие
timeline-remove = Удалить

case-not-editable = Изменять это дело могут только волонтёры, которые его внесли или которым оно поручено, и администраторы.

size-bytes = { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
    [many] { $bytes } байт
   *[other] { $bytes } байта
}
evidence-max-file-invalid = Целое число мегабайт, от 1 до 1000000 (1 TB).

evidence-unreachable-timeout = нет ответа вовремя
evidence-unreachable-redirects = слишком много перенаправлений
evidence-unreachable-connection = соединение не удалось

evidence-archived-name = { $host } архив { $date }

# A prison sentence's length.
sentence-life = пожизненное лишение свободы
sentence-years = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
sentence-months = { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}
sentence-years-months = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
} { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}
case-packs-heading = Обращения в ООН
case-packs-hint = Сообщение в рабочую группу ООН, заполненное по этому делу, если семья дала согласие.
case-pack-wgeid = Подготовить для РГНИ (исчезновение)
case-pack-wgad = Подготовить для РГПЗ (произвольное задержание)
case-dossier-link = Досье для правозащитной встречи (печать, PDF)
