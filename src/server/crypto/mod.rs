//! The only module that holds key material.
//!
//! Today's hierarchy (growing into DESIGN.md's full one): the server's `age` x25519 identity wraps one
//! random data key (DEK) per record owner (a case, a testifier); the DEK seals each sensitive field with
//! XChaCha20-Poly1305 whose associated data binds the owner id, the field name and the row id, so a
//! ciphertext copied to another record, row or field fails to open. The wrapped DEK itself carries the
//! owner id, so a wrapped key moved to another case is refused too.

use crate::domain::Sensitive;
use age::secrecy::ExposeSecret;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use uuid::Uuid;
use zeroize::Zeroizing;

/// How a record's DEK is wrapped: 1 = `age` to the server's x25519 recipient.
pub const KEY_SCHEME_AGE_X25519: i64 = 1;
/// The format of a sealed field: 1 = version byte, 24-byte nonce, XChaCha20-Poly1305 ciphertext+tag.
const SEALED_V1: u8 = 1;
const NONCE_LEN: usize = 24;
const DEK_MAGIC: &[u8] = b"izde-dek-v1\0";
/// Name of the development identity file inside the data directory.
pub const DEV_IDENTITY_FILE: &str = "development-identity.txt";

/// Why a key could not be loaded or a value could not be opened. Messages carry no plaintext.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    #[error("cannot read or write the key file {path}: {source}")]
    KeyFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the key file {0} holds no valid age x25519 identity (AGE-SECRET-KEY-1…)")]
    InvalidIdentity(PathBuf),
    #[error("a data key could not be wrapped")]
    Wrap,
    #[error("a data key could not be unwrapped with this server's identity, or belongs to another record")]
    Unwrap,
    #[error("a sealed field could not be opened: wrong key, damaged data, or moved from another record or field")]
    Open,
}

/// Where a sealed value belongs: bound into its associated data.
#[derive(Clone, Copy, Debug)]
pub struct FieldRef<'a> {
    /// The record whose data key seals the value (a case or a testifier).
    pub owner: Uuid,
    /// `table.column`, e.g. `cases.name`.
    pub field: &'a str,
    /// The row inside the owner (an event, a source…), or the owner itself.
    pub row: Uuid,
}

impl<'a> FieldRef<'a> {
    /// A field of the owner record itself.
    pub fn of(owner: Uuid, field: &'a str) -> Self {
        Self {
            owner,
            field,
            row: owner,
        }
    }

    /// A field of a row that belongs to the owner.
    pub fn of_row(owner: Uuid, field: &'a str, row: Uuid) -> Self {
        Self { owner, field, row }
    }

    fn associated_data(&self) -> Vec<u8> {
        let mut ad = Vec::with_capacity(16 + 32 + 1 + self.field.len() + 16);
        ad.extend_from_slice(b"izde:field:v1\0");
        ad.extend_from_slice(self.owner.as_bytes());
        ad.extend_from_slice(self.row.as_bytes());
        ad.extend_from_slice(self.field.as_bytes());
        ad
    }
}

/// A record's data key. Zeroized when dropped; never serialized, never logged.
pub struct DataKey {
    owner: Uuid,
    key: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey([redacted])")
    }
}

impl DataKey {
    /// The record this key belongs to.
    pub fn owner(&self) -> Uuid {
        self.owner
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(self.key.as_ref()))
    }

    /// Seals a value for one field of one row.
    pub fn seal(&self, field: &FieldRef<'_>, plaintext: &str) -> Vec<u8> {
        debug_assert_eq!(field.owner, self.owner, "sealing with another record's key");
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ad = field.associated_data();
        let ciphertext = self
            .cipher()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext.as_bytes(),
                    aad: &ad,
                },
            )
            .expect("XChaCha20-Poly1305 encryption of an in-memory buffer cannot fail");
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        out.push(SEALED_V1);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    /// Seals an optional value.
    pub fn seal_opt(&self, field: &FieldRef<'_>, value: Option<&Sensitive>) -> Option<Vec<u8>> {
        value.map(|v| self.seal(field, v.expose()))
    }

    /// Opens a sealed value, checking that it belongs to this field of this row.
    pub fn open(&self, field: &FieldRef<'_>, sealed: &[u8]) -> Result<Sensitive, CryptoError> {
        if sealed.len() < 1 + NONCE_LEN + 16 || sealed[0] != SEALED_V1 {
            return Err(CryptoError::Open);
        }
        let ad = field.associated_data();
        let plaintext = Zeroizing::new(
            self.cipher()
                .decrypt(
                    XNonce::from_slice(&sealed[1..1 + NONCE_LEN]),
                    Payload {
                        msg: &sealed[1 + NONCE_LEN..],
                        aad: &ad,
                    },
                )
                .map_err(|_| CryptoError::Open)?,
        );
        let text = std::str::from_utf8(&plaintext).map_err(|_| CryptoError::Open)?;
        Ok(Sensitive::new(text))
    }

    /// Opens an optional sealed value.
    pub fn open_opt(
        &self,
        field: &FieldRef<'_>,
        sealed: Option<&[u8]>,
    ) -> Result<Option<Sensitive>, CryptoError> {
        sealed.map(|s| self.open(field, s)).transpose()
    }
}

/// The server's keys: its `age` identity, and whether it is the generated development key.
pub struct ServerKeys {
    identity: age::x25519::Identity,
    recipient: age::x25519::Recipient,
    development: bool,
}

impl ServerKeys {
    /// Loads an identity file (the format `age-keygen` writes; comment lines are ignored).
    pub fn from_identity_file(path: &Path) -> Result<Self, CryptoError> {
        let text = std::fs::read_to_string(path).map_err(|source| CryptoError::KeyFile {
            path: path.to_path_buf(),
            source,
        })?;
        let identity = text
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
            .and_then(|l| age::x25519::Identity::from_str(l).ok())
            .ok_or_else(|| CryptoError::InvalidIdentity(path.to_path_buf()))?;
        let development = text.contains(DEVELOPMENT_MARKER);
        Ok(Self::from_identity(identity, development))
    }

    /// Loads the development identity from the data directory (which must hold one).
    pub fn load_development(data_dir: &Path) -> Result<Self, CryptoError> {
        let keys = Self::from_identity_file(&data_dir.join(DEV_IDENTITY_FILE))?;
        Ok(Self {
            development: true,
            ..keys
        })
    }

    /// Loads the development identity from the data directory, generating it on first run.
    pub fn load_or_create_development(data_dir: &Path) -> Result<Self, CryptoError> {
        let path = data_dir.join(DEV_IDENTITY_FILE);
        if path.exists() {
            return Self::load_development(data_dir);
        }
        let identity = age::x25519::Identity::generate();
        let contents = format!(
            "# {DEVELOPMENT_MARKER}\n\
             # Generated by `izde` on first run because no --identity was configured.\n\
             # It lives next to the database, so it protects nothing if the disk is taken:\n\
             # never record real testimonies under it.\n\
             # public key: {}\n{}\n",
            identity.to_public(),
            identity.to_string().expose_secret()
        );
        // Written aside and linked into place, so that an instance starting at the same moment
        // either finds no key or a complete one; the first link wins and the others load it.
        let key_error = |source| CryptoError::KeyFile {
            path: path.clone(),
            source,
        };
        let aside = data_dir.join(format!("{DEV_IDENTITY_FILE}.{}.new", std::process::id()));
        let _ = std::fs::remove_file(&aside);
        write_private_file(&aside, contents.as_bytes()).map_err(key_error)?;
        let linked = std::fs::hard_link(&aside, &path);
        let _ = std::fs::remove_file(&aside);
        match linked {
            Ok(()) => Ok(Self::from_identity(identity, true)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Self::load_development(data_dir)
            }
            Err(e) => Err(key_error(e)),
        }
    }

    /// Wraps an identity held in memory (tests, and identities unsealed by other means later).
    pub fn from_identity(identity: age::x25519::Identity, development: bool) -> Self {
        let recipient = identity.to_public();
        Self {
            identity,
            recipient,
            development,
        }
    }

    /// Whether this is the generated development key (the UI says so on every page).
    pub fn is_development(&self) -> bool {
        self.development
    }

    /// The identity itself, to decrypt what was encrypted to this server (backups).
    pub(crate) fn age_identity(&self) -> &age::x25519::Identity {
        &self.identity
    }

    /// The public half, as a recipient to encrypt to.
    pub fn age_recipient(&self) -> age::x25519::Recipient {
        self.recipient.clone()
    }

    /// The public half, as `age1…`.
    pub fn recipient(&self) -> String {
        self.recipient.to_string()
    }

    /// Makes a fresh data key for a new record and its wrapped form for storage.
    pub fn new_data_key(&self, owner: Uuid) -> Result<(DataKey, Vec<u8>), CryptoError> {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        let mut payload = Zeroizing::new(Vec::with_capacity(DEK_MAGIC.len() + 16 + 32));
        payload.extend_from_slice(DEK_MAGIC);
        payload.extend_from_slice(owner.as_bytes());
        payload.extend_from_slice(key.as_ref());
        let wrapped = age::encrypt(&self.recipient, &payload).map_err(|_| CryptoError::Wrap)?;
        Ok((DataKey { owner, key }, wrapped))
    }

    /// Unwraps a record's data key, refusing a key that was wrapped for another record.
    pub fn unwrap_data_key(&self, owner: Uuid, wrapped: &[u8]) -> Result<DataKey, CryptoError> {
        let payload =
            Zeroizing::new(age::decrypt(&self.identity, wrapped).map_err(|_| CryptoError::Unwrap)?);
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
}

const DEVELOPMENT_MARKER: &str = "DEVELOPMENT KEY — not for real testimonies";

fn write_private_file(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}

#[cfg(test)]
mod tests;
