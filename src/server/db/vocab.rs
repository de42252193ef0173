//! `vocabulary_terms` and `locations`: the coded values in five languages and the gazetteer, read
//! once at start.

use super::rows::*;
use super::Pool;

/// Every vocabulary term, in display order.
pub async fn load_terms(pool: &Pool) -> sqlx::Result<Vec<TermRow>> {
    sqlx::query_as(
        "SELECT vocabulary, code, label_en, label_kk, label_ru, label_ug, label_zh
         FROM vocabulary_terms ORDER BY vocabulary, position, code",
    )
    .fetch_all(pool)
    .await
}

/// The gazetteer, parents before children.
pub async fn load_locations(pool: &Pool) -> sqlx::Result<Vec<LocationRow>> {
    sqlx::query_as(
        "SELECT id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug
         FROM locations
         ORDER BY CASE level WHEN 'country' THEN 0 WHEN 'region' THEN 1 WHEN 'prefecture' THEN 2
                             WHEN 'county' THEN 3 ELSE 4 END, id",
    )
    .fetch_all(pool)
    .await
}
