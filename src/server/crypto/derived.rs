//! Keys derived from a KEK for one purpose each (HKDF-SHA256, [`Kek::derive`]), handed out as the
//! operation they are for: their bytes never leave this module. Each changes with the KEK, so at
//! every rotation.
//!
//! | purpose (HKDF info)      | type              | used by                                  |
//! |--------------------------|-------------------|------------------------------------------|
//! | `izde blind index v1`    | [`NameIndexKey`]  | the name index (`records::search`)       |
//! | `izde export ids v1`     | [`PseudonymKey`]  | stable export ids (`export::ExportIds`)  |
//! | `izde export signing v1` | [`ManifestSigner`]| export manifests' Ed25519 signature      |
//! | `izde backup trailer v1` | [`BackupSeal`]    | the authenticated last line of a backup  |

use super::Kek;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

/// What the name index's key is derived for.
const NAME_INDEX_PURPOSE: &str = "izde blind index v1";
/// What the stable export ids' key is derived for.
const STABLE_IDS_PURPOSE: &str = "izde export ids v1";
/// What the installation's export signing key is derived for.
const SIGNING_PURPOSE: &str = "izde export signing v1";
/// What a backup's trailer key is derived for.
const BACKUP_PURPOSE: &str = "izde backup trailer v1";

fn hmac_sha256(key: &[u8]) -> Hmac<Sha256> {
    Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length")
}

/// The key of the name index under one KEK: HMAC-SHA256, keyed once.
#[derive(Clone)]
pub struct NameIndexKey {
    keyed: Hmac<Sha256>,
}

impl std::fmt::Debug for NameIndexKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NameIndexKey([redacted])")
    }
}

impl NameIndexKey {
    /// The name index's key under `kek`.
    pub fn new(kek: &Kek) -> Self {
        Self {
            keyed: hmac_sha256(kek.derive(NAME_INDEX_PURPOSE).as_ref()),
        }
    }

    /// HMAC-SHA256 of `kind ‖ 0x00 ‖ key` (the index keeps a prefix of it).
    pub fn digest(&self, kind: &str, key: &str) -> [u8; 32] {
        let mut mac = self.keyed.clone();
        mac.update(kind.as_bytes());
        mac.update(&[0]);
        mac.update(key.as_bytes());
        mac.finalize().into_bytes().into()
    }
}

/// The key of an export's pseudonymous ids: HMAC-SHA256, keyed once.
pub struct PseudonymKey {
    keyed: Hmac<Sha256>,
}

impl std::fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PseudonymKey([redacted])")
    }
}

impl PseudonymKey {
    /// A fresh random key, for ids that no other export shares.
    pub fn fresh() -> Self {
        use rand::RngCore;
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        Self {
            keyed: hmac_sha256(key.as_ref()),
        }
    }

    /// The key derived from `kek`: the same ids in every export made under it.
    pub fn stable(kek: &Kek) -> Self {
        Self {
            keyed: hmac_sha256(kek.derive(STABLE_IDS_PURPOSE).as_ref()),
        }
    }

    /// HMAC-SHA256 of `id`.
    pub fn digest(&self, id: &str) -> [u8; 32] {
        let mut mac = self.keyed.clone();
        mac.update(id.as_bytes());
        mac.finalize().into_bytes().into()
    }
}

/// The key that authenticates a backup's last line (HMAC-SHA256 under a key derived from the KEK
/// that was current in the backup's snapshot): whoever holds no KEK of the installation cannot
/// change a line of a backup and make its trailer match again.
pub struct BackupSeal {
    keyed: Hmac<Sha256>,
}

impl std::fmt::Debug for BackupSeal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BackupSeal([redacted])")
    }
}

impl BackupSeal {
    pub fn new(kek: &Kek) -> Self {
        Self {
            keyed: hmac_sha256(kek.derive(BACKUP_PURPOSE).as_ref()),
        }
    }

    fn mac(&self, installation: &str, sha256: &[u8]) -> Hmac<Sha256> {
        let mut mac = self.keyed.clone();
        mac.update(&(installation.len() as u64).to_be_bytes());
        mac.update(installation.as_bytes());
        mac.update(sha256);
        mac
    }

    /// The tag of a backup of `installation` whose lines before the trailer hash to `sha256`.
    pub fn tag(&self, installation: &str, sha256: &[u8]) -> Vec<u8> {
        self.mac(installation, sha256)
            .finalize()
            .into_bytes()
            .to_vec()
    }

    /// Whether `tag` is this key's for those lines (compared in constant time).
    pub fn is_authentic(&self, installation: &str, sha256: &[u8], tag: &[u8]) -> bool {
        self.mac(installation, sha256).verify_slice(tag).is_ok()
    }
}

/// The installation's Ed25519 key for signing export manifests, whose seed is derived from a KEK.
pub struct ManifestSigner {
    key: ed25519_dalek::SigningKey,
}

impl std::fmt::Debug for ManifestSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ManifestSigner([redacted])")
    }
}

impl ManifestSigner {
    /// The signing key under `kek`.
    pub fn new(kek: &Kek) -> Self {
        Self {
            key: ed25519_dalek::SigningKey::from_bytes(&kek.derive(SIGNING_PURPOSE)),
        }
    }

    /// The public key (32 bytes), which recipients of an export compare with its manifest's.
    pub fn public_key(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }

    /// The Ed25519 signature of `message` (64 bytes).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        ed25519_dalek::Signer::sign(&self.key, message).to_bytes()
    }
}

/// The public key a manifest names, to check its signature with.
pub struct ManifestKey {
    key: ed25519_dalek::VerifyingKey,
}

/// Why a manifest's public key or signature is refused (the message is Ed25519's own).
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct SignatureError(ed25519_dalek::SignatureError);

impl ManifestKey {
    /// Reads a public key (32 bytes); fails when they are not an Ed25519 point.
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<Self, SignatureError> {
        ed25519_dalek::VerifyingKey::from_bytes(bytes)
            .map(|key| Self { key })
            .map_err(SignatureError)
    }

    /// Checks a signature made by [`ManifestSigner::sign`] (strict Ed25519 verification).
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> Result<(), SignatureError> {
        self.key
            .verify_strict(message, &ed25519_dalek::Signature::from_bytes(signature))
            .map_err(SignatureError)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derived keys as the code computed them before this module existed: HKDF from the KEK,
    /// then HMAC-SHA256 / Ed25519 over the same bytes.
    #[test]
    fn outputs_are_those_of_the_derived_keys_used_directly() {
        let kek = Kek::generate(3);
        let mac = |purpose: &str, parts: &[&[u8]]| -> [u8; 32] {
            let mut mac = hmac_sha256(kek.derive(purpose).as_ref());
            for part in parts {
                mac.update(part);
            }
            mac.finalize().into_bytes().into()
        };
        assert_eq!(
            NameIndexKey::new(&kek).digest("name", "NRLN STKL"),
            mac(NAME_INDEX_PURPOSE, &[b"name", &[0], b"NRLN STKL"])
        );
        assert_eq!(
            PseudonymKey::stable(&kek).digest("01a22609-b6ac-70b4-838d-e88cc7952c3b"),
            mac(
                STABLE_IDS_PURPOSE,
                &[b"01a22609-b6ac-70b4-838d-e88cc7952c3b"]
            )
        );
        let signer = ManifestSigner::new(&kek);
        let direct = ed25519_dalek::SigningKey::from_bytes(&kek.derive(SIGNING_PURPOSE));
        assert_eq!(signer.public_key(), direct.verifying_key().to_bytes());
        let signature = signer.sign(b"manifest");
        assert_eq!(
            signature,
            ed25519_dalek::Signer::sign(&direct, b"manifest").to_bytes()
        );
        let key = ManifestKey::from_bytes(&signer.public_key()).unwrap();
        assert!(key.verify(b"manifest", &signature).is_ok());
        assert!(key.verify(b"manifest!", &signature).is_err());
    }

    /// Known answers for a fixed KEK, computed independently (HKDF-SHA256 and HMAC-SHA256 from
    /// Python's standard library, Ed25519 per RFC 8032): saved name indexes, stable export ids and
    /// published public keys depend on these bytes.
    #[test]
    fn known_answers_for_a_fixed_kek() {
        let kek = Kek::from_key(1, [7u8; 32]);
        assert_eq!(
            hex::encode(NameIndexKey::new(&kek).digest("name", "NRLN STKL")),
            NAME_INDEX_KAT
        );
        assert_eq!(
            hex::encode(PseudonymKey::stable(&kek).digest("01a22609-b6ac-70b4-838d-e88cc7952c3b")),
            PSEUDONYM_KAT
        );
        assert_eq!(
            hex::encode(ManifestSigner::new(&kek).public_key()),
            PUBLIC_KEY_KAT
        );
    }

    const NAME_INDEX_KAT: &str = "ec1ca52afe0b97bcdc3a911210eb8cf0b7a49b314cb3150bfa59ebd04165f246";
    const PSEUDONYM_KAT: &str = "dba0bd8653297de75053e5cfc7eaf3c8571d8b7429b4198ea2fb3b117a5b413b";
    const PUBLIC_KEY_KAT: &str = "6797f21167d9eda8afe48b1c1dc2e90e8b2e1ebbbde9d798deefa5fc05f1a58a";
}
