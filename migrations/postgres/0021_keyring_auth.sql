-- The keyring's authentication (src/server/crypto/keyring_auth.rs; docs/security.md §2): a tag per KEK
-- and, on the newest KEK, a tag of the recipient set, both HMAC-SHA256 under a key derived from the
-- server's online identity, which the database never holds. A row planted or changed by someone who
-- can write to the database but holds no key fails its tag and is refused before any use. Rows from
-- before this migration have none until an administrator checks them and runs `izde keys authenticate`.
ALTER TABLE keyring ADD COLUMN auth BYTEA;
ALTER TABLE keyring ADD COLUMN recipients_auth BYTEA;
