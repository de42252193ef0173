date-circa = تەخمىنەن { $date }
date-before = { $date } دىن ئىلگىرى
date-after = { $date } دىن كېيىن
date-early = { $date } بېشى
date-mid = { $date } ئوتتۇرىسى
date-late = { $date } ئاخىرى
date-range = { $start } – { $end }

date-reading = { $date }: { $span }
date-span-day = دەل شۇ كۈن، { $day }
date-span = { $from } دىن { $to } غىچە
date-span-until = { $to } غىچە ھەر قانداق ۋاقىت
date-span-from = { $from } دىن باشلاپ ھەر قانداق ۋاقىت
date-span-any = ھەر قانداق ۋاقىت
date-read-as = مۇنداق ئوقۇلدى: { $reading }
date-not-yet = Izde بۇ چېسلانى ھازىرچە ئوقۇيالمايدۇ: { $error }
