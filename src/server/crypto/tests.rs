use super::*;

fn keys() -> ServerKeys {
    ServerKeys::new(
        OnlineIdentity::from_identity(age::x25519::Identity::generate(), false),
        vec![Kek::generate(1)],
        1,
    )
}

#[test]
fn a_sealed_field_opens_to_what_was_sealed_in_any_script() {
    let keys = keys();
    let case = Uuid::new_v4();
    let (dek, _) = keys.new_data_key(case).unwrap();
    for name in [
        "Nurlan Seitkali",
        "Нұрлан Сейітқали",
        "نۇرلان سەيىتقالي",
        "努尔兰·赛提卡力",
    ] {
        let field = FieldRef::of(case, "cases.name");
        let sealed = dek.seal(&field, name);
        assert!(!sealed.windows(name.len()).any(|w| w == name.as_bytes()));
        assert_eq!(dek.open(&field, &sealed).unwrap().expose(), name);
    }
}

#[test]
fn a_ciphertext_moved_to_another_case_field_or_row_fails_to_open() {
    let keys = keys();
    let case = Uuid::new_v4();
    let (dek, _) = keys.new_data_key(case).unwrap();
    let sealed = dek.seal(&FieldRef::of(case, "cases.name"), "Aigul Zhaksylyk");

    // Another field of the same case.
    assert!(dek
        .open(&FieldRef::of(case, "cases.aliases"), &sealed)
        .is_err());
    // Another row of the same case.
    let event = Uuid::new_v4();
    assert!(dek
        .open(&FieldRef::of_row(case, "cases.name", event), &sealed)
        .is_err());
    // Another case, even under the same key bytes.
    let other = Uuid::new_v4();
    let moved = DataKey {
        owner: other,
        key: Zeroizing::new(*dek.key),
    };
    assert!(moved
        .open(&FieldRef::of(other, "cases.name"), &sealed)
        .is_err());
}

#[test]
fn the_wrong_key_fails_to_open() {
    let keys = keys();
    let case = Uuid::new_v4();
    let (dek, _) = keys.new_data_key(case).unwrap();
    let (other_dek, _) = keys.new_data_key(case).unwrap();
    let field = FieldRef::of(case, "cases.narrative");
    let sealed = dek.seal(&field, "He was taken from the bazaar.");
    assert!(matches!(
        other_dek.open(&field, &sealed),
        Err(CryptoError::Open)
    ));
}

#[test]
fn a_damaged_ciphertext_fails_to_open() {
    let keys = keys();
    let case = Uuid::new_v4();
    let (dek, _) = keys.new_data_key(case).unwrap();
    let field = FieldRef::of(case, "cases.name");
    let mut sealed = dek.seal(&field, "Erlan");
    let last = sealed.len() - 1;
    sealed[last] ^= 1;
    assert!(dek.open(&field, &sealed).is_err());
    assert!(dek.open(&field, &sealed[..10]).is_err());
    assert!(dek.open(&field, &[]).is_err());
}

#[test]
fn a_wrapped_data_key_unwraps_only_for_its_own_record_and_server() {
    let keys = keys();
    let case = Uuid::new_v4();
    let (dek, wrapped) = keys.new_data_key(case).unwrap();
    let field = FieldRef::of(case, "cases.name");
    let sealed = dek.seal(&field, "Gulnar");

    let unwrapped = keys.unwrap_data_key(case, &wrapped).unwrap();
    assert_eq!(unwrapped.open(&field, &sealed).unwrap().expose(), "Gulnar");

    assert!(matches!(
        keys.unwrap_data_key(Uuid::new_v4(), &wrapped),
        Err(CryptoError::Unwrap)
    ));
    let stranger = self::keys();
    assert!(matches!(
        stranger.unwrap_data_key(case, &wrapped),
        Err(CryptoError::Unwrap)
    ));
}

#[test]
fn the_development_key_is_generated_once_labelled_and_private() {
    let dir = tempfile::tempdir().unwrap();
    let first = OnlineIdentity::load_or_create_development(dir.path()).unwrap();
    assert!(first.is_development());
    let again = OnlineIdentity::load_or_create_development(dir.path()).unwrap();
    assert_eq!(first.recipient(), again.recipient());

    let path = dir.path().join(DEV_IDENTITY_FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("DEVELOPMENT KEY — not for real testimonies"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the key file must not be readable by others"
        );
    }
    // The standard age format: the same file works as an identity elsewhere.
    let loaded = OnlineIdentity::from_identity_file(&path).unwrap();
    assert!(loaded.is_development());
}

#[test]
fn a_missing_or_invalid_identity_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.txt");
    assert!(matches!(
        OnlineIdentity::from_identity_file(&missing),
        Err(CryptoError::KeyFile { .. })
    ));
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "not a key").unwrap();
    let err = OnlineIdentity::from_identity_file(&bad).err().unwrap();
    assert!(err.to_string().contains("no valid age x25519 identity"));
}

#[test]
fn a_kek_opens_for_each_recipient_and_only_as_its_own_version() {
    let server = age::x25519::Identity::generate();
    let offline = age::x25519::Identity::generate();
    let stranger = age::x25519::Identity::generate();
    let kek = Kek::generate(7);
    let sealed = seal_kek(&kek, &[server.to_public(), offline.to_public()]).unwrap();
    assert!(
        sealed.starts_with(b"age-encryption.org/v1"),
        "a standard age file"
    );

    let by_server = open_kek(7, &sealed, &server).unwrap();
    let by_offline = open_kek(7, &sealed, &offline).unwrap();
    assert!(open_kek(7, &sealed, &stranger).is_err());
    assert!(
        open_kek(8, &sealed, &server).is_err(),
        "moved to another version"
    );

    // Both open the same key: a data key wrapped under one unwraps under the other.
    let keys = |k| {
        ServerKeys::new(
            OnlineIdentity::from_identity(age::x25519::Identity::generate(), false),
            vec![k],
            7,
        )
    };
    let (a, b) = (keys(by_server), keys(by_offline));
    let case = Uuid::new_v4();
    let (dek, wrapped) = a.new_data_key(case).unwrap();
    assert_eq!(wrapped_kek_version(&wrapped), Some(7));
    let sealed = dek.seal(&FieldRef::of(case, "cases.name"), "Dana");
    let again = b.unwrap_data_key(case, &wrapped).unwrap();
    assert_eq!(
        again
            .open(&FieldRef::of(case, "cases.name"), &sealed)
            .unwrap()
            .expose(),
        "Dana"
    );
}

#[test]
fn a_wrapped_data_key_names_its_kek_version_and_an_unknown_version_is_clear() {
    let keys = keys();
    let case = Uuid::new_v4();
    let (_, mut wrapped) = keys.new_data_key(case).unwrap();
    wrapped[1..9].copy_from_slice(&9i64.to_be_bytes());
    assert!(matches!(
        keys.unwrap_data_key(case, &wrapped),
        Err(CryptoError::UnknownKek(9))
    ));
}

#[test]
fn sealed_lengths_show_only_their_bucket_and_older_unpadded_fields_still_open() {
    let keys = keys();
    let owner = uuid::Uuid::now_v7();
    let (dek, _) = keys.new_data_key(owner).unwrap();
    let field = FieldRef::of(owner, "cases.name");
    // Names of 3 and 40 bytes, in any script, seal to the same length.
    let short = dek.seal(&field, "Ali");
    let long = dek.seal(&field, "Абдукерим Маматжанович");
    assert_eq!(short.len(), long.len());
    assert_eq!(
        dek.open(&field, &long).unwrap().expose(),
        "Абдукерим Маматжанович"
    );
    // Narratives of 200 and 250 bytes: the same bucket (256); 300 bytes: the next one.
    let narrative = |n: usize| dek.seal(&field, &"x".repeat(n)).len();
    assert_eq!(narrative(200), narrative(250));
    assert!(narrative(300) > narrative(250));
    assert_eq!(padded_len(10_000), 12_288);
    assert_eq!(
        dek.open(&field, &dek.seal(&field, "")).unwrap().expose(),
        ""
    );
    // A field sealed before padding (format 1) still opens.
    let v1 = {
        use chacha20poly1305::aead::{Aead, KeyInit, Payload};
        let nonce = [9u8; 24];
        let cipher = chacha20poly1305::XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(
            dek.key.as_ref(),
        ));
        let ct = cipher
            .encrypt(
                chacha20poly1305::XNonce::from_slice(&nonce),
                Payload {
                    msg: "Нұрлан".as_bytes(),
                    aad: &field.associated_data(SEALED_V1),
                },
            )
            .unwrap();
        [&[SEALED_V1][..], &nonce, &ct].concat()
    };
    assert_eq!(dek.open(&field, &v1).unwrap().expose(), "Нұрлан");
    // A format-2 field relabelled as format 1 (or the reverse) does not open.
    let mut relabelled = short.clone();
    relabelled[0] = SEALED_V1;
    assert!(dek.open(&field, &relabelled).is_err());
}
