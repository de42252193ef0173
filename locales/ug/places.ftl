# The places page (/admin/places): the Russian name of a place an admin adds. The page's other
# messages are in accounts.ftl.

places-name-ru = رۇسچە نامى
places-name-ru-hint = ئومۇملاشقان رۇسچە نامى بولسا؛ بولمىسا، رۇسچە بەتلەردە لاتىن ھەرپلىرىدىكى نامى كۆرسىتىلىدۇ.
places-russian = رۇسچە
