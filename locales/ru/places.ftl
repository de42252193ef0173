# The places page (/admin/places): the Russian name of a place an admin adds. The page's other
# messages are in accounts.ftl.

places-name-ru = Название на русском
places-name-ru-hint = Если у места есть устоявшееся русское название; без него на русских страницах показывается название латиницей.
places-russian = Русский
