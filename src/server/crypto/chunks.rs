//! Evidence files sealed in fixed-size chunks, so that any range can be read and opened without
//! the rest (a video seeks) and a chunk that is changed, moved, swapped or cut off fails to open.
//!
//! Each file has a key of its own ([`FileKey`]: 256 random bits and a random nonce prefix), sealed
//! as a field of its case by the case's data key. So the bytes are under the case's key through
//! the hierarchy: destroying the case's key (erasure) makes them unreadable, while a merge or a key
//! rotation re-seals a few bytes instead of rewriting gigabytes.
//!
//! The chunks are the STREAM construction of Hoang, Reyhanitabar, Rogaway and Vizár (the `aead`
//! crate's `StreamBE32` over XChaCha20-Poly1305): chunk *i* is sealed with a nonce made of the
//! file's prefix, *i* and a flag that is set on the last chunk only; the associated data binds the
//! format and the file's id. So opening chunk *i* at position *j ≠ i* fails, a file whose last chunk
//! is missing fails (its new last chunk does not carry the flag), and a chunk of another file fails.
//! Every chunk holds [`CHUNK_SIZE`] bytes of the original but the last (1 to [`CHUNK_SIZE`] bytes),
//! followed by its 16-byte tag.

use super::{CryptoError, DataKey, FieldRef};
use chacha20poly1305::aead::stream::{NewStream, StreamBE32, StreamPrimitive};
use chacha20poly1305::aead::{KeyInit, Payload};
use chacha20poly1305::XChaCha20Poly1305;
use rand::RngCore;
use std::ops::Range;
use uuid::Uuid;
use zeroize::Zeroizing;

/// Bytes of the original in every chunk but the last: 64 KiB, so a seek opens at most 64 KiB more
/// than it shows, and the tags add 0.02 %.
pub const CHUNK_SIZE: u64 = 64 * 1024;
/// The tag each sealed chunk carries.
pub const TAG_SIZE: u64 = 16;
/// The field a file's key is sealed as, under its case's data key.
pub const KEY_FIELD: &str = "evidence_files.key";
const PREFIX_LEN: usize = 19;
const ASSOCIATED: &[u8] = b"izde:evidence:v1\0";

/// The key of one evidence file. Zeroized when dropped; never serialized, never logged.
pub struct FileKey {
    file: Uuid,
    key: Zeroizing<[u8; 32]>,
    prefix: [u8; PREFIX_LEN],
}

impl std::fmt::Debug for FileKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FileKey([redacted])")
    }
}

impl FileKey {
    /// A new random key for the file `file`.
    pub fn generate(file: Uuid) -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        let mut prefix = [0u8; PREFIX_LEN];
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        rand::rngs::OsRng.fill_bytes(&mut prefix);
        Self { file, key, prefix }
    }

    /// Seals this key as a field of its case (`dek` is the case's data key).
    pub fn seal_under(&self, dek: &DataKey) -> Vec<u8> {
        let mut bytes = Zeroizing::new(Vec::with_capacity(32 + PREFIX_LEN));
        bytes.extend_from_slice(self.key.as_ref());
        bytes.extend_from_slice(&self.prefix);
        let text = Zeroizing::new(hex::encode(&*bytes));
        dek.seal(&FieldRef::of_row(dek.owner(), KEY_FIELD, self.file), &text)
    }

    /// Opens the key of `file` sealed under its case's data key.
    pub fn open_under(dek: &DataKey, file: Uuid, sealed: &[u8]) -> Result<Self, CryptoError> {
        let text = dek.open(&FieldRef::of_row(dek.owner(), KEY_FIELD, file), sealed)?;
        let bytes = Zeroizing::new(hex::decode(text.expose()).map_err(|_| CryptoError::Open)?);
        if bytes.len() != 32 + PREFIX_LEN {
            return Err(CryptoError::Open);
        }
        let mut key = Zeroizing::new([0u8; 32]);
        key.copy_from_slice(&bytes[..32]);
        let mut prefix = [0u8; PREFIX_LEN];
        prefix.copy_from_slice(&bytes[32..]);
        Ok(Self { file, key, prefix })
    }

    fn stream(&self) -> StreamBE32<XChaCha20Poly1305> {
        let aead = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(self.key.as_ref()));
        StreamBE32::from_aead(aead, (&self.prefix).into())
    }

    fn associated_data(&self) -> Vec<u8> {
        let mut ad = ASSOCIATED.to_vec();
        ad.extend_from_slice(self.file.as_bytes());
        ad
    }

    /// A sealer for the file's bytes as they arrive.
    pub fn sealer(&self) -> ChunkSealer {
        ChunkSealer {
            stream: self.stream(),
            ad: self.associated_data(),
            pending: Zeroizing::new(Vec::with_capacity(CHUNK_SIZE as usize)),
            next: 0,
        }
    }

    /// An opener of the file's chunks, in any order.
    pub fn opener(&self, layout: Layout) -> ChunkOpener {
        ChunkOpener {
            stream: self.stream(),
            ad: self.associated_data(),
            layout,
        }
    }
}

/// Seals a file's bytes as they arrive, a chunk at a time. A full chunk is sealed only once more
/// bytes arrive, because only then is it known not to be the last.
pub struct ChunkSealer {
    stream: StreamBE32<XChaCha20Poly1305>,
    ad: Vec<u8>,
    pending: Zeroizing<Vec<u8>>,
    next: u32,
}

impl ChunkSealer {
    /// Takes the next bytes of the original; appends to `out` every chunk now known not to be the
    /// last.
    pub fn push(&mut self, mut bytes: &[u8], out: &mut Vec<u8>) -> Result<(), CryptoError> {
        while !bytes.is_empty() {
            if self.pending.len() == CHUNK_SIZE as usize {
                self.seal_pending(false, out)?;
            }
            let room = CHUNK_SIZE as usize - self.pending.len();
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            self.pending.extend_from_slice(now);
            bytes = later;
        }
        Ok(())
    }

    /// Seals the last chunk; fails for a file of no bytes.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<(), CryptoError> {
        if self.pending.is_empty() {
            return Err(CryptoError::Open);
        }
        self.seal_pending(true, out)
    }

    fn seal_pending(&mut self, last: bool, out: &mut Vec<u8>) -> Result<(), CryptoError> {
        let sealed = self
            .stream
            .encrypt(
                self.next,
                last,
                Payload {
                    msg: &self.pending,
                    aad: &self.ad,
                },
            )
            .map_err(|_| CryptoError::Wrap)?;
        out.extend_from_slice(&sealed);
        self.pending.clear();
        self.next = self.next.checked_add(1).ok_or(CryptoError::Wrap)?;
        Ok(())
    }
}

/// Opens the chunks of one file, in any order.
pub struct ChunkOpener {
    stream: StreamBE32<XChaCha20Poly1305>,
    ad: Vec<u8>,
    layout: Layout,
}

impl ChunkOpener {
    /// Opens chunk `index` (as read from [`Layout::sealed_range`]); fails if it was changed, is
    /// not chunk `index` of this file, or is the file's last chunk without being marked so.
    pub fn open(&self, index: u64, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let position = u32::try_from(index).map_err(|_| CryptoError::Open)?;
        if index >= self.layout.chunks() {
            return Err(CryptoError::Open);
        }
        let last = index + 1 == self.layout.chunks();
        self.stream
            .decrypt(
                position,
                last,
                Payload {
                    msg: sealed,
                    aad: &self.ad,
                },
            )
            .map_err(|_| CryptoError::Open)
    }
}

/// Where the chunks of a file of `size` bytes lie in its sealed form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The original's size in bytes (at least 1).
    pub size: u64,
}

impl Layout {
    /// How many chunks the file has.
    pub fn chunks(&self) -> u64 {
        self.size.div_ceil(CHUNK_SIZE)
    }

    /// The size of the sealed form.
    pub fn sealed_size(&self) -> u64 {
        self.size + self.chunks() * TAG_SIZE
    }

    /// The bytes of the sealed form that hold chunks `first..=last`.
    pub fn sealed_range(&self, first: u64, last: u64) -> Range<u64> {
        let start = first * (CHUNK_SIZE + TAG_SIZE);
        let end = ((last + 1) * (CHUNK_SIZE + TAG_SIZE)).min(self.sealed_size());
        start..end
    }

    /// The chunks that hold the original's bytes `range` (non-empty, inside the file).
    pub fn chunks_of(&self, range: &Range<u64>) -> (u64, u64) {
        (range.start / CHUNK_SIZE, (range.end - 1) / CHUNK_SIZE)
    }

    /// The original bytes chunk `index` holds.
    pub fn plain_range(&self, index: u64) -> Range<u64> {
        let start = index * CHUNK_SIZE;
        start..(start + CHUNK_SIZE).min(self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::crypto::{Kek, OnlineIdentity, ServerKeys};

    fn seal_all(key: &FileKey, data: &[u8], piece: usize) -> Vec<u8> {
        let mut sealer = key.sealer();
        let mut out = Vec::new();
        for part in data.chunks(piece) {
            sealer.push(part, &mut out).unwrap();
        }
        sealer.finish(&mut out).unwrap();
        out
    }

    fn open_all(key: &FileKey, size: u64, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let layout = Layout { size };
        let opener = key.opener(layout);
        let mut out = Vec::new();
        for i in 0..layout.chunks() {
            let r = layout.sealed_range(i, i);
            let chunk = sealed
                .get(r.start as usize..r.end as usize)
                .ok_or(CryptoError::Open)?;
            out.extend(opener.open(i, chunk)?);
        }
        Ok(out)
    }

    fn sample(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 % 251) as u8).collect()
    }

    #[test]
    fn a_file_sealed_in_any_pieces_opens_to_its_bytes_and_has_the_layout_s_size() {
        let key = FileKey::generate(Uuid::new_v4());
        for len in [
            1,
            100,
            CHUNK_SIZE as usize,
            CHUNK_SIZE as usize + 1,
            3 * CHUNK_SIZE as usize,
        ] {
            let data = sample(len);
            for piece in [1000, 8192, 70_000] {
                let sealed = seal_all(&key, &data, piece);
                assert_eq!(
                    sealed.len() as u64,
                    Layout { size: len as u64 }.sealed_size()
                );
                assert_eq!(open_all(&key, len as u64, &sealed).unwrap(), data);
            }
        }
    }

    #[test]
    fn the_original_bytes_are_not_in_the_sealed_form() {
        let key = FileKey::generate(Uuid::new_v4());
        let data = b"My brother was taken to the camp in Ghulja. ".repeat(5000);
        let sealed = seal_all(&key, &data, 4096);
        assert!(!sealed.windows(20).any(|w| w == &data[..20]));
    }

    #[test]
    fn a_flipped_byte_a_swapped_chunk_a_cut_off_end_or_another_file_s_key_fails() {
        let key = FileKey::generate(Uuid::new_v4());
        let size = 3 * CHUNK_SIZE + 10;
        let data = sample(size as usize);
        let sealed = seal_all(&key, &data, 65536);
        let layout = Layout { size };

        let mut flipped = sealed.clone();
        flipped[layout.sealed_range(1, 1).start as usize + 5] ^= 1;
        assert!(open_all(&key, size, &flipped).is_err());

        let (a, b) = (layout.sealed_range(0, 0), layout.sealed_range(1, 1));
        let mut swapped = sealed.clone();
        let first = sealed[a.start as usize..a.end as usize].to_vec();
        let second = sealed[b.start as usize..b.end as usize].to_vec();
        swapped[a.start as usize..a.end as usize].copy_from_slice(&second);
        swapped[b.start as usize..b.end as usize].copy_from_slice(&first);
        assert!(open_all(&key, size, &swapped).is_err());

        // Cut after three whole chunks, and told it has three: the third is not marked last.
        let cut = &sealed[..layout.sealed_range(0, 2).end as usize];
        assert!(open_all(&key, 3 * CHUNK_SIZE, cut).is_err());

        let other = FileKey::generate(Uuid::new_v4());
        assert!(open_all(&other, size, &sealed).is_err());
    }

    #[test]
    fn any_chunk_opens_alone_and_ranges_map_to_the_chunks_that_hold_them() {
        let key = FileKey::generate(Uuid::new_v4());
        let size = 5 * CHUNK_SIZE + 123;
        let data = sample(size as usize);
        let sealed = seal_all(&key, &data, 10_000);
        let layout = Layout { size };
        let opener = key.opener(layout);
        let r = layout.sealed_range(4, 4);
        let chunk = opener
            .open(4, &sealed[r.start as usize..r.end as usize])
            .unwrap();
        let p = layout.plain_range(4);
        assert_eq!(chunk, data[p.start as usize..p.end as usize]);
        assert_eq!(layout.chunks_of(&(0..1)), (0, 0));
        assert_eq!(layout.chunks_of(&(CHUNK_SIZE - 1..CHUNK_SIZE + 1)), (0, 1));
        assert_eq!(layout.chunks_of(&(size - 1..size)), (5, 5));
        assert_eq!(layout.sealed_range(5, 5).end, layout.sealed_size());
    }

    #[test]
    fn an_empty_file_is_refused() {
        let key = FileKey::generate(Uuid::new_v4());
        let mut out = Vec::new();
        assert!(key.sealer().finish(&mut out).is_err());
    }

    #[test]
    fn a_file_key_opens_only_under_its_case_s_key_and_for_its_file() {
        let keys = ServerKeys::new(
            OnlineIdentity::from_identity(age::x25519::Identity::generate(), false),
            vec![Kek::generate(1)],
            1,
        );
        let case = Uuid::new_v4();
        let (dek, _) = keys.new_data_key(case).unwrap();
        let file = Uuid::new_v4();
        let key = FileKey::generate(file);
        let sealed = key.seal_under(&dek);
        let data = sample(1000);
        let stored = seal_all(&key, &data, 100);
        let again = FileKey::open_under(&dek, file, &sealed).unwrap();
        assert_eq!(open_all(&again, 1000, &stored).unwrap(), data);
        assert!(FileKey::open_under(&dek, Uuid::new_v4(), &sealed).is_err());
        let (other, _) = keys.new_data_key(Uuid::new_v4()).unwrap();
        assert!(FileKey::open_under(&other, file, &sealed).is_err());
    }
}
