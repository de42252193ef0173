-- The interface language each account chose (kk, ru, ug, zh, en); NULL until they choose one, when
-- the browser's cookie or Accept-Language decides.
ALTER TABLE users ADD COLUMN language TEXT;
