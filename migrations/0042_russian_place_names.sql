-- The gazetteer's Russian names: until now the Russian interface showed every place in English.
-- `name_ru` may be empty for a place an admin adds (it then reads in English, as the other
-- languages do); every seeded place gets its name here (tests/places.rs checks that none is left
-- empty).
-- Names: the established Russian exonyms (Урумчи, Кашгар, Турфан, Кульджа, Яркенд, Чугучак, …),
-- else the Palladius transcription of the Chinese name; like the English column, the local name
-- first where advocates use it and the official name in brackets ('Кульджа (Инин)'). Russian
-- administrative terms as the Russian literature on China uses them: автономный район (自治区),
-- автономный округ (自治州), округ (地区), район (区), уезд (县), автономный уезд (自治县); a
-- county-level city by its name alone, as the English column gives a prefecture-level city. Every
-- name starts with a capital letter: it is a label, read alone in lists and pickers.
-- Kazakhstan: the official Russian names of its regions (after the 2022 reform: 'Область Абай',
-- 'Область Жетісу', 'Область Ұлытау', as the decrees write them) and cities.
-- Names to be read by a Russian speaker are listed in TRANSLATIONS.md.
-- Plain ALTER and UPDATEs only (SQLite and PostgreSQL).

ALTER TABLE locations ADD COLUMN name_ru TEXT;

-- Countries and regions
UPDATE locations SET name_ru = 'Китай' WHERE id = 'cn';
UPDATE locations SET name_ru = 'Синьцзян-Уйгурский автономный район' WHERE id = 'cn-xj';
UPDATE locations SET name_ru = 'Казахстан' WHERE id = 'kz';
UPDATE locations SET name_ru = 'Кыргызстан' WHERE id = 'kg';
UPDATE locations SET name_ru = 'Турция' WHERE id = 'tr';

-- XUAR prefecture-level divisions
UPDATE locations SET name_ru = 'Урумчи' WHERE id = 'cn-xj-urumqi';
UPDATE locations SET name_ru = 'Карамай' WHERE id = 'cn-xj-karamay';
UPDATE locations SET name_ru = 'Турфан' WHERE id = 'cn-xj-turpan';
UPDATE locations SET name_ru = 'Кумул (Хами)' WHERE id = 'cn-xj-hami';
UPDATE locations SET name_ru = 'Чанцзи-Хуэйский автономный округ' WHERE id = 'cn-xj-changji';
UPDATE locations SET name_ru = 'Боро-Тала-Монгольский автономный округ' WHERE id = 'cn-xj-bortala';
UPDATE locations SET name_ru = 'Баян-Гол-Монгольский автономный округ' WHERE id = 'cn-xj-bayingolin';
UPDATE locations SET name_ru = 'Кызылсу-Киргизский автономный округ' WHERE id = 'cn-xj-kizilsu';
UPDATE locations SET name_ru = 'Или-Казахский автономный округ' WHERE id = 'cn-xj-ili';
UPDATE locations SET name_ru = 'Аксуский округ' WHERE id = 'cn-xj-aksu';
UPDATE locations SET name_ru = 'Кашгарский округ' WHERE id = 'cn-xj-kashgar';
UPDATE locations SET name_ru = 'Хотанский округ' WHERE id = 'cn-xj-hotan';
UPDATE locations SET name_ru = 'Тарбагатайский округ (Тачэн)' WHERE id = 'cn-xj-tacheng';
UPDATE locations SET name_ru = 'Алтайский округ' WHERE id = 'cn-xj-altay';
UPDATE locations SET name_ru = 'Шихэцзы' WHERE id = 'cn-xj-shihezi';
UPDATE locations SET name_ru = 'Арал' WHERE id = 'cn-xj-aral';
UPDATE locations SET name_ru = 'Тумшук' WHERE id = 'cn-xj-tumxuk';
UPDATE locations SET name_ru = 'Уцзяцюй' WHERE id = 'cn-xj-wujiaqu';
UPDATE locations SET name_ru = 'Бэйтунь' WHERE id = 'cn-xj-beitun';
UPDATE locations SET name_ru = 'Тэмэньгуань (Башэгим)' WHERE id = 'cn-xj-tiemenguan';
UPDATE locations SET name_ru = 'Шуанхэ (Кошогуз)' WHERE id = 'cn-xj-shuanghe';
UPDATE locations SET name_ru = 'Кокдала' WHERE id = 'cn-xj-kokdala';
UPDATE locations SET name_ru = 'Куньюй (Курумкаш)' WHERE id = 'cn-xj-kunyu';
UPDATE locations SET name_ru = 'Хуянхэ' WHERE id = 'cn-xj-huyanghe';
UPDATE locations SET name_ru = 'Синьсин (Янги-Юлтуз)' WHERE id = 'cn-xj-xinxing';
UPDATE locations SET name_ru = 'Байян' WHERE id = 'cn-xj-baiyang';

-- Ürümqi: county-level divisions
UPDATE locations SET name_ru = 'Район Тяньшань' WHERE id = 'cn-xj-urumqi-tianshan';
UPDATE locations SET name_ru = 'Район Сайбаг' WHERE id = 'cn-xj-urumqi-saybagh';
UPDATE locations SET name_ru = 'Район Синьши (Янгишахар)' WHERE id = 'cn-xj-urumqi-xinshi';
UPDATE locations SET name_ru = 'Район Шуймогоу (Булактаг)' WHERE id = 'cn-xj-urumqi-shuimogou';
UPDATE locations SET name_ru = 'Район Тоутуньхэ (Тудунхаба)' WHERE id = 'cn-xj-urumqi-toutunhe';
UPDATE locations SET name_ru = 'Район Дабаньчэн (Даванчин)' WHERE id = 'cn-xj-urumqi-dabancheng';
UPDATE locations SET name_ru = 'Район Мидун' WHERE id = 'cn-xj-urumqi-midong';
UPDATE locations SET name_ru = 'Уезд Урумчи' WHERE id = 'cn-xj-urumqi-urumqi-county';

-- Karamay: county-level divisions
UPDATE locations SET name_ru = 'Район Карамай' WHERE id = 'cn-xj-karamay-karamay-district';
UPDATE locations SET name_ru = 'Район Душаньцзы (Майтаг)' WHERE id = 'cn-xj-karamay-dushanzi';
UPDATE locations SET name_ru = 'Район Байцзяньтань (Джеренбулак)' WHERE id = 'cn-xj-karamay-baijiantan';
UPDATE locations SET name_ru = 'Район Урхо (Орку)' WHERE id = 'cn-xj-karamay-urho';

-- Turpan: county-level divisions
UPDATE locations SET name_ru = 'Район Гаочан (Караходжа)' WHERE id = 'cn-xj-turpan-gaochang';
UPDATE locations SET name_ru = 'Пичан (уезд Шаньшань)' WHERE id = 'cn-xj-turpan-pichan';
UPDATE locations SET name_ru = 'Уезд Токсун' WHERE id = 'cn-xj-turpan-toksun';

-- Kumul (Hami): county-level divisions
UPDATE locations SET name_ru = 'Район Ичжоу (Ивиргол)' WHERE id = 'cn-xj-hami-yizhou';
UPDATE locations SET name_ru = 'Баркёль-Казахский автономный уезд' WHERE id = 'cn-xj-hami-barkol';
UPDATE locations SET name_ru = 'Аратюрюк (уезд Иу)' WHERE id = 'cn-xj-hami-aratyrik';

-- Changji Hui Autonomous Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Чанцзи (Санджи)' WHERE id = 'cn-xj-changji-changji-city';
UPDATE locations SET name_ru = 'Фукан' WHERE id = 'cn-xj-changji-fukang';
UPDATE locations SET name_ru = 'Уезд Хутуби' WHERE id = 'cn-xj-changji-hutubi';
UPDATE locations SET name_ru = 'Уезд Манас' WHERE id = 'cn-xj-changji-manas';
UPDATE locations SET name_ru = 'Уезд Цитай (Гучен)' WHERE id = 'cn-xj-changji-qitai';
UPDATE locations SET name_ru = 'Уезд Джимсар' WHERE id = 'cn-xj-changji-jimsar';
UPDATE locations SET name_ru = 'Мори-Казахский автономный уезд' WHERE id = 'cn-xj-changji-mori';

-- Bortala Mongol Autonomous Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Бортала (Боле)' WHERE id = 'cn-xj-bortala-bole';
UPDATE locations SET name_ru = 'Алашанькоу (Джунгарские ворота)' WHERE id = 'cn-xj-bortala-alashankou';
UPDATE locations SET name_ru = 'Уезд Цзинхэ (Джин)' WHERE id = 'cn-xj-bortala-jinghe';
UPDATE locations SET name_ru = 'Арасан (уезд Вэньцюань)' WHERE id = 'cn-xj-bortala-arasan';

-- Bayingolin Mongol Autonomous Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Корла' WHERE id = 'cn-xj-bayingolin-korla';
UPDATE locations SET name_ru = 'Бугур (уезд Луньтай)' WHERE id = 'cn-xj-bayingolin-bugur';
UPDATE locations SET name_ru = 'Лобнор (уезд Юйли)' WHERE id = 'cn-xj-bayingolin-lopnur';
UPDATE locations SET name_ru = 'Чарклык (уезд Жоцян)' WHERE id = 'cn-xj-bayingolin-charkhlik';
UPDATE locations SET name_ru = 'Черчен (уезд Цемо)' WHERE id = 'cn-xj-bayingolin-cherchen';
UPDATE locations SET name_ru = 'Карашар (Яньци-Хуэйский автономный уезд)' WHERE id = 'cn-xj-bayingolin-qarasheher';
UPDATE locations SET name_ru = 'Уезд Хэцзин' WHERE id = 'cn-xj-bayingolin-hejing';
UPDATE locations SET name_ru = 'Хошут (уезд Хэшо)' WHERE id = 'cn-xj-bayingolin-hoshut';
UPDATE locations SET name_ru = 'Баграш (уезд Боху)' WHERE id = 'cn-xj-bayingolin-baghrash';

-- Kizilsu Kyrgyz Autonomous Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Артуш' WHERE id = 'cn-xj-kizilsu-artux';
UPDATE locations SET name_ru = 'Уезд Акто' WHERE id = 'cn-xj-kizilsu-akto';
UPDATE locations SET name_ru = 'Уезд Акчи' WHERE id = 'cn-xj-kizilsu-akqi';
UPDATE locations SET name_ru = 'Улугчат (уезд Уця)' WHERE id = 'cn-xj-kizilsu-ulugqat';

-- Ili Kazakh Autonomous Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Кульджа (Инин)' WHERE id = 'cn-xj-ili-ghulja-city';
UPDATE locations SET name_ru = 'Уезд Кульджа (уезд Инин)' WHERE id = 'cn-xj-ili-ghulja-county';
UPDATE locations SET name_ru = 'Куйтун' WHERE id = 'cn-xj-ili-kuytun';
UPDATE locations SET name_ru = 'Хоргос' WHERE id = 'cn-xj-ili-khorgas-city';
UPDATE locations SET name_ru = 'Чапчал-Сибоский автономный уезд' WHERE id = 'cn-xj-ili-chapchal';
UPDATE locations SET name_ru = 'Уезд Хочэн (уезд Хоргос)' WHERE id = 'cn-xj-ili-huocheng';
UPDATE locations SET name_ru = 'Тогузтара (уезд Гунлю)' WHERE id = 'cn-xj-ili-toqquztara';
UPDATE locations SET name_ru = 'Кюнес (уезд Синьюань)' WHERE id = 'cn-xj-ili-kunes';
UPDATE locations SET name_ru = 'Монгол-Куре (уезд Чжаосу)' WHERE id = 'cn-xj-ili-mongolkure';
UPDATE locations SET name_ru = 'Уезд Текес' WHERE id = 'cn-xj-ili-tekes';
UPDATE locations SET name_ru = 'Уезд Нилка' WHERE id = 'cn-xj-ili-nilka';

-- Aksu Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Аксу' WHERE id = 'cn-xj-aksu-aksu-city';
UPDATE locations SET name_ru = 'Куча (Кучар)' WHERE id = 'cn-xj-aksu-kuqa';
UPDATE locations SET name_ru = 'Онсу (уезд Вэньсу)' WHERE id = 'cn-xj-aksu-onsu';
UPDATE locations SET name_ru = 'Токсу (уезд Синьхэ)' WHERE id = 'cn-xj-aksu-toksu';
UPDATE locations SET name_ru = 'Шаяр (уезд Шая)' WHERE id = 'cn-xj-aksu-shayar';
UPDATE locations SET name_ru = 'Бай (уезд Байчэн)' WHERE id = 'cn-xj-aksu-bay';
UPDATE locations SET name_ru = 'Уч-Турфан (уезд Уши)' WHERE id = 'cn-xj-aksu-uchturpan';
UPDATE locations SET name_ru = 'Уезд Ават' WHERE id = 'cn-xj-aksu-awat';
UPDATE locations SET name_ru = 'Кельпин (уезд Кэпин)' WHERE id = 'cn-xj-aksu-kelpin';

-- Kashgar Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Кашгар' WHERE id = 'cn-xj-kashgar-kashgar-city';
UPDATE locations SET name_ru = 'Конашахар (уезд Шуфу)' WHERE id = 'cn-xj-kashgar-kona-sheher';
UPDATE locations SET name_ru = 'Янгишахар (уезд Шулэ)' WHERE id = 'cn-xj-kashgar-yengisheher';
UPDATE locations SET name_ru = 'Уезд Янгигисар' WHERE id = 'cn-xj-kashgar-yengisar';
UPDATE locations SET name_ru = 'Поскам (уезд Цзэпу)' WHERE id = 'cn-xj-kashgar-poskam';
UPDATE locations SET name_ru = 'Яркенд (уезд Шачэ)' WHERE id = 'cn-xj-kashgar-yarkand';
UPDATE locations SET name_ru = 'Каргалык (уезд Ечэн)' WHERE id = 'cn-xj-kashgar-kargilik';
UPDATE locations SET name_ru = 'Уезд Мекит' WHERE id = 'cn-xj-kashgar-makit';
UPDATE locations SET name_ru = 'Уезд Йопурга' WHERE id = 'cn-xj-kashgar-yopurga';
UPDATE locations SET name_ru = 'Пейзиват (уезд Цзяши)' WHERE id = 'cn-xj-kashgar-peyziwat';
UPDATE locations SET name_ru = 'Маралбаши (уезд Бачу)' WHERE id = 'cn-xj-kashgar-maralbeshi';
UPDATE locations SET name_ru = 'Ташкурган-Таджикский автономный уезд' WHERE id = 'cn-xj-kashgar-tashkurgan';

-- Hotan Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Хотан' WHERE id = 'cn-xj-hotan-hotan-city';
UPDATE locations SET name_ru = 'Уезд Хотан' WHERE id = 'cn-xj-hotan-hotan-county';
UPDATE locations SET name_ru = 'Каракаш (уезд Мою)' WHERE id = 'cn-xj-hotan-karakash';
UPDATE locations SET name_ru = 'Гума (уезд Пишань)' WHERE id = 'cn-xj-hotan-guma';
UPDATE locations SET name_ru = 'Уезд Лоп (Лопу)' WHERE id = 'cn-xj-hotan-lop';
UPDATE locations SET name_ru = 'Чира (уезд Цэлэ)' WHERE id = 'cn-xj-hotan-chira';
UPDATE locations SET name_ru = 'Керия (уезд Юйтянь)' WHERE id = 'cn-xj-hotan-keriya';
UPDATE locations SET name_ru = 'Ния (уезд Миньфэн)' WHERE id = 'cn-xj-hotan-niya';
UPDATE locations SET name_ru = 'Уезд Хэань' WHERE id = 'cn-xj-hotan-hean';
UPDATE locations SET name_ru = 'Уезд Хэкан' WHERE id = 'cn-xj-hotan-hekang';

-- Tacheng (Chöchek) Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Чугучак (Тачэн)' WHERE id = 'cn-xj-tacheng-chochek';
UPDATE locations SET name_ru = 'Усу (Шихо)' WHERE id = 'cn-xj-tacheng-wusu';
UPDATE locations SET name_ru = 'Шавань (Сауан)' WHERE id = 'cn-xj-tacheng-shawan';
UPDATE locations SET name_ru = 'Дорбильджин (уезд Эминь)' WHERE id = 'cn-xj-tacheng-dorbiljin';
UPDATE locations SET name_ru = 'Уезд Толи' WHERE id = 'cn-xj-tacheng-toli';
UPDATE locations SET name_ru = 'Чагантокай (уезд Юйминь)' WHERE id = 'cn-xj-tacheng-chaghantoqay';
UPDATE locations SET name_ru = 'Хобоксар-Монгольский автономный уезд' WHERE id = 'cn-xj-tacheng-hoboksar';

-- Altay Prefecture: county-level divisions
UPDATE locations SET name_ru = 'Алтай' WHERE id = 'cn-xj-altay-altay-city';
UPDATE locations SET name_ru = 'Уезд Бурчун' WHERE id = 'cn-xj-altay-burqin';
UPDATE locations SET name_ru = 'Уезд Каба (Хабахэ)' WHERE id = 'cn-xj-altay-kaba';
UPDATE locations SET name_ru = 'Коктокай (уезд Фуюнь)' WHERE id = 'cn-xj-altay-koktokay';
UPDATE locations SET name_ru = 'Бурултокай (уезд Фухай)' WHERE id = 'cn-xj-altay-burultokay';
UPDATE locations SET name_ru = 'Уезд Джеминай' WHERE id = 'cn-xj-altay-jeminay';
UPDATE locations SET name_ru = 'Шингиль (уезд Цинхэ)' WHERE id = 'cn-xj-altay-shinggil';

-- Abroad: the regions of Kazakhstan and cities of republican significance; Istanbul
UPDATE locations SET name_ru = 'Область Абай' WHERE id = 'kz-abai-region';
UPDATE locations SET name_ru = 'Акмолинская область' WHERE id = 'kz-akmola-region';
UPDATE locations SET name_ru = 'Актюбинская область' WHERE id = 'kz-aktobe-region';
UPDATE locations SET name_ru = 'Алматинская область' WHERE id = 'kz-almaty-region';
UPDATE locations SET name_ru = 'Атырауская область' WHERE id = 'kz-atyrau-region';
UPDATE locations SET name_ru = 'Восточно-Казахстанская область' WHERE id = 'kz-east-kazakhstan-region';
UPDATE locations SET name_ru = 'Жамбылская область' WHERE id = 'kz-jambyl-region';
UPDATE locations SET name_ru = 'Область Жетісу' WHERE id = 'kz-jetisu-region';
UPDATE locations SET name_ru = 'Карагандинская область' WHERE id = 'kz-karaganda-region';
UPDATE locations SET name_ru = 'Костанайская область' WHERE id = 'kz-kostanay-region';
UPDATE locations SET name_ru = 'Кызылординская область' WHERE id = 'kz-kyzylorda-region';
UPDATE locations SET name_ru = 'Мангистауская область' WHERE id = 'kz-mangystau-region';
UPDATE locations SET name_ru = 'Северо-Казахстанская область' WHERE id = 'kz-north-kazakhstan-region';
UPDATE locations SET name_ru = 'Павлодарская область' WHERE id = 'kz-pavlodar-region';
UPDATE locations SET name_ru = 'Туркестанская область' WHERE id = 'kz-turkistan-region';
UPDATE locations SET name_ru = 'Область Ұлытау' WHERE id = 'kz-ulytau-region';
UPDATE locations SET name_ru = 'Западно-Казахстанская область' WHERE id = 'kz-west-kazakhstan-region';
UPDATE locations SET name_ru = 'Алматы' WHERE id = 'kz-almaty';
UPDATE locations SET name_ru = 'Астана' WHERE id = 'kz-astana';
UPDATE locations SET name_ru = 'Шымкент' WHERE id = 'kz-shymkent';
UPDATE locations SET name_ru = 'Стамбул' WHERE id = 'tr-istanbul';
