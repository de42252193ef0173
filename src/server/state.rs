//! What every request handler and server function can reach.

use crate::domain::vocab::Vocabularies;
use crate::server::audit::ReadLog;
use crate::server::clock::Clock;
use crate::server::context::Context;
use crate::server::crypto::keyring;
use crate::server::crypto::{OnlineIdentity, ServerKeys};
use crate::server::db::facets::FacetCache;
use crate::server::db::installation::{self, Installation};
use crate::server::db::{self, DatabaseUrl, Pool};
use crate::server::records::kept::Views;
use crate::server::records::RecordError;
use anyhow::Context as _;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::RwLock;
use zeroize::Zeroizing;

/// Shared application state, provided to server functions as context.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: Pool,
    pub keys: Arc<KeyState>,
    /// Vocabularies and gazetteer: loaded at start, and again when an admin added a place.
    pub vocab: Arc<VocabState>,
    /// How browsers reach this server (origin, cookie names).
    pub web: Arc<crate::server::http::guard::WebConfig>,
    /// Exports made on the web page, waiting to be downloaded (memory only).
    pub exports: Arc<crate::server::http::downloads::Exports>,
    /// The time of every stamp; tests move it.
    pub clock: Clock,
    /// Facet counts kept between requests (see [`FacetCache`]).
    pub facets: Arc<FacetCache>,
    /// The writer of reading entries in the audit log (see [`ReadLog`]).
    pub reads: ReadLog,
    /// Statistics, timelines and alerts kept between requests (see [`Views`]).
    pub views: Arc<Views>,
    /// Where evidence files are kept.
    pub blobs: crate::server::evidence::store::BlobStore,
    /// The read API's rate limit per token (see [`crate::server::api_v1::ApiLimits`]).
    pub api: Arc<crate::server::api_v1::ApiLimits>,
    /// Draws UN submission packs as PDF, with the fonts of its directories (see
    /// [`crate::server::pdf`]).
    pub pdf: Arc<crate::server::pdf::PdfEngine>,
}

impl AppState {
    /// The import page's uploads, held in memory only (see [`crate::server::import::jobs`]): one
    /// store per process, reached from the state as the exports are.
    pub fn imports(&self) -> &'static crate::server::import::jobs::Jobs {
        crate::server::import::jobs::Jobs::global()
    }

    /// What the record services need: fails with `Sealed` until the server is unsealed.
    pub async fn context(&self) -> Result<Context, RecordError> {
        Ok(Context {
            pool: self.pool.clone(),
            keys: self.keys.fresh(&self.pool).await?,
            vocab: self.vocab.fresh(&self.pool).await?,
            clock: self.clock.clone(),
            facets: self.facets.clone(),
            reads: self.reads.clone(),
            views: self.views.clone(),
        })
    }
}

/// The vocabularies and the gazetteer as this instance last read them, with the gazetteer's
/// version then: a place added (here or by another instance) is read at the next request.
pub struct VocabState {
    loaded: RwLock<(i64, Arc<Vocabularies>)>,
}

impl VocabState {
    /// `vocab` as read at start; the first request checks the version.
    pub fn new(vocab: Vocabularies) -> Self {
        Self {
            loaded: RwLock::new((i64::MIN, Arc::new(vocab))),
        }
    }

    /// The vocabularies, read again if the gazetteer changed since.
    pub async fn fresh(&self, pool: &Pool) -> Result<Arc<Vocabularies>, RecordError> {
        let version = db::vocab::gazetteer_version(pool).await?;
        {
            let loaded = self.loaded.read().unwrap_or_else(|e| e.into_inner());
            if loaded.0 == version {
                return Ok(loaded.1.clone());
            }
        }
        let vocab = Arc::new(crate::server::records::load_vocabularies(pool).await?);
        *self.loaded.write().unwrap_or_else(|e| e.into_inner()) = (version, vocab.clone());
        Ok(vocab)
    }
}

/// The server's keys: sealed until unsealed, then in this process's memory only (each instance
/// unseals itself; nothing unsealed is shared through the database).
pub struct KeyState {
    development: bool,
    unsealed: RwLock<Option<Arc<ServerKeys>>>,
}

impl KeyState {
    pub fn unsealed(keys: ServerKeys) -> Self {
        Self {
            development: keys.is_development(),
            unsealed: RwLock::new(Some(Arc::new(keys))),
        }
    }

    pub fn sealed() -> Self {
        Self {
            development: false,
            unsealed: RwLock::new(None),
        }
    }

    /// The unsealed keys, or `Sealed`.
    pub fn get(&self) -> Result<Arc<ServerKeys>, RecordError> {
        self.unsealed
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
            .ok_or(RecordError::Sealed)
    }

    /// The unsealed keys, reloaded when another instance has rotated the KEK since they were
    /// opened (one small query per request; every instance keeps only its own copy in memory).
    pub async fn fresh(&self, pool: &Pool) -> Result<Arc<ServerKeys>, RecordError> {
        let keys = self.get()?;
        let latest = db::keyring::latest_version(pool).await?;
        if latest.is_none_or(|v| v == keys.current_kek_version()) {
            return Ok(keys);
        }
        let mut conn = pool.acquire().await?;
        let reloaded = match keyring::unseal_conn(&mut conn, keys.identity().clone()).await {
            Ok(reloaded) => reloaded,
            Err(e) => {
                tracing::error!(
                    "the keyring changed and is refused, so no record is opened or written until \
                     it is repaired: {e:#}"
                );
                return Err(RecordError::Internal(e));
            }
        };
        tracing::info!(
            version = reloaded.current_kek_version(),
            "another instance rotated the key-encryption key: reloaded the keyring"
        );
        let reloaded = Arc::new(reloaded);
        *self.unsealed.write().unwrap_or_else(|e| e.into_inner()) = Some(reloaded.clone());
        Ok(reloaded)
    }

    pub fn unseal(&self, keys: ServerKeys) {
        *self.unsealed.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(keys));
    }

    pub fn is_sealed(&self) -> bool {
        self.get().is_err()
    }

    pub fn is_development(&self) -> bool {
        self.development
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Where the server finds its data and keys.
#[derive(Clone, Debug)]
pub struct Storage {
    pub data_dir: PathBuf,
    /// The database; without one, the SQLite file in `data_dir`.
    pub database: Option<DatabaseUrl>,
    /// An `age` identity file; without one, a development key is generated in the data directory.
    pub identity: Option<PathBuf>,
    /// Object storage for evidence files; without it, the data directory's evidence/ folder.
    pub s3: Option<crate::server::evidence::store::S3Settings>,
}

impl Storage {
    /// Where this installation keeps evidence files.
    pub fn blob_store(&self) -> anyhow::Result<crate::server::evidence::store::BlobStore> {
        use crate::server::evidence::store::BlobStore;
        match &self.s3 {
            Some(settings) => BlobStore::s3(settings),
            None => BlobStore::in_data_dir(&self.data_dir),
        }
    }

    /// The configured database, or the SQLite file in the data directory.
    pub fn database_url(&self) -> anyhow::Result<DatabaseUrl> {
        match &self.database {
            Some(url) => Ok(url.clone()),
            None => DatabaseUrl::sqlite_in(&self.data_dir),
        }
    }

    /// Loads the server's online identity. `create` lets a first run generate the development key;
    /// commands that only read (check, backup, restore) never write one. A passphrase-protected
    /// identity file is returned as such, to be unsealed with [`Storage::unlock`].
    pub fn load_identity(&self, create: bool) -> anyhow::Result<IdentitySource> {
        let identity = match &self.identity {
            Some(path) => {
                if OnlineIdentity::is_passphrase_protected(path)
                    .with_context(|| describe_key_source(Some(path), &self.data_dir))?
                {
                    return Ok(IdentitySource::Passphrase(path.clone()));
                }
                OnlineIdentity::from_identity_file(path)
            }
            None if create => OnlineIdentity::load_or_create_development(&self.data_dir),
            None => OnlineIdentity::load_development(&self.data_dir),
        };
        identity
            .map(IdentitySource::Ready)
            .with_context(|| describe_key_source(self.identity.as_deref(), &self.data_dir))
    }

    /// The online identity, asking for the passphrase (terminal, or a line on stdin) if it is
    /// protected by one: what the command-line tools use.
    pub fn unlock(&self, create: bool) -> anyhow::Result<OnlineIdentity> {
        match self.load_identity(create)? {
            IdentitySource::Ready(identity) => Ok(identity),
            IdentitySource::Passphrase(path) => {
                let passphrase = read_passphrase(&format!("Passphrase of {}: ", path.display()))?
                    .context("no passphrase given")?;
                OnlineIdentity::from_passphrase_file(&path, &passphrase)
                    .with_context(|| format!("cannot unlock {}", path.display()))
            }
        }
    }

    /// Loads the identity and opens the keyring: the unsealed keys, for commands (not `serve`, which
    /// may start sealed).
    pub async fn unseal(&self, pool: &Pool, create: bool) -> anyhow::Result<ServerKeys> {
        let identity = self.unlock(create)?;
        let development = identity.is_development();
        keyring::unseal(pool, identity, create && development).await
    }
}

/// An identity ready to use, or one that needs its passphrase.
pub enum IdentitySource {
    Ready(OnlineIdentity),
    Passphrase(PathBuf),
}

/// Reads a passphrase: without echo from the terminal, or one line from stdin when it is not a
/// terminal (`izde serve < passphrase-pipe`). None at the end of input.
pub fn read_passphrase(prompt: &str) -> anyhow::Result<Option<Zeroizing<String>>> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let p = rpassword::prompt_password(prompt).context("cannot read the passphrase")?;
        return Ok(Some(Zeroizing::new(p)));
    }
    let mut line = Zeroizing::new(String::new());
    let n = std::io::stdin()
        .read_line(&mut line)
        .context("cannot read the passphrase from stdin")?;
    if n == 0 {
        return Ok(None);
    }
    let trimmed = Zeroizing::new(line.trim_end_matches(['\n', '\r']).to_string());
    Ok(Some(trimmed))
}

impl AppState {
    /// Opens the database (migrating it) and the vocabularies, and unseals the keys unless the
    /// identity needs a passphrase: then the state starts sealed and `serve` unseals it later.
    pub async fn open(
        storage: &Storage,
        leptos_options: LeptosOptions,
        web: crate::server::http::guard::WebConfig,
    ) -> anyhow::Result<Self> {
        let url = storage.database_url()?;
        let pool = db::open(&url).await?;
        let keys = match storage.load_identity(true)? {
            IdentitySource::Ready(identity) => {
                KeyState::unsealed(unseal_and_upgrade(&pool, identity).await?)
            }
            IdentitySource::Passphrase(_) => KeyState::sealed(),
        };
        ensure_installation(&pool).await?;
        let vocab = crate::server::records::load_vocabularies(&pool).await?;
        index_text(&pool, &vocab).await?;
        let reads = ReadLog::start(pool.clone());
        Ok(Self {
            leptos_options,
            pool,
            keys: Arc::new(keys),
            vocab: Arc::new(VocabState::new(vocab)),
            web: Arc::new(web),
            exports: Arc::default(),
            clock: Clock::default(),
            facets: Arc::default(),
            reads,
            views: Arc::default(),
            blobs: storage.blob_store()?,
            api: Arc::default(),
            pdf: Arc::default(),
        })
    }
}

/// Opens the keyring with `identity` (creating it for a development key on first run), moves
/// data keys of the first scheme under the current KEK, and makes stale name-index rows again.
pub async fn unseal_and_upgrade(
    pool: &Pool,
    identity: OnlineIdentity,
) -> anyhow::Result<ServerKeys> {
    let development = identity.is_development();
    let keys = keyring::unseal(pool, identity, development).await?;
    if keyring::pending_data_keys(pool, keys.current_kek_version()).await? > 0 {
        let quiet = indicatif::ProgressBar::hidden();
        let moved = keyring::move_data_keys(pool, &keys, false, &quiet).await?;
        tracing::info!(
            moved,
            "moved data keys under the current key-encryption key"
        );
    }
    let redacted = crate::server::records::seal_public_versions(pool, &keys).await?;
    if redacted > 0 {
        tracing::info!(redacted, "sealed the researchers' copies of kept versions");
    }
    // The name index of cases indexed under older tables or another KEK, or not at all (after
    // a restore: the index is not in backups), is made again, so name search finds them.
    let started = std::time::Instant::now();
    let indexed = crate::server::records::reindex_stale(pool, &keys).await?;
    if indexed > 0 {
        tracing::info!(
            indexed,
            seconds = started.elapsed().as_secs_f64(),
            "made the name index of cases again"
        );
    }
    Ok(keys)
}

/// Opens the database (migrating it), unseals the keys (asking for a passphrase if needed) and
/// loads the vocabularies: what every command that writes records needs. Refuses an identity that
/// cannot open the installation's key-encryption key.
pub async fn open_storage(storage: &Storage) -> anyhow::Result<(Pool, ServerKeys, Vocabularies)> {
    let url = storage.database_url()?;
    let pool = db::open(&url).await?;
    let identity = storage.unlock(true)?;
    let keys = unseal_and_upgrade(&pool, identity).await?;
    ensure_installation(&pool).await?;
    let vocab = crate::server::records::load_vocabularies(&pool).await?;
    index_text(&pool, &vocab).await?;
    Ok((pool, keys, vocab))
}

/// Makes the full-text rows of cases that have none (after the migration that adds the index, or a
/// restore: the index is not in backups). It reads unencrypted columns only, so a sealed server
/// does it too.
async fn index_text(pool: &Pool, vocab: &Vocabularies) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let indexed = crate::server::db::text::index_missing(pool, vocab).await?;
    if indexed > 0 {
        tracing::info!(
            indexed,
            seconds = started.elapsed().as_secs_f64(),
            "indexed cases for full-text search"
        );
    }
    // Every write keeps the facet totals; they are counted again if they do not add up (a
    // database changed by hand, or by a version of Izde before them).
    if !crate::server::db::facets::totals_add_up(pool).await? {
        let started = std::time::Instant::now();
        crate::server::db::facets::recount_totals(pool)
            .await
            .context("cannot count the facet totals")?;
        tracing::info!(
            seconds = started.elapsed().as_secs_f64(),
            "counted the facet totals again"
        );
    }
    Ok(())
}

/// Records this database's installation (its id travels in every backup) on first start.
pub async fn ensure_installation(pool: &Pool) -> anyhow::Result<Installation> {
    let mut conn = pool
        .acquire()
        .await
        .context("cannot open a database connection")?;
    let ours = Installation {
        id: uuid::Uuid::new_v4().to_string(),
        created_at: db::now(),
    };
    installation::insert_or_get(&mut conn, &ours)
        .await
        .context("cannot record the installation")
}

fn describe_key_source(identity: Option<&Path>, data_dir: &Path) -> String {
    match identity {
        Some(path) => format!("cannot load the server identity {}", path.display()),
        None => format!(
            "cannot load or create the development key in {}",
            data_dir.display()
        ),
    }
}
