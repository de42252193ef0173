date-circa = шамамен { $date }
date-before = { $date } дейін
date-after = { $date } кейін
date-early = { $date } басы
date-mid = { $date } ортасы
date-late = { $date } аяғы
date-range = { $start } – { $end }

date-reading = { $date }: { $span }
date-span-day = дәл сол күн, { $day }
date-span = { $from } – { $to } аралығы
date-span-until = { $to } дейінгі кез келген уақыт
date-span-from = { $from } бастап кез келген уақыт
date-span-any = кез келген уақыт
date-read-as = Былай оқылды: { $reading }
date-not-yet = Izde бұл күнді әзірге оқи алмайды: { $error }
