# Partial dates. { $date } is a date as the language writes it ("May 2017", "14 May 2017").
# Izde reads these forms back when they are typed, so keep the words of each qualifier the same
# here and in the date parser (src/domain/partial_date.rs).
date-circa = c. { $date }
date-before = before { $date }
date-after = after { $date }
date-early = early { $date }
date-mid = mid { $date }
date-late = late { $date }
date-range = { $start } – { $end }
