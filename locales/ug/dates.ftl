date-circa = تەخمىنەن { $date }
date-before = { $date } دىن ئىلگىرى
date-after = { $date } دىن كېيىن
date-early = { $date } بېشى
date-mid = { $date } ئوتتۇرىسى
date-late = { $date } ئاخىرى
date-range = { $start } – { $end }
