# The places page (/admin/places): the Russian name of a place an admin adds. The page's other
# messages are in accounts.ftl.

places-name-ru = 俄文名称
places-name-ru-hint = 如有通用的俄文名称；没有的话，俄文页面显示拉丁字母名称。
places-russian = 俄文
