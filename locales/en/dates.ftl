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

# The line under a date field, while typing. { $span } is one of the date-span messages.
date-reading = { $date }: { $span }
date-span-day = that day, { $day }
date-span = { $from } to { $to }
date-span-until = any time up to { $to }
date-span-from = any time from { $from }
date-span-any = any time
date-read-as = Read as { $reading }
date-not-yet = Not a date Izde can read yet: { $error }
