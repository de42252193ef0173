//! What every request handler and server function can reach.

use crate::domain::vocab::Vocabularies;
use crate::server::crypto::ServerKeys;
use crate::server::db::{self, Pool};
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
    /// An `age` identity file; without one, a development key is generated in the data directory.
    pub identity: Option<PathBuf>,
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

/// Opens the database (migrating it), the keys and the vocabularies: what every command needs.
pub async fn open_storage(storage: &Storage) -> anyhow::Result<(Pool, ServerKeys, Vocabularies)> {
    let pool = db::open(&storage.data_dir).await?;
    let keys = load_keys(storage)?;
    let vocab = crate::server::records::load_vocabularies(&pool).await?;
    Ok((pool, keys, vocab))
}

fn load_keys(storage: &Storage) -> anyhow::Result<ServerKeys> {
    let keys = match &storage.identity {
        Some(path) => ServerKeys::from_identity_file(path),
        None => ServerKeys::load_or_create_development(&storage.data_dir),
    };
    keys.with_context(|| describe_key_source(storage.identity.as_deref(), &storage.data_dir))
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
