# The places page (/admin/places): the Russian name of a place an admin adds. The page's other
# messages are in accounts.ftl.

places-name-ru = Орысша атауы
places-name-ru-hint = Қалыптасқан орысша атауы болса; ол болмаса, орысша беттерде латын әрпімен жазылған атауы көрсетіледі.
places-russian = Орысша
