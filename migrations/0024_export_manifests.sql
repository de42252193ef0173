-- Every export's manifest as it was signed (issue 17, item 9), beside its audit entry (`seq`), whose
-- after-hash is the digest of this text: what left the installation, with which protection, can
-- be read back, not only hashed. Manifests carry no name or case id (pseudonymous ids are not in
-- them either).
CREATE TABLE export_manifests (
    seq      BIGINT PRIMARY KEY REFERENCES audit_log (seq),
    manifest TEXT NOT NULL
);
