//! What the record services work with, in one value: the database, the unsealed keys, the
//! vocabularies, the clock and the facet counts kept between requests. A handler or server function
//! gets it from the app state ([`crate::server::state::AppState::context`]); a command makes one
//! with [`Context::new`].

use crate::domain::vocab::Vocabularies;
use crate::server::audit::ReadLog;
use crate::server::clock::Clock;
use crate::server::crypto::ServerKeys;
use crate::server::db::facets::FacetCache;
use crate::server::db::Pool;
use crate::server::records::kept::Views;
use std::sync::Arc;

#[derive(Clone)]
pub struct Context {
    pub pool: Pool,
    pub keys: Arc<ServerKeys>,
    pub vocab: Arc<Vocabularies>,
    pub clock: Clock,
    /// Facet counts of recent selections (see [`FacetCache`]), shared by every request of the app.
    pub facets: Arc<FacetCache>,
    /// The app's writer of reading entries in the audit log.
    pub reads: ReadLog,
    /// Statistics, timelines and alerts kept until a record changes (see [`Views`]).
    pub views: Arc<Views>,
}

impl Context {
    /// A context of its own: the system's clock, an empty facet cache and a writer of reading
    /// entries (started on the current tokio runtime).
    pub fn new(
        pool: Pool,
        keys: impl Into<Arc<ServerKeys>>,
        vocab: impl Into<Arc<Vocabularies>>,
    ) -> Self {
        Self {
            pool: pool.clone(),
            keys: keys.into(),
            vocab: vocab.into(),
            clock: Clock::default(),
            facets: Arc::new(FacetCache::default()),
            reads: ReadLog::start(pool.clone()),
            views: Arc::default(),
        }
    }
}
