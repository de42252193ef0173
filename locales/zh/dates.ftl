date-circa = 约{ $date }
date-before = { $date }之前
date-after = { $date }之后
date-early = { $date }初
date-mid = { $date }中
date-late = { $date }末
date-range = { $start }至{ $end }

date-reading = { $date }：{ $span }
date-span-day = 即当天，{ $day }
date-span = { $from }至{ $to }
date-span-until = { $to }之前的任何时间
date-span-from = { $from }起的任何时间
date-span-any = 任何时间
date-read-as = 解读为：{ $reading }
date-not-yet = Izde 还无法解读这个日期：{ $error }
