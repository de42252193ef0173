# The places page (/admin/places): the Russian name of a place an admin adds. The page's other
# messages are in accounts.ftl.

places-name-ru = Name in Russian
places-name-ru-hint = If it has an established Russian name; without one, Russian pages show the name in Latin letters.
places-russian = Russian
