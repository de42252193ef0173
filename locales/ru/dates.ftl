# Forms that need no case agreement with the month ("до мая" would need the genitive):
# an adverb before the date, "или раньше/позже" and the part in brackets after it.
date-circa = примерно { $date }
date-before = { $date } или раньше
date-after = { $date } или позже
date-early = { $date } (начало)
date-mid = { $date } (середина)
date-late = { $date } (конец)
date-range = { $start } – { $end }

date-reading = { $date }: { $span }
date-span-day = именно этот день, { $day }
date-span = с { $from } по { $to }
date-span-until = в любое время по { $to }
date-span-from = в любое время начиная с { $from }
date-span-any = в любое время
date-read-as = Прочитано как: { $reading }
date-not-yet = Izde пока не может прочитать эту дату: { $error }
