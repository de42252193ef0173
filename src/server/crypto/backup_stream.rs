//! Whole files encrypted with `age` (backups): written as a stream to any recipients, read back with
//! the server's identity (or an offline recovery identity loaded as one). Also how a recipient
//! (`age1…`) is read from text.

use super::{CryptoError, OnlineIdentity};
use std::io::{BufRead, Read, Write};
use std::str::FromStr;

/// A public key to encrypt a stream to (any kind of `age` recipient).
pub type StreamRecipient = Box<dyn age::Recipient + Send>;

/// What every `age` file starts with.
const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// Reads an `age` x25519 recipient (`age1…`; surrounding spaces are ignored).
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, CryptoError> {
    age::x25519::Recipient::from_str(text.trim()).map_err(|_| CryptoError::InvalidRecipient)
}

/// Whether `head`, the first bytes of a file, are those of an `age` file.
pub fn is_encrypted(head: &[u8]) -> bool {
    head.starts_with(AGE_MAGIC)
}

/// Why a stream could not be encrypted or decrypted. The texts are `age`'s own.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StreamError {
    /// No recipient, or recipients `age` refuses to mix.
    #[error("{0}")]
    Recipients(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The input is not a readable `age` file.
    #[error("{0}")]
    NotAge(String),
    /// The file is encrypted to other keys than the identity's.
    #[error("no identity matched any of the file's recipients")]
    OtherKeys,
    #[error("{0}")]
    Decrypt(String),
}

/// An `age` stream being written to `W`: call [`EncryptingWriter::finish`] after the last byte.
pub struct EncryptingWriter<W: Write>(age::stream::StreamWriter<W>);

impl<W: Write> Write for EncryptingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

impl<W: Write> EncryptingWriter<W> {
    /// Writes the last chunk (without it the stream fails authentication) and returns `W`.
    pub fn finish(self) -> std::io::Result<W> {
        self.0.finish()
    }
}

/// Starts an `age` stream to `recipients` (any one of them opens it), written to `out`.
pub fn encrypt_to<W: Write>(
    recipients: &[StreamRecipient],
    out: W,
) -> Result<EncryptingWriter<W>, StreamError> {
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r.as_ref() as _))
        .map_err(|e| StreamError::Recipients(e.to_string()))?;
    Ok(EncryptingWriter(encryptor.wrap_output(out)?))
}

/// The plaintext of an `age` stream.
pub struct DecryptingReader<R: BufRead>(age::stream::StreamReader<R>);

impl<R: BufRead> Read for DecryptingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

/// Opens an `age` stream encrypted to `identity` (a damaged or cut stream fails while it is read).
pub fn decrypt_with<R: BufRead>(
    identity: &OnlineIdentity,
    input: R,
) -> Result<DecryptingReader<R>, StreamError> {
    let decryptor =
        age::Decryptor::new_buffered(input).map_err(|e| StreamError::NotAge(e.to_string()))?;
    let reader = decryptor
        .decrypt(std::iter::once(
            identity.age_identity() as &dyn age::Identity
        ))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => StreamError::OtherKeys,
            other => StreamError::Decrypt(other.to_string()),
        })?;
    Ok(DecryptingReader(reader))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_opens_with_a_recipient_s_identity_only() {
        let ours = OnlineIdentity::generate();
        let theirs = OnlineIdentity::generate();
        let recipients: Vec<StreamRecipient> = vec![Box::new(
            parse_recipient(&format!(" {} ", ours.recipient())).unwrap(),
        )];
        let mut writer = encrypt_to(&recipients, Vec::new()).unwrap();
        writer.write_all(b"line one\nline two\n").unwrap();
        let file = writer.finish().unwrap();
        assert!(is_encrypted(&file));

        let mut plain = Vec::new();
        decrypt_with(&ours, file.as_slice())
            .unwrap()
            .read_to_end(&mut plain)
            .unwrap();
        assert_eq!(plain, b"line one\nline two\n");
        assert!(matches!(
            decrypt_with(&theirs, file.as_slice()),
            Err(StreamError::OtherKeys)
        ));
        assert!(matches!(
            decrypt_with(&ours, &b"not age"[..]),
            Err(StreamError::NotAge(_))
        ));
        assert!(matches!(
            encrypt_to(&[], Vec::new()),
            Err(StreamError::Recipients(_))
        ));
        assert!(parse_recipient("age1nope").is_err());
    }
}
