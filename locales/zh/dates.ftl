date-circa = 约{ $date }
date-before = { $date }之前
date-after = { $date }之后
date-early = { $date }初
date-mid = { $date }中
date-late = { $date }末
date-range = { $start }至{ $end }
