//! Figures computed from the records — statistics, the cross-case timeline, the release alerts —
//! kept between requests under the records' version, like the facet counts: every write moves the
//! version on (`db::records::bump_data_version`, in the database, so every instance sharing it
//! sees the write), after which a kept figure is never read again and ages out. Only what holds
//! for everyone of a role is kept: names are opened (and their reading logged) per request.

use crate::domain::stats::Statistics;
use crate::server::db::{facets::selection_key, records::data_version, Pool};
use crate::server::records::alerts::Overdue;
use crate::server::records::waves::TimelineBase;
use crate::server::records::RecordError;
use std::future::Future;
use std::sync::Arc;

/// Figures of one kind, by records' version and what they were computed for.
pub struct Kept<T>(quick_cache::sync::Cache<(i64, String), Arc<T>>);

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Self(quick_cache::sync::Cache::new(256))
    }
}

impl<T: Send + Sync> Kept<T> {
    /// The figure for `key` at the records' current version: kept, or made by `compute` and kept.
    pub async fn get_or<Fut>(
        &self,
        pool: &Pool,
        key: String,
        compute: impl FnOnce() -> Fut,
    ) -> Result<Arc<T>, RecordError>
    where
        Fut: Future<Output = Result<T, RecordError>>,
    {
        let key = (data_version(pool).await?, key);
        if let Some(hit) = self.0.get(&key) {
            return Ok(hit);
        }
        let made = Arc::new(compute().await?);
        self.0.insert(key, made.clone());
        Ok(made)
    }
}

/// Every kind of kept figure; one per app, in its context.
#[derive(Default)]
pub struct Views {
    pub statistics: Kept<Statistics>,
    pub timelines: Kept<TimelineBase>,
    pub overdue: Kept<Vec<Overdue>>,
}

/// What a kept figure depends on besides the records: the cases `filter` selects (not its page
/// or order) and the rest of `parts` (whether small counts are hidden, the day, …).
pub fn key_of(
    filter: &crate::domain::case::CaseFilter,
    parts: &[&dyn std::fmt::Display],
) -> String {
    let mut key = selection_key(filter, None);
    for part in parts {
        key.push('\u{1f}');
        key.push_str(&part.to_string());
    }
    key
}
