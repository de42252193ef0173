//! The only module that holds key material.
//!
//! The key hierarchy (docs/security.md §2), `age` at the top:
//!
//! 1. `age` recipients: the server's online identity ([`OnlineIdentity`]: a development key, a plain
//!    identity file, or one protected by a passphrase) and offline recovery keys held by people;
//! 2. a versioned key-encryption key (KEK, 256 random bits), stored as an `age` file to every recipient
//!    (table `keyring`);
//! 3. a data key (DEK) per record owner (a case, a testifier), wrapped by the KEK with
//!    XChaCha20-Poly1305 whose associated data binds the owner id and the KEK version;
//! 4. each sensitive field, sealed by its owner's DEK with XChaCha20-Poly1305 whose associated data binds
//!    the format version, owner id, row id and field name.
//!
//! So a ciphertext or a wrapped DEK copied to another record, row or field fails to open; rotating the
//! KEK re-wraps 32-byte keys, not fields; and anyone holding one recipient's identity can open
//! everything with the standard `age` tool and this description. Versions are stored beside every
//! ciphertext (format byte, KEK version).
//!
//! Keys derived from the KEK for one purpose each leave this module only as the operation they are
//! for ([`NameIndexKey`], [`PseudonymKey`], [`ManifestSigner`]); backups are `age` streams
//! ([`backup_stream`]). [`keyring`] walks the hierarchy in the database through the queries of
//! `db::keyring`.

use crate::domain::Sensitive;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use std::io::Write;
use std::path::{Path, PathBuf};
use uuid::Uuid;
use zeroize::Zeroizing;

pub mod backup_stream;
pub mod chunks;
mod derived;
mod identity;
pub mod keyring;
mod keyring_auth;
mod keys;

pub use backup_stream::{parse_recipient, StreamRecipient};
pub use derived::{
    BackupSeal, ManifestKey, ManifestSigner, NameIndexKey, PseudonymKey, SignatureError,
};
pub use identity::{OnlineIdentity, DEV_IDENTITY_FILE};
pub use keyring_auth::{KeyringAuth, TaggedRecipient};
pub use keys::{open_kek, seal_kek, wrapped_kek_version, Kek, ServerKeys};

/// How a record's DEK is wrapped: 1 = `age` to the server's x25519 recipient (the first scheme,
/// upgraded to 2 at start-up).
pub const KEY_SCHEME_AGE_X25519: i64 = 1;
/// 2 = XChaCha20-Poly1305 under a KEK of the keyring.
pub const KEY_SCHEME_KEK: i64 = 2;
/// The format of a sealed field: 1 = version byte, 24-byte nonce, XChaCha20-Poly1305 ciphertext+tag
/// of the plaintext (read only: fields sealed before padding).
const SEALED_V1: u8 = 1;
/// 2 = the same, of the plaintext padded to its length's bucket ([`padded_len`]): its length as
/// 4 bytes big-endian, the text, zeros. What every seal writes.
const SEALED_V2: u8 = 2;
const NONCE_LEN: usize = 24;
const DEK_MAGIC: &[u8] = b"izde-dek-v1\0";

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
    #[error("the passphrase is wrong, or the file is not a passphrase-protected identity")]
    Passphrase,
    #[error("a data key is wrapped by key-encryption key version {0}, which this server has not unsealed")]
    UnknownKek(i64),
    #[error("a key-encryption key could not be opened with this identity")]
    Kek,
    #[error("not an age x25519 recipient (age1…)")]
    InvalidRecipient,
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

    fn associated_data(&self, format: u8) -> Vec<u8> {
        let mut ad = Vec::with_capacity(16 + 32 + 1 + self.field.len() + 16);
        ad.extend_from_slice(if format == SEALED_V1 {
            b"izde:field:v1\0"
        } else {
            b"izde:field:v2\0"
        });
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

    /// Seals a value for one field of one row, padded so that its length shows only its bucket
    /// ([`padded_len`]).
    pub fn seal(&self, field: &FieldRef<'_>, plaintext: &str) -> Vec<u8> {
        debug_assert_eq!(field.owner, self.owner, "sealing with another record's key");
        let mut nonce = [0u8; NONCE_LEN];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ad = field.associated_data(SEALED_V2);
        let text = plaintext.as_bytes();
        let mut padded = Zeroizing::new(Vec::with_capacity(padded_len(text.len())));
        padded.extend_from_slice(&(text.len() as u32).to_be_bytes());
        padded.extend_from_slice(text);
        padded.resize(padded_len(text.len()), 0);
        let ciphertext = self
            .cipher()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &padded,
                    aad: &ad,
                },
            )
            .expect("XChaCha20-Poly1305 encryption of an in-memory buffer cannot fail");
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        out.push(SEALED_V2);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    /// Seals an optional value.
    pub fn seal_opt(&self, field: &FieldRef<'_>, value: Option<&Sensitive>) -> Option<Vec<u8>> {
        value.map(|v| self.seal(field, v.expose()))
    }

    /// Opens a sealed value, checking that it belongs to this field of this row. Every opening is
    /// a trace event (target `izde::opened`, the field's name only), so that tests can prove
    /// which fields a page opened.
    pub fn open(&self, field: &FieldRef<'_>, sealed: &[u8]) -> Result<Sensitive, CryptoError> {
        tracing::trace!(target: "izde::opened", field = field.field);
        if sealed.len() < 1 + NONCE_LEN + 16 || ![SEALED_V1, SEALED_V2].contains(&sealed[0]) {
            return Err(CryptoError::Open);
        }
        let ad = field.associated_data(sealed[0]);
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
        let text = if sealed[0] == SEALED_V1 {
            &plaintext[..]
        } else {
            let (len, rest) = plaintext.split_at_checked(4).ok_or(CryptoError::Open)?;
            let len = u32::from_be_bytes(len.try_into().map_err(|_| CryptoError::Open)?) as usize;
            rest.get(..len).ok_or(CryptoError::Open)?
        };
        let text = std::str::from_utf8(text).map_err(|_| CryptoError::Open)?;
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

/// The length a plaintext of `len` bytes is padded to before sealing (with its 4-byte length):
/// powers of two from 64 bytes to 4 KiB, then whole multiples of 4 KiB. So a sealed name shows
/// only that it is under 60 bytes, a narrative its size to within a factor of two, and a
/// transcript its size to within 4 KiB; never the exact length.
pub fn padded_len(len: usize) -> usize {
    let with_length = len + 4;
    if with_length <= 4096 {
        with_length.next_power_of_two().max(64)
    } else {
        with_length.div_ceil(4096) * 4096
    }
}

#[cfg(test)]
mod tests;

/// Creates `path` (never overwriting) readable only by its owner, with `contents`, flushed to disk.
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
