# The forms of a case's records: detentions, timeline events, sources, removals, erasure.

detention-page-title = Задержание и приговор
detention-correct = Исправить задержание
detention-add = Добавить задержание
detention-save = Сохранить задержание
detention-not-encrypted = Эти поля не шифруются (исследователи ведут по ним поиск): никаких имён людей. Дата, когда человека забрали, — это событие хронологии.
detention-held-in = Где содержится
detention-not-known = Неизвестно
detention-facility-name = Название лагеря, следственного изолятора или тюрьмы
detention-where = Место
detention-unknown = Неизвестно
detention-alleged-act = Что ему или ей вменяют
detention-alleged-act-hint = Само деяние, например «пост на форуме в 2012 году», — отдельно от статьи обвинения.
detention-legal-charge = Обвинение
detention-none-known = Неизвестно
detention-sentence = Срок
detention-sentence-hint = например: 10 лет, 7 лет 6 месяцев, пожизненно
detention-court = Суд
detention-conviction-date = Дата приговора
detention-learned-date = Когда семья узнала об этом
detention-learned-how = Как семья узнала об этом
detention-confirmed-by = Кем подтверждено (учреждение или должность)
detention-confirmed-by-hint = например: посольство КНР в Астане. Не имя частного лица.

event-page-title = Событие хронологии
event-edit = Изменить событие
event-add = Добавить событие
event-save = Сохранить событие
event-kind = Что произошло
event-date = Когда это произошло
event-reported = Когда об этом сообщили
event-reported-hint = Дата, когда семья или источник рассказали об этом, — это не одно и то же.
event-where = Место
event-unknown = Неизвестно
event-summary = Что произошло, кратко
event-sources = Подтверждается этими источниками
event-no-sources = У этого дела пока нет источников: добавьте источник на странице дела, затем свяжите его здесь.

source-page-title = Источник
source-retracted-title = Этот источник отозван
source-retracted-body = Он остаётся в деле в том виде, в каком был отозван, и ничего не доказывает. Если у сведений есть другие доказательства, добавьте их как новый источник.
source-back-to-case = Вернуться к делу
source-correct = Исправить источник
source-add = Добавить источник
source-save = Сохранить источник
source-events = События, которые подтверждает этот источник
source-no-events = У этого дела пока нет событий.

removal-page-title = Убрать из дела
removal-undated = без даты
removal-event = Убрать событие
removal-testimony = Убрать показания
removal-detention = Убрать задержание
removal-source = Отозвать источник
removal-retract = Отозвать
removal-to-be-retracted = Будет отозвано:
removal-retract-hint = Отозванный источник остаётся в деле с пометкой об отзыве и вашей причиной и больше не служит доказательством ни для каких сведений. Если нужно исправить в нём ошибку, вернитесь назад и исправьте его.
removal-retract-reason = Почему он отзывается?
removal-retract-reason-hint = например: «документ поддельный», «в сообщении его спутали с однофамильцем».
removal-remove = Убрать
removal-to-be-removed = Будет убрано:
removal-remove-hint = История дела сохранит запись в прежнем виде вместе с вашей причиной для тех, кому доступны имена в деле. Если нужно изменить запись, вернитесь назад и исправьте её.
removal-remove-reason = Почему это убирается?
removal-remove-reason-hint = например: «введено дважды», «семья уточнила: он никогда не был в этом лагере».

erasure-page-title = Стереть дело
erasure-heading = Стереть
erasure-submit = Стереть дело
erasure-what = Стирание удаляет дело и всё, что в нём записано, — профиль, показания и расшифровки, задержания, события, источники, историю — и уничтожает его ключ данных. Свидетели, которые не дают показаний по другим делам, стираются вместе с ним. Сохраняются только идентификатор дела, дата, ваша учётная запись, причина ниже и запись в журнале аудита.
erasure-backups = Резервные копии, сделанные до сегодняшнего дня, ещё содержат дело под ключом, который открывает текущий ключ сервера: храните их не дольше вашего срока хранения (см. README), а если когда-нибудь восстановите одну из них, сотрите это дело снова.
erasure-reason = Почему дело стирается?
erasure-reason-hint = например: «семья попросила 3 декабря, по телефону координатору».
erasure-confirm = Я понимаю, что стёртое дело нельзя вернуть

record-case-recorded = Дело записано.
