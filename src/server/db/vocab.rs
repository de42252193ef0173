//! `vocabulary_terms` and `locations`: the coded values in five languages and the gazetteer, read
//! at start and again whenever an admin adds a place (`gazetteer_version`).

use super::rows::*;
use super::{Conn, Pool};

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
        "SELECT id, parent_id, level, prefecture_id, name_en, name_zh, name_kk, name_ug, name_ru
         FROM locations
         ORDER BY CASE level WHEN 'country' THEN 0 WHEN 'region' THEN 1 WHEN 'prefecture' THEN 2
                             WHEN 'county' THEN 3 ELSE 4 END, id",
    )
    .fetch_all(pool)
    .await
}

/// The gazetteer's version: raised by every place added, so that each running instance reads the
/// places again.
pub async fn gazetteer_version(pool: &Pool) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT version FROM gazetteer_version WHERE id = 1")
        .fetch_one(pool)
        .await
}

/// A place an admin adds.
pub struct NewPlace<'a> {
    pub id: &'a str,
    pub parent_id: &'a str,
    pub level: &'a str,
    pub prefecture_id: Option<&'a str>,
    /// English, Chinese, Kazakh, Uyghur, Russian (all but the English may be empty).
    pub names: [&'a str; 5],
    pub added_by: Option<&'a str>,
    pub added_at: &'a str,
}

/// Adds a place and raises the gazetteer's version.
pub async fn insert_place(conn: &mut Conn, p: &NewPlace<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO locations (id, parent_id, level, prefecture_id, name_en, name_zh, name_kk,
             name_ug, name_ru, added_by, added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(p.id)
    .bind(p.parent_id)
    .bind(p.level)
    .bind(p.prefecture_id)
    .bind(p.names[0])
    .bind(p.names[1])
    .bind(p.names[2])
    .bind(p.names[3])
    .bind(Some(p.names[4]).filter(|n| !n.is_empty()))
    .bind(p.added_by)
    .bind(p.added_at)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE gazetteer_version SET version = version + 1 WHERE id = 1")
        .execute(conn)
        .await?;
    Ok(())
}

/// Whether a place with this id exists.
pub async fn place_exists(conn: &mut Conn, id: &str) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM locations WHERE id = $1")
        .bind(id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// The places admins added, newest first, with who added them.
pub async fn added_places(pool: &Pool) -> sqlx::Result<Vec<(String, String, Option<String>)>> {
    sqlx::query_as(
        "SELECT l.id, l.added_at, u.username FROM locations l LEFT JOIN users u ON u.id = l.added_by
         WHERE l.added_at IS NOT NULL ORDER BY l.added_at DESC, l.id",
    )
    .fetch_all(pool)
    .await
}
