date-circa = около { $date }
date-before = до { $date }
date-after = после { $date }
date-early = начало { $date }
date-mid = середина { $date }
date-late = конец { $date }
date-range = { $start } – { $end }
