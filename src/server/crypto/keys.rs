//! KEKs and the unsealed keys of a running server.

use super::{CryptoError, DataKey, OnlineIdentity, DEK_MAGIC};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use std::collections::BTreeMap;
use uuid::Uuid;
use zeroize::Zeroizing;

/// First byte of a DEK wrapped by a KEK (an `age` file, the first scheme, starts with `a`).
const WRAPPED_V2: u8 = 2;
const NONCE_LEN: usize = 24;
/// 1 format byte + 8 bytes KEK version + nonce + 32-byte key + 16-byte tag.
const WRAPPED_V2_LEN: usize = 1 + 8 + NONCE_LEN + 32 + 16;
const KEK_MAGIC: &[u8] = b"izde-kek-v1\0";

/// A key-encryption key. Zeroized when dropped; never serialized, never logged.
pub struct Kek {
    pub version: i64,
    key: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for Kek {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Kek(version {}, [redacted])", self.version)
    }
}

impl Kek {
    /// A new random KEK.
    pub fn generate(version: i64) -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        Self { version, key }
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(self.key.as_ref()))
    }

    fn dek_ad(&self, owner: Uuid) -> Vec<u8> {
        let mut ad = Vec::with_capacity(DEK_MAGIC.len() + 16 + 8);
        ad.extend_from_slice(DEK_MAGIC);
        ad.extend_from_slice(owner.as_bytes());
        ad.extend_from_slice(&self.version.to_be_bytes());
        ad
    }

    /// Wraps a data key: format byte, KEK version, nonce, ciphertext.
    fn wrap(&self, dek: &DataKey) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ad = self.dek_ad(dek.owner);
        let ciphertext = self
            .cipher()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: dek.key.as_ref(),
                    aad: &ad,
                },
            )
            .expect("XChaCha20-Poly1305 encryption of an in-memory buffer cannot fail");
        let mut out = Vec::with_capacity(WRAPPED_V2_LEN);
        out.push(WRAPPED_V2);
        out.extend_from_slice(&self.version.to_be_bytes());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    fn unwrap(&self, owner: Uuid, wrapped: &[u8]) -> Result<DataKey, CryptoError> {
        let ad = self.dek_ad(owner);
        let body = &wrapped[9..];
        let key = Zeroizing::new(
            self.cipher()
                .decrypt(
                    XNonce::from_slice(&body[..NONCE_LEN]),
                    Payload {
                        msg: &body[NONCE_LEN..],
                        aad: &ad,
                    },
                )
                .map_err(|_| CryptoError::Unwrap)?,
        );
        let key: [u8; 32] = key.as_slice().try_into().map_err(|_| CryptoError::Unwrap)?;
        Ok(DataKey {
            owner,
            key: Zeroizing::new(key),
        })
    }

    /// The key's bytes, for the keyring's authentication tags ([`super::KeyringAuth`]).
    pub(super) fn bytes(&self) -> &[u8; 32] {
        &self.key
    }

    /// A KEK of known bytes, for known-answer tests.
    #[cfg(test)]
    pub(crate) fn from_key(version: i64, key: [u8; 32]) -> Self {
        Self {
            version,
            key: Zeroizing::new(key),
        }
    }

    /// A key for one purpose, derived from this KEK (HKDF-SHA256), so it changes with it. Only the
    /// types of [`super::derived`] use it: derived keys leave this module as operations, not bytes.
    pub(super) fn derive(&self, purpose: &str) -> Zeroizing<[u8; 32]> {
        let hkdf = hkdf::Hkdf::<sha2::Sha256>::new(Some(b"izde-kek-derive-v1"), self.key.as_ref());
        let mut out = Zeroizing::new([0u8; 32]);
        hkdf.expand(purpose.as_bytes(), out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        out
    }
}

/// The KEK version a wrapped DEK names, or None for a DEK of the first scheme (an age file).
pub fn wrapped_kek_version(wrapped: &[u8]) -> Option<i64> {
    if wrapped.len() == WRAPPED_V2_LEN && wrapped[0] == WRAPPED_V2 {
        Some(i64::from_be_bytes(wrapped[1..9].try_into().ok()?))
    } else {
        None
    }
}

/// Encrypts a KEK to every recipient, as a standard age file of "izde-kek-v1", version, key.
pub fn seal_kek(kek: &Kek, recipients: &[age::x25519::Recipient]) -> Result<Vec<u8>, CryptoError> {
    if recipients.is_empty() {
        return Err(CryptoError::Wrap);
    }
    let mut payload = Zeroizing::new(Vec::with_capacity(KEK_MAGIC.len() + 8 + 32));
    payload.extend_from_slice(KEK_MAGIC);
    payload.extend_from_slice(&kek.version.to_be_bytes());
    payload.extend_from_slice(kek.key.as_ref());
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as _))
        .map_err(|_| CryptoError::Wrap)?;
    let mut out = Vec::new();
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|_| CryptoError::Wrap)?;
    std::io::Write::write_all(&mut writer, &payload).map_err(|_| CryptoError::Wrap)?;
    writer.finish().map_err(|_| CryptoError::Wrap)?;
    Ok(out)
}

/// Opens the KEK of `version` from its age file with any identity that is one of its recipients.
pub fn open_kek(
    version: i64,
    sealed: &[u8],
    identity: &dyn age::Identity,
) -> Result<Kek, CryptoError> {
    let decryptor = age::Decryptor::new_buffered(sealed).map_err(|_| CryptoError::Kek)?;
    let mut reader = decryptor
        .decrypt(std::iter::once(identity))
        .map_err(|_| CryptoError::Kek)?;
    let mut payload = Zeroizing::new(Vec::new());
    std::io::Read::read_to_end(&mut reader, &mut payload).map_err(|_| CryptoError::Kek)?;
    if payload.len() != KEK_MAGIC.len() + 8 + 32
        || &payload[..KEK_MAGIC.len()] != KEK_MAGIC
        || payload[KEK_MAGIC.len()..KEK_MAGIC.len() + 8] != version.to_be_bytes()
    {
        return Err(CryptoError::Kek);
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&payload[KEK_MAGIC.len() + 8..]);
    Ok(Kek { version, key })
}

/// The unsealed keys of a running server: its online identity and every KEK still in use. Lives only
/// in memory; every key in it is zeroized when it is dropped.
pub struct ServerKeys {
    identity: OnlineIdentity,
    keks: BTreeMap<i64, Kek>,
    current: i64,
}

impl std::fmt::Debug for ServerKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ServerKeys(current KEK {}, versions {:?}, [redacted])",
            self.current,
            self.keks.keys().collect::<Vec<_>>()
        )
    }
}

impl ServerKeys {
    /// The keys of a server whose KEKs are open; `current` wraps new data keys.
    pub fn new(identity: OnlineIdentity, keks: Vec<Kek>, current: i64) -> Self {
        Self {
            identity,
            keks: keks.into_iter().map(|k| (k.version, k)).collect(),
            current,
        }
    }

    pub fn identity(&self) -> &OnlineIdentity {
        &self.identity
    }

    /// Whether this is the generated development key (the UI says so on every page).
    pub fn is_development(&self) -> bool {
        self.identity.is_development()
    }

    /// The online identity's public half, as `age1…`.
    pub fn recipient(&self) -> String {
        self.identity.recipient()
    }

    pub fn age_recipient(&self) -> age::x25519::Recipient {
        self.identity.age_recipient()
    }

    /// The version of the KEK that wraps new data keys.
    pub fn current_kek_version(&self) -> i64 {
        self.current
    }

    /// Every unsealed KEK, oldest first.
    pub fn keks(&self) -> impl Iterator<Item = &Kek> {
        self.keks.values()
    }

    /// The KEK of `version`, if unsealed.
    pub fn kek(&self, version: i64) -> Option<&Kek> {
        self.keks.get(&version)
    }

    pub fn current_kek(&self) -> &Kek {
        &self.keks[&self.current]
    }

    /// Makes a fresh data key for a new record and its wrapped form for storage.
    pub fn new_data_key(&self, owner: Uuid) -> Result<(DataKey, Vec<u8>), CryptoError> {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        let dek = DataKey { owner, key };
        let wrapped = self.wrap_data_key(&dek);
        Ok((dek, wrapped))
    }

    /// Wraps an existing data key under the current KEK (rotation).
    pub fn wrap_data_key(&self, dek: &DataKey) -> Vec<u8> {
        self.current_kek().wrap(dek)
    }

    /// Unwraps a record's data key, refusing a key that was wrapped for another record.
    pub fn unwrap_data_key(&self, owner: Uuid, wrapped: &[u8]) -> Result<DataKey, CryptoError> {
        match wrapped_kek_version(wrapped) {
            Some(version) => self
                .keks
                .get(&version)
                .ok_or(CryptoError::UnknownKek(version))?
                .unwrap(owner, wrapped),
            // The first scheme: an age file to the online identity.
            None => unwrap_first_scheme(self.identity.age_identity(), owner, wrapped),
        }
    }
}

/// Opens a data key of the first scheme (age to the server's identity, carrying its owner id).
fn unwrap_first_scheme(
    identity: &age::x25519::Identity,
    owner: Uuid,
    wrapped: &[u8],
) -> Result<DataKey, CryptoError> {
    let payload = Zeroizing::new(age::decrypt(identity, wrapped).map_err(|_| CryptoError::Unwrap)?);
    let expected_len = DEK_MAGIC.len() + 16 + 32;
    if payload.len() != expected_len
        || &payload[..DEK_MAGIC.len()] != DEK_MAGIC
        || &payload[DEK_MAGIC.len()..DEK_MAGIC.len() + 16] != owner.as_bytes()
    {
        return Err(CryptoError::Unwrap);
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&payload[DEK_MAGIC.len() + 16..]);
    Ok(DataKey { owner, key })
}
