skip-to-content = Перейти к содержанию
brand-tagline = свидетельства о пропавших
dev-key-title = Ключ для разработки — не для настоящих свидетельств.
dev-key-body = Этот сервер шифрует ключом, созданным рядом с его базой данных. Используйте его, чтобы попробовать Izde только на вымышленных данных.
sealed-title = Запечатано.
sealed-body = Записи остаются зашифрованными, пока администратор не распечатает сервер своей парольной фразой.

nav-main = Главное меню
nav-cases = Дела
nav-statistics = Статистика
nav-timeline = Хронология
nav-release-alerts = Срок истёк
nav-export = Экспорт
nav-new-testimony = Новое свидетельство
nav-reveals = Запросы на раскрытие
nav-duplicates = Дубликаты
nav-places = Места
nav-accounts = Учётные записи
nav-audit = Журнал аудита
log-out = Выйти

role-admin = администратор
role-researcher = исследователь
role-volunteer = волонтёр

language-label = Язык
language-apply = Сменить

not-found-title = Не найдено
not-found-body = По этому адресу ничего нет.
back-to-cases = Вернуться к делам
pager = Страницы
pager-previous = ← Назад
pager-next = Далее →

encrypted-mark = зашифровано
encrypted-mark-spoken = (шифруется перед сохранением)
form-cancel = Отмена
form-nothing-saved = Ничего не сохранено. Каждая ошибка отмечена рядом с полем ниже; всё, что вы ввели, осталось на месте.
checkboxes-empty = Пока выбирать не из чего.
footer-note = Izde хранит имена, контакты, рассказы и расшифровки в зашифрованном виде. Эта страница ничего не загружает с других сайтов.
language-unknown = В Izde нет такого языка. Выберите язык из списка.
database-unavailable = Izde сейчас не может связаться со своей базой данных. Попробуйте ещё раз через минуту.
