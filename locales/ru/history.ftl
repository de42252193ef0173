# Что изменила редакция дела (история дела), что утверждает каждое утверждение, поля страницы
# объединения и ошибки форм утверждений и объединения. Конфиденциальные поля называются, но не цитируются.

## История дела: по предложению на изменение.

change-name = Имя изменено.
change-other-names = Другие имена изменены.
change-aliases = Псевдонимы изменены.
change-id-numbers = Номера документов изменены.
change-birth-date = Дата рождения изменена.
change-address = Адрес изменён.
change-narrative = История человека изменена.
change-place-note = Последнее известное место, которого нет в справочнике мест, изменено.
change-value = { $field }: { $from } → { $to }.
change-field-status = Статус
change-field-verification = Проверка
change-field-gender = Пол
change-field-ethnicity = Национальность
change-field-residency = Место жительства за рубежом
change-field-occupation = Род занятий
change-field-last-place = Последнее известное место
change-field-birth-year = Год рождения
change-field-last-contact = Последняя связь
change-unknown = неизвестно
change-undated = без даты
change-event-label = { $kind } ({ $date })
change-source-label = «{ $title }»
change-event-added = Добавлено событие: { $event }.
change-event-changed = Изменено событие: { $event }.
change-event-removed = Убрано событие: { $event }.
change-source-added = Добавлен источник: { $source }.
change-source-changed = Изменён источник: { $source }.
change-source-removed = Убран источник: { $source }.
change-source-retracted = Отозван источник: { $source }; он больше не считается доказательством (причину видят те, кому доступны имена).
change-source-retracted-reason = Отозван источник: { $source }; он больше не считается доказательством. Причина: «{ $reason }»
change-claim-sources = Изменены источники, указанные для утверждения «{ $claim }».
change-claim-reviewed = Проверяющий задал утверждению «{ $claim }» уровень: { $level }.
change-claim-review-withdrawn = Проверка утверждения «{ $claim }» отменена: действует вычисленный уровень.
change-merged-in = Запись { $case } объединена с этим делом: её свидетельства, задержания, события и источники теперь здесь.
change-removal-reason-event = Событие убрано. Причина: «{ $reason }»
change-removal-reason-testimony = Свидетельство убрано. Причина: «{ $reason }»
change-removal-reason-detention = Задержание убрано. Причина: «{ $reason }»
change-removal-reason-citation = Источник, указанный для утверждения, убран. Причина: «{ $reason }»
change-removal-reason-other = Убрано ({ $what }). Причина: «{ $reason }»
change-removed-event = Событие убрано с указанием причины (её видят те, кому доступны имена).
change-removed-testimony = Свидетельство убрано с указанием причины (её видят те, кому доступны имена).
change-removed-detention = Задержание убрано с указанием причины (её видят те, кому доступны имена).
change-removed-citation = Источник, указанный для утверждения, убран с указанием причины (её видят те, кому доступны имена).
change-removed-other = Убрано ({ $what }) с указанием причины (её видят те, кому доступны имена).
change-testifier-added = Добавлен свидетель: { $relationship } пропавшего.
change-consent = Согласие свидетеля ({ $relationship }): { $from } → { $to }.
change-testimony-added = Добавлено свидетельство.
change-testimony-changed = Изменено свидетельство.
change-testimony-removed = Убрано свидетельство.
change-detention-added = Добавлено задержание.
change-detention-changed = Изменено задержание.
change-detention-removed = Убрано задержание.

## Что утверждает каждое утверждение (на странице дела и в истории).

statement-status = Статус: { $status }
statement-last-location = Последнее известное место: { $place }
statement-born = Год рождения: { $year }
statement-ethnicity = Национальность: { $value }
statement-occupation = Род занятий: { $value }
statement-residency = Статус проживания за рубежом: { $value }
statement-names = Имя и другие его написания
statement-id-numbers = Номера документов
statement-facility = Учреждение: { $facility }
statement-alleged-act = Вменяемое деяние: { $act }
statement-charge = Обвинение: { $charge }
statement-sentence = Приговор: { $sentence }
statement-court = Суд: { $court }
statement-responsible-forces = Задержали: { $forces }
statement-warrant = При задержании: { $warrant }

## Ошибки форм утверждений (рядом с полем).

provenance-claim-gone = этого утверждения больше нет в деле (тем временем его изменили): перезагрузите страницу
provenance-choose-source = выберите один из источников этого дела
provenance-choose-stance = укажите, подтверждает источник утверждение или оспаривает его
provenance-timecode-format = укажите время в записи как минуты:секунды или часы:минуты:секунды, например 12:05 или 1:02:30
provenance-timecode-sixty = минуты и секунды после первой части — не больше 59
provenance-timecode-too-long = запись длиннее 100 часов? Проверьте тайм-код
provenance-timecode-not-recorded = тайм-коды есть только у видеосвидетельства или интервью; «{ $title }» — { $kind }: оставьте поле пустым
provenance-uncite-reason = объясните, почему этот источник больше не учитывается для этого утверждения (например, «в видео сказано 2018, а не 2017»)
provenance-not-cited = этот источник (уже) не указан для этого утверждения: перезагрузите страницу
provenance-review-reason = объясните одним предложением, почему этот уровень верен: его видит каждый читатель дела
provenance-choose-level = выберите уровень или вычисленный по источникам
provenance-no-review = у этого утверждения нет проверки, которую можно отменить: выберите уровень
provenance-reason-names = здесь назван кто-то из дела (возможно, в другом написании), а исследователи читают причины: укажите причину без имён

## Поля страницы объединения и ошибки её формы.

merge-row-name = Имя
merge-row-birth = Дата и год рождения
merge-row-gender = Пол
merge-row-ethnicity = Национальность
merge-row-residency = Статус проживания
merge-row-occupation = Род занятий
merge-row-status = Текущий статус
merge-row-verification = Проверка
merge-row-last-contact = Последняя связь (дата и место)
merge-row-address = Адрес
merge-row-narrative = История человека
merge-row-other-names = Другие написания
merge-row-aliases = Псевдонимы
merge-row-id-numbers = Номера документов
merge-row-born = { $year } г. р.
merge-error-keep = Выберите, какое дело сохранить.
merge-error-notes = Объясните, почему это один человек (например, «тот же номер удостоверения; брат подтвердил по телефону»): заметки хранятся в зашифрованном виде.
merge-error-notes-long = Заметки должны быть короче { $max } символов.
merge-error-pick = Выберите одно из двух значений.
