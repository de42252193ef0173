//! Authentication of the keyring (docs/security.md §2, "Who may change the keyring").
//!
//! Anyone who can write to the database but holds no key could otherwise plant a KEK they know,
//! `age`-encrypted to the server's *public* recipient, or a recipient of their own: the server would
//! wrap new data keys under the first and encrypt every KEK and backup to the second. So every KEK
//! row carries a tag, and the newest row a tag of the recipient set, both HMAC-SHA256 under a key
//! derived (HKDF-SHA256) from the server's online identity: the one secret that every instance of
//! an installation holds and the database never does. A row without a valid tag is refused before
//! any use.
//!
//! - A KEK's tag covers its version and its 32 bytes, so a row moved to another version, or an
//!   `age` file of another key under a genuine tag, is refused.
//! - The recipient set's tag covers the newest KEK's version and tag, and every recipient's key,
//!   role and label, so a recipient added, removed or relabelled by hand is refused, and a tag copied
//!   from before a rotation does not fit after it.
//!
//! Offline recovery identities cannot check these tags (they do not hold the online identity);
//! `izde keys recover` only reads.

use super::Kek;
use age::secrecy::ExposeSecret;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

const SALT: &[u8] = b"izde-keyring-auth-v1";
const KEK_DOMAIN: &[u8] = b"izde keyring kek v1\0";
const RECIPIENTS_DOMAIN: &[u8] = b"izde keyring recipients v1\0";

/// One recipient as its tag covers it.
#[derive(Clone, Copy, Debug)]
pub struct TaggedRecipient<'a> {
    pub recipient: &'a str,
    pub role: &'a str,
    pub label: &'a str,
}

/// The key that tags and checks the keyring: derived from the online identity; never stored.
#[derive(Clone)]
pub struct KeyringAuth {
    keyed: Hmac<Sha256>,
}

impl std::fmt::Debug for KeyringAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyringAuth([redacted])")
    }
}

/// Appends `bytes` with its length first, so that no two lists of fields read the same.
fn field(mac: &mut Hmac<Sha256>, bytes: &[u8]) {
    mac.update(&(bytes.len() as u64).to_be_bytes());
    mac.update(bytes);
}

impl KeyringAuth {
    pub(super) fn new(identity: &age::x25519::Identity) -> Self {
        let secret = identity.to_string();
        let hkdf = hkdf::Hkdf::<Sha256>::new(Some(SALT), secret.expose_secret().as_bytes());
        let mut key = Zeroizing::new([0u8; 32]);
        hkdf.expand(b"izde keyring authentication", key.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        Self {
            keyed: Hmac::<Sha256>::new_from_slice(key.as_ref()).expect("HMAC takes any key"),
        }
    }

    fn kek_mac(&self, kek: &Kek) -> Hmac<Sha256> {
        let mut mac = self.keyed.clone();
        mac.update(KEK_DOMAIN);
        mac.update(&kek.version.to_be_bytes());
        mac.update(kek.bytes());
        mac
    }

    /// The tag stored beside a KEK.
    pub fn kek_tag(&self, kek: &Kek) -> Vec<u8> {
        self.kek_mac(kek).finalize().into_bytes().to_vec()
    }

    /// Whether `tag` was made by this installation for this KEK (compared in constant time).
    pub fn kek_is_authentic(&self, kek: &Kek, tag: &[u8]) -> bool {
        self.kek_mac(kek).verify_slice(tag).is_ok()
    }

    fn recipients_mac(&self, newest: &Kek, recipients: &[TaggedRecipient<'_>]) -> Hmac<Sha256> {
        let mut sorted: Vec<&TaggedRecipient<'_>> = recipients.iter().collect();
        sorted.sort_by_key(|r| r.recipient);
        let mut mac = self.keyed.clone();
        mac.update(RECIPIENTS_DOMAIN);
        field(&mut mac, &self.kek_tag(newest));
        mac.update(&(sorted.len() as u64).to_be_bytes());
        for r in sorted {
            field(&mut mac, r.recipient.as_bytes());
            field(&mut mac, r.role.as_bytes());
            field(&mut mac, r.label.as_bytes());
        }
        mac
    }

    /// The tag of the recipient set, stored beside the newest KEK.
    pub fn recipients_tag(&self, newest: &Kek, recipients: &[TaggedRecipient<'_>]) -> Vec<u8> {
        self.recipients_mac(newest, recipients)
            .finalize()
            .into_bytes()
            .to_vec()
    }

    /// Whether `tag` was made by this installation for exactly this recipient set under `newest`.
    pub fn recipients_are_authentic(
        &self,
        newest: &Kek,
        recipients: &[TaggedRecipient<'_>],
        tag: &[u8],
    ) -> bool {
        self.recipients_mac(newest, recipients)
            .verify_slice(tag)
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recipient<'a>(key: &'a str, label: &'a str) -> TaggedRecipient<'a> {
        TaggedRecipient {
            recipient: key,
            role: "recovery",
            label,
        }
    }

    #[test]
    fn tags_hold_only_for_the_identity_the_kek_and_the_set_they_were_made_for() {
        let ours = KeyringAuth::new(&age::x25519::Identity::generate());
        let theirs = KeyringAuth::new(&age::x25519::Identity::generate());
        let kek = Kek::from_key(2, [7; 32]);
        let tag = ours.kek_tag(&kek);
        assert!(ours.kek_is_authentic(&kek, &tag));
        assert!(!theirs.kek_is_authentic(&kek, &tag), "another identity");
        assert!(
            !ours.kek_is_authentic(&Kek::from_key(3, [7; 32]), &tag),
            "another version"
        );
        assert!(
            !ours.kek_is_authentic(&Kek::from_key(2, [8; 32]), &tag),
            "another key"
        );
        assert!(!ours.kek_is_authentic(&kek, &tag[..16]), "a cut tag");

        let set = [recipient("age1a", "office"), recipient("age1b", "home")];
        let reordered = [set[1], set[0]];
        let tag = ours.recipients_tag(&kek, &set);
        assert!(ours.recipients_are_authentic(&kek, &reordered, &tag));
        assert!(
            !ours.recipients_are_authentic(&kek, &set[..1], &tag),
            "one removed"
        );
        let added = [set[0], set[1], recipient("age1c", "rogue")];
        assert!(
            !ours.recipients_are_authentic(&kek, &added, &tag),
            "one added"
        );
        let relabelled = [set[0], recipient("age1b", "office")];
        assert!(!ours.recipients_are_authentic(&kek, &relabelled, &tag));
        let rotated = Kek::from_key(3, [9; 32]);
        assert!(
            !ours.recipients_are_authentic(&rotated, &set, &tag),
            "after a rotation"
        );
        // Fields are length-prefixed: moving a byte from one field to the next changes the tag.
        let shifted = [recipient("age1", "aoffice"), set[1]];
        assert!(!ours.recipients_are_authentic(&kek, &shifted, &tag));
    }
}
