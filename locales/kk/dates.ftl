date-circa = шамамен { $date }
date-before = { $date } дейін
date-after = { $date } кейін
date-early = { $date } басы
date-mid = { $date } ортасы
date-late = { $date } аяғы
date-range = { $start } – { $end }
