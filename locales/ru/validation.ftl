# Form errors (src/domain/forms.rs, partial dates) and the errors pages show (src/error.rs).

error-too-long = слишком длинно: не более { $max } { $max ->
    [one] символа
   *[other] символов
}
error-choose-listed = выберите один из вариантов списка
error-choose-place = выберите место из списка
error-place-note-county = сначала выберите в списке уезд, где находится место, затем назовите место здесь
error-choose-listed-items = выберите из элементов списка
error-name-required = Обязательно: имя пропавшего человека
error-birth-date-full = укажите полную дату рождения (например, 1978-03-14) или оставьте поле пустым и укажите год рождения
error-birth-year-range = год рождения должен быть целым числом от { $min } до { $max }
error-birth-year-mismatch = год рождения не совпадает с датой рождения
error-status-required = выберите нынешнее положение человека
error-relationship-required = выберите, кем свидетель приходится пропавшему
error-consent-required = выберите согласие на публикацию
error-testifier-name-required = Обязательно: имя свидетеля
error-detention-empty = Заполните хотя бы одно поле: где содержится, обвинение, приговор, суд…
error-sentence-unreadable = запишите срок в годах и месяцах, например «10 лет», «7 лет 6 месяцев», «18 месяцев» или «пожизненно»
error-sentence-too-long = срок больше 100 лет неправдоподобен; проверьте число
error-testifier-choose = Выберите, кто дал показания, среди свидетелей этого дела.
error-medium-required = выберите, как были даны показания
error-duration-range = продолжительность должна быть целым числом от { $min } до { $max }
error-reason-required = Укажите причину (например, «введено дважды», «попросила семья»): она хранится в зашифрованном виде.
error-reason-too-long = Причина должна быть короче { $max } { $max ->
    [one] символа
   *[other] символов
}.
error-erasure-confirm = Отметьте флажок для подтверждения: удалённое дело нельзя вернуть.
error-event-kind-required = выберите, что произошло
error-sha256 = хеш SHA-256 — это 64 шестнадцатеричных символа
error-source-type-required = выберите вид источника
error-source-title-required = Обязательно: название или краткое описание
error-reliability-required = выберите надёжность источника (A–F)
error-credibility-required = выберите достоверность сведений (1–6)
error-place-level = выберите волость или село
error-place-parent-required = выберите уезд, в котором находится место
error-village-parent = село добавляется в свой уезд или волость
error-township-parent = волость добавляется в свой уезд
error-place-name-too-long = название должно быть короче { $max } { $max ->
    [one] символа
   *[other] символов
}
error-place-name-latin = укажите название латиницей, как его пишут правозащитники
error-place-taken = { $place } уже есть в справочнике мест: выберите его из списка

# Partial dates as typed.
error-date-empty = введите дату, например 2017, май 2017 или ок. 2012
error-date-too-long = это слишком длинно для даты; введите дату, например 2017, май 2017 или ок. 2012
error-date-unrecognized = эту дату не удаётся прочитать; используйте форму вроде 2017, май 2017, 14 мая 2017, 14.05.2017, 2017-05-14, начало 2019, ок. 2012, до 2018 или 2019–2020
error-date-unknown-word = слово в дате не распознано; используйте название месяца по-русски, по-казахски или по-английски, либо ок., до, после, начало, середина или конец
error-date-year-range = год должен быть от { $min } до { $max }
error-date-two-digit-year = запишите год всеми четырьмя цифрами, например 2017
error-date-month-range = месяц должен быть от 1 до 12
error-date-day-range = день должен быть от 1 до 31
error-date-nonexistent-day = такого дня в этом месяце нет
error-date-missing-year = добавьте год, например май 2017
error-date-missing-month = к дню нужен месяц, например 14 мая 2017
error-date-part-with-day = начало, середина и конец употребляются только с годом или месяцем, не с полной датой
error-date-ambiguous = неясно, какое число — день, а какое — месяц; запишите дату как 14.05.2017, 2017-05-14 или 14 мая 2017
error-date-conflicting-qualifiers = используйте только одно из: ок., до или после
error-date-qualified-range = «до» и «после» употребляются только с одной датой, не с промежутком
error-date-range-backwards = промежуток должен заканчиваться позже, чем начинается
error-date-range-same-ends = начало и конец промежутка совпадают; введите одну дату

# What a page may learn about a failure.
error-not-found = Такой записи нет.
error-fields-need-attention = { $count ->
    [one] { $count } поле требует внимания.
    [few] { $count } поля требуют внимания.
    [many] { $count } полей требуют внимания.
   *[other] { $count } поля требуют внимания.
}
error-internal = На сервере произошла ошибка. Ничего не сохранено. (Номер { $reference })
error-sealed = Izde запечатан: записи остаются зашифрованными, пока администратор не распечатает сервер своей парольной фразой. Ничего не сохранено.
error-not-signed-in = Вы не вошли или ваш сеанс закончился. Войдите снова, чтобы продолжить.
error-transport = Не удалось связаться с сервером. Проверьте подключение и попробуйте снова.
