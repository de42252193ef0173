//! What every request handler and server function can reach.

use crate::domain::vocab::Vocabularies;
use crate::server::crypto::ServerKeys;
use crate::server::db::installation::{self, Installation};
use crate::server::db::{self, DatabaseUrl, Pool};
use anyhow::Context;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Shared application state, provided to server functions as context.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: Pool,
    pub keys: Arc<ServerKeys>,
    /// Vocabularies and gazetteer change only by migration: loaded once per start.
    pub vocab: Arc<Vocabularies>,
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
}

impl Storage {
    /// The configured database, or the SQLite file in the data directory.
    pub fn database_url(&self) -> anyhow::Result<DatabaseUrl> {
        match &self.database {
            Some(url) => Ok(url.clone()),
            None => DatabaseUrl::sqlite_in(&self.data_dir),
        }
    }

    /// Loads the server's keys. `create` lets a first run generate the development key; commands
    /// that only read (check, backup, restore) never write one.
    pub fn load_keys(&self, create: bool) -> anyhow::Result<ServerKeys> {
        let keys = match &self.identity {
            Some(path) => ServerKeys::from_identity_file(path),
            None if create => ServerKeys::load_or_create_development(&self.data_dir),
            None => ServerKeys::load_development(&self.data_dir),
        };
        keys.with_context(|| describe_key_source(self.identity.as_deref(), &self.data_dir))
    }
}

impl AppState {
    /// Opens the database (migrating it), loads the keys and vocabularies.
    pub async fn open(storage: &Storage, leptos_options: LeptosOptions) -> anyhow::Result<Self> {
        let (pool, keys, vocab) = open_storage(storage).await?;
        Ok(Self {
            leptos_options,
            pool,
            keys: Arc::new(keys),
            vocab: Arc::new(vocab),
        })
    }
}

/// Opens the database (migrating it), the keys and the vocabularies: what every command that
/// writes records needs. Refuses keys other than the ones this installation's records are sealed to.
pub async fn open_storage(storage: &Storage) -> anyhow::Result<(Pool, ServerKeys, Vocabularies)> {
    let url = storage.database_url()?;
    let pool = db::open(&url).await?;
    let keys = storage.load_keys(true)?;
    bind_installation(&pool, &keys).await?;
    let vocab = crate::server::records::load_vocabularies(&pool).await?;
    Ok((pool, keys, vocab))
}

/// Records this database's installation on first start; afterwards checks that `keys` are the ones
/// its data keys are wrapped to, so that no instance writes records the others cannot read.
pub async fn bind_installation(pool: &Pool, keys: &ServerKeys) -> anyhow::Result<Installation> {
    let mut conn = pool
        .acquire()
        .await
        .context("cannot open a database connection")?;
    let ours = Installation {
        id: uuid::Uuid::new_v4().to_string(),
        recipient: keys.recipient(),
        created_at: db::now(),
    };
    let installation = installation::insert_or_get(&mut conn, &ours)
        .await
        .context("cannot record the installation")?;
    if installation.recipient != ours.recipient {
        anyhow::bail!(
            "this database's records are sealed to the key {}, but this server's key is {}: start \
             every instance with --identity pointing at the installation's key",
            installation.recipient,
            ours.recipient
        );
    }
    Ok(installation)
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
