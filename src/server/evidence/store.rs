//! Where the sealed bytes of evidence files live: one seam (the `object_store` crate's trait) with
//! two implementations — the data directory's `evidence/` folder (the embedded default) and
//! S3-compatible object storage, for installations whose several app instances must all reach
//! every file. Only sealed chunks pass through here (server::crypto::chunks); an object is named by
//! the file's id alone, which says nothing about its case or its contents.

use anyhow::Context as _;
use axum::body::Bytes;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, WriteMultipart};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

/// The folder of the data directory that holds evidence files.
pub const EVIDENCE_DIR: &str = "evidence";
/// How much of an upload is sent to object storage in one part (S3's parts are at least 5 MiB).
const PART_SIZE: usize = 8 * 1024 * 1024;
/// How many parts of one upload may be in flight at once.
const PARTS_IN_FLIGHT: usize = 2;

/// Settings of S3-compatible object storage (`izde serve --s3-bucket …`).
#[derive(Clone, Debug)]
pub struct S3Settings {
    /// The server's address, e.g. `https://s3.example.org` (without it: AWS's own endpoints).
    pub endpoint: Option<String>,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    /// Never printed: the settings' `Debug` shows it as `[redacted]`.
    pub secret_access_key: Secret,
    /// A folder inside the bucket for this installation's files (None: the bucket's top).
    pub prefix: Option<String>,
}

/// A secret setting whose `Debug` does not print it.
#[derive(Clone)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

/// The blob store of this installation.
#[derive(Clone, Debug)]
pub struct BlobStore {
    inner: Arc<dyn ObjectStore>,
    /// The folder, for the data-directory store (its files are synced to disk on completion).
    dir: Option<PathBuf>,
    /// What to call it in messages: "the data directory" or "s3://bucket".
    label: String,
}

impl BlobStore {
    /// The `evidence/` folder of a data directory (created, readable by its owner only).
    pub fn in_data_dir(data_dir: &std::path::Path) -> anyhow::Result<Self> {
        let dir = data_dir.join(EVIDENCE_DIR);
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the evidence folder {}", dir.display()))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700))
                .with_context(|| format!("cannot restrict {}", dir.display()))?;
        }
        let inner = object_store::local::LocalFileSystem::new_with_prefix(&dir)
            .context("cannot open the evidence folder")?
            .with_automatic_cleanup(true);
        Ok(Self {
            inner: Arc::new(inner),
            dir: Some(dir),
            label: "the data directory".into(),
        })
    }

    /// A bucket of S3-compatible object storage.
    pub fn s3(settings: &S3Settings) -> anyhow::Result<Self> {
        install_crypto_provider();
        let mut builder = object_store::aws::AmazonS3Builder::new()
            .with_bucket_name(&settings.bucket)
            .with_region(&settings.region)
            .with_access_key_id(&settings.access_key_id)
            .with_secret_access_key(&settings.secret_access_key.0);
        if let Some(endpoint) = &settings.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                // A self-hosted server (MinIO, Garage, s3s…) is addressed by path, not host name.
                .with_virtual_hosted_style_request(false)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        let s3 = builder
            .build()
            .context("cannot set up the S3 object storage")?;
        let prefix = settings
            .prefix
            .as_deref()
            .map(|p| p.trim_matches('/'))
            .filter(|p| !p.is_empty());
        let (inner, label): (Arc<dyn ObjectStore>, String) = match prefix {
            Some(prefix) => (
                Arc::new(object_store::prefix::PrefixStore::new(s3, prefix)),
                format!("s3://{}/{prefix}", settings.bucket),
            ),
            None => (Arc::new(s3), format!("s3://{}", settings.bucket)),
        };
        Ok(Self {
            inner,
            dir: None,
            label,
        })
    }

    /// What to call this store in messages.
    pub fn label(&self) -> &str {
        &self.label
    }

    fn path(file: &str) -> ObjectPath {
        ObjectPath::from(file)
    }

    /// Starts writing the sealed form of `file`; nothing is visible under its name until
    /// [`BlobWriter::finish`].
    pub async fn writer(&self, file: &str) -> anyhow::Result<BlobWriter> {
        let upload = self
            .inner
            .put_multipart(&Self::path(file))
            .await
            .with_context(|| format!("cannot start storing a file in {}", self.label))?;
        Ok(BlobWriter {
            upload: WriteMultipart::new_with_chunk_size(upload, PART_SIZE),
            file: file.to_string(),
            dir: self.dir.clone(),
        })
    }

    /// The sealed bytes `range` of `file`.
    pub async fn read(&self, file: &str, range: Range<u64>) -> anyhow::Result<Bytes> {
        self.inner
            .get_range(&Self::path(file), range)
            .await
            .with_context(|| format!("cannot read a stored file from {}", self.label))
    }

    /// The size of the sealed form of `file`, or None when it is not there.
    pub async fn size(&self, file: &str) -> anyhow::Result<Option<u64>> {
        match self.inner.head(&Self::path(file)).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(anyhow::Error::new(e).context(format!("cannot look in {}", self.label))),
        }
    }

    /// Removes `file` (nothing happens if it is not there).
    pub async fn delete(&self, file: &str) -> anyhow::Result<()> {
        match self.inner.delete(&Self::path(file)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => {
                Err(anyhow::Error::new(e).context(format!("cannot remove from {}", self.label)))
            }
        }
    }

    /// The names of every stored file.
    pub async fn list(&self) -> anyhow::Result<Vec<String>> {
        use futures_util::TryStreamExt;
        let metas: Vec<_> = self
            .inner
            .list(None)
            .try_collect()
            .await
            .with_context(|| format!("cannot list {}", self.label))?;
        Ok(metas.into_iter().map(|m| m.location.to_string()).collect())
    }
}

/// The sealed form of one file, being written.
pub struct BlobWriter {
    upload: WriteMultipart,
    file: String,
    dir: Option<PathBuf>,
}

impl BlobWriter {
    /// Writes the next sealed bytes, waiting while too many parts are in flight.
    pub async fn write(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        self.upload
            .wait_for_capacity(PARTS_IN_FLIGHT)
            .await
            .context("cannot store a part of a file")?;
        self.upload.write(bytes);
        Ok(())
    }

    /// Completes the file; on the data directory, syncs it to disk first.
    pub async fn finish(self) -> anyhow::Result<()> {
        self.upload
            .finish()
            .await
            .context("cannot complete a stored file")?;
        if let Some(dir) = self.dir {
            let path = dir.join(&self.file);
            tokio::task::spawn_blocking(move || std::fs::File::open(path)?.sync_all())
                .await
                .context("cannot sync a stored file")?
                .context("cannot sync a stored file")?;
        }
        Ok(())
    }

    /// Throws away what was written: nothing of the file is left.
    pub async fn abort(self) {
        if let Err(e) = self.upload.abort().await {
            tracing::warn!(error = %e, "an unfinished stored file could not be removed");
        }
    }
}

/// Installs ring as the process's TLS crypto provider (the one sqlx's TLS uses), once: object
/// storage over HTTPS needs one, and Izde builds no other.
pub(crate) fn install_crypto_provider() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}
