//! Merges of two records of one person (`case_merges`, `merged_versions`), and the statements that
//! move one case's rows under another. The sealed columns are re-sealed before the rows move
//! (`crypto::keyring::reseal_case_rows`); nothing here reads or writes a plaintext.

use super::sql::insert_into;
use super::Conn;

/// Every table whose rows belong to a case through a column (table, column), moved by a merge.
/// `tests/merge.rs` checks that a merged case's id is left in no other table.
pub const MOVED: &[(&str, &str)] = &[
    ("events", "case_id"),
    ("sources", "case_id"),
    ("testimonies", "case_id"),
    ("detentions", "case_id"),
    ("case_testifiers", "case_id"),
    ("claim_sources", "case_id"),
    ("claim_reviews", "case_id"),
    ("removals", "case_id"),
    ("reveal_requests", "case_id"),
    ("evidence_files", "case_id"),
    ("source_archives", "case_id"),
    ("case_external_refs", "case_id"),
    ("case_merges", "kept_id"),
    ("merged_versions", "case_id"),
];

/// The record of a merge.
#[derive(Debug, sqlx::FromRow)]
pub struct CaseMergeRow {
    pub merged_id: String,
    pub kept_id: String,
    pub pair_id: Option<String>,
    pub notes_sealed: Vec<u8>,
    pub choices: String,
    pub merged_at: String,
    pub merged_by: Option<String>,
}

insert_into! { "case_merges", CaseMergeRow, [
    merged_id, kept_id, pair_id, notes_sealed, choices, merged_at, merged_by
]}

/// A merge as read back, with the merging account's username.
#[derive(Debug, sqlx::FromRow)]
pub struct MergeRead {
    pub merged_id: String,
    pub kept_id: String,
    pub notes_sealed: Vec<u8>,
    pub merged_at: String,
    pub merger: Option<String>,
}

const READ: &str =
    "SELECT m.merged_id, m.kept_id, m.notes_sealed, m.merged_at, u.username AS merger
                    FROM case_merges m LEFT JOIN users u ON u.id = m.merged_by";

/// The cases merged into `kept_id`, oldest first.
pub async fn merged_into(conn: &mut Conn, kept_id: &str) -> sqlx::Result<Vec<MergeRead>> {
    sqlx::query_as(&format!(
        "{READ} WHERE m.kept_id = $1 ORDER BY m.merged_at, m.merged_id"
    ))
    .bind(kept_id)
    .fetch_all(conn)
    .await
}

/// Where `merged_id` went, if it was merged.
pub async fn merge_of(conn: &mut Conn, merged_id: &str) -> sqlx::Result<Option<MergeRead>> {
    sqlx::query_as(&format!("{READ} WHERE m.merged_id = $1"))
        .bind(merged_id)
        .fetch_optional(conn)
        .await
}

/// The kept case a merged id leads to (one query, for the redirect of old addresses).
pub async fn kept_for(conn: &mut Conn, merged_id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT kept_id FROM case_merges WHERE merged_id = $1")
        .bind(merged_id)
        .fetch_optional(conn)
        .await
}

/// Moves every row of `from` (see [`MOVED`]) under `to`.
pub async fn move_rows(conn: &mut Conn, from: &str, to: &str) -> sqlx::Result<()> {
    for (table, column) in MOVED {
        sqlx::query(&format!(
            "UPDATE {table} SET {column} = $1 WHERE {column} = $2"
        ))
        .bind(to)
        .bind(from)
        .execute(&mut *conn)
        .await?;
    }
    // A file attached to the merged case itself is attached to the kept case.
    sqlx::query(
        "UPDATE evidence_files SET attached_id = $1 WHERE attached_kind = 'case' AND attached_id = $2",
    )
    .bind(to)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A testifier who speaks for both cases keeps one link, to `to`, with the stricter of the two
/// consents (none before anonymized before named) and its note; the link to `from` goes.
pub async fn join_testifier_links(conn: &mut Conn, from: &str, to: &str) -> sqlx::Result<()> {
    let rank = "CASE consent WHEN 'none' THEN 0 WHEN 'anonymized' THEN 1 ELSE 2 END";
    let shared: Vec<(String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT f.testifier_id,
                (SELECT {rank} FROM case_testifiers WHERE case_id = $1 AND testifier_id = f.testifier_id),
                (SELECT {rank} FROM case_testifiers WHERE case_id = $2 AND testifier_id = f.testifier_id)
         FROM case_testifiers f
         WHERE f.case_id = $1
           AND EXISTS (SELECT 1 FROM case_testifiers t
                       WHERE t.case_id = $2 AND t.testifier_id = f.testifier_id)"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    for (testifier, from_rank, to_rank) in shared {
        if from_rank < to_rank {
            sqlx::query(
                "UPDATE case_testifiers SET
                     consent = (SELECT consent FROM case_testifiers WHERE case_id = $1 AND testifier_id = $3),
                     consent_changed_at = (SELECT consent_changed_at FROM case_testifiers WHERE case_id = $1 AND testifier_id = $3),
                     consent_changed_by = (SELECT consent_changed_by FROM case_testifiers WHERE case_id = $1 AND testifier_id = $3),
                     consent_note_sealed = (SELECT consent_note_sealed FROM case_testifiers WHERE case_id = $1 AND testifier_id = $3)
                 WHERE case_id = $2 AND testifier_id = $3",
            )
            .bind(from)
            .bind(to)
            .bind(&testifier)
            .execute(&mut *conn)
            .await?;
        }
        // Pressure notes recorded on one link only are kept.
        sqlx::query(
            "UPDATE case_testifiers SET pressure_notes_sealed =
                 (SELECT pressure_notes_sealed FROM case_testifiers WHERE case_id = $1 AND testifier_id = $3)
             WHERE case_id = $2 AND testifier_id = $3 AND pressure_notes_sealed IS NULL",
        )
        .bind(from)
        .bind(to)
        .bind(&testifier)
        .execute(&mut *conn)
        .await?;
        sqlx::query("DELETE FROM case_testifiers WHERE case_id = $1 AND testifier_id = $2")
            .bind(from)
            .bind(&testifier)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Drops a case's own review of a case-level claim ("status", "birth_year", …): the merged case
/// keeps the review of the side whose value it took.
pub async fn drop_case_review(conn: &mut Conn, case_id: &str, claim: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM claim_reviews WHERE case_id = $1 AND claim = $2 AND subject_id = ''")
        .bind(case_id)
        .bind(claim)
        .execute(conn)
        .await?;
    Ok(())
}

/// A researcher's running grant to see `case_id`'s names ends: it covered that record, not the
/// one it is merged into.
pub async fn end_grants(conn: &mut Conn, case_id: &str, now: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE reveal_requests SET expires_at = $2
         WHERE case_id = $1 AND status = 'granted' AND (expires_at IS NULL OR expires_at > $2)",
    )
    .bind(case_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The volunteers of `from` (who entered it, and those assigned) are assigned to `to`, unless
/// they are already; `from`'s assignments go.
pub async fn move_assignments(
    conn: &mut Conn,
    (from, from_creator): (&str, Option<&str>),
    (to, to_creator): (&str, Option<&str>),
    by: &str,
    now: &str,
) -> sqlx::Result<()> {
    let mut users: Vec<String> =
        sqlx::query_scalar("SELECT user_id FROM case_assignments WHERE case_id = $1")
            .bind(from)
            .fetch_all(&mut *conn)
            .await?;
    users.extend(from_creator.map(str::to_string));
    users.retain(|u| Some(u.as_str()) != to_creator);
    users.sort();
    users.dedup();
    for user in users {
        sqlx::query(
            "INSERT INTO case_assignments (case_id, user_id, assigned_by, assigned_at)
             SELECT $1, $2, $3, $4
             WHERE NOT EXISTS (SELECT 1 FROM case_assignments WHERE case_id = $1 AND user_id = $2)",
        )
        .bind(to)
        .bind(&user)
        .bind(by)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("DELETE FROM case_assignments WHERE case_id = $1")
        .bind(from)
        .execute(conn)
        .await?;
    Ok(())
}

/// The review pairs of `from` become pairs of `to`, decisions and all; a pair with `to` itself
/// (the one being merged), or one `to` already has, goes with `from`.
pub async fn repoint_pairs(conn: &mut Conn, from: &str, to: &str) -> sqlx::Result<()> {
    #[derive(sqlx::FromRow)]
    struct Pair {
        case_id: String,
        other_id: String,
        found_at: String,
        found_by: Option<String>,
        found_in: String,
        volunteer_answer: Option<String>,
        decision: Option<String>,
        decided_at: Option<String>,
        decided_by: Option<String>,
    }
    let pairs: Vec<Pair> = sqlx::query_as(
        "SELECT case_id, other_id, found_at, found_by, found_in, volunteer_answer, decision,
                decided_at, decided_by
         FROM duplicate_pairs WHERE case_id = $1 OR other_id = $1",
    )
    .bind(from)
    .fetch_all(&mut *conn)
    .await?;
    for p in pairs {
        let swap = |id: String| if id == from { to.to_string() } else { id };
        let (case_id, other_id) = (swap(p.case_id), swap(p.other_id));
        if case_id == other_id {
            continue;
        }
        sqlx::query(
            "INSERT INTO duplicate_pairs (id, case_id, other_id, found_at, found_by, found_in,
                                          volunteer_answer, decision, decided_at, decided_by)
             SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10
             WHERE NOT EXISTS (SELECT 1 FROM duplicate_pairs
                               WHERE (case_id = $2 AND other_id = $3)
                                  OR (case_id = $3 AND other_id = $2))",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(&case_id)
        .bind(&other_id)
        .bind(&p.found_at)
        .bind(&p.found_by)
        .bind(&p.found_in)
        .bind(&p.volunteer_answer)
        .bind(&p.decision)
        .bind(&p.decided_at)
        .bind(&p.decided_by)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A kept version of a case as stored, with who saved it (an account id).
#[derive(Debug, sqlx::FromRow)]
pub struct StoredVersion {
    pub id: String,
    pub revision: i64,
    pub recorded_at: String,
    pub recorded_by: Option<String>,
    pub snapshot_sealed: Vec<u8>,
    pub public_snapshot_sealed: Option<Vec<u8>>,
}

/// Every kept version of a case, oldest first.
pub async fn case_versions(conn: &mut Conn, case_id: &str) -> sqlx::Result<Vec<StoredVersion>> {
    sqlx::query_as(
        "SELECT id, revision, recorded_at, recorded_by, snapshot_sealed, public_snapshot_sealed
         FROM case_versions WHERE case_id = $1 ORDER BY revision",
    )
    .bind(case_id)
    .fetch_all(conn)
    .await
}

/// A merged case's version, re-sealed with the kept case's key.
#[derive(Debug, sqlx::FromRow)]
pub struct MergedVersionRow {
    pub id: String,
    pub case_id: String,
    pub merged_id: String,
    pub revision: i64,
    pub recorded_at: String,
    pub recorded_by: Option<String>,
    pub snapshot_sealed: Vec<u8>,
    pub public_snapshot_sealed: Vec<u8>,
}

insert_into! { "merged_versions", MergedVersionRow, [
    id, case_id, merged_id, revision, recorded_at, recorded_by, snapshot_sealed,
    public_snapshot_sealed
]}

/// A merged case's version as read back (who saved it as a username).
#[derive(Debug, sqlx::FromRow)]
pub struct MergedVersionRead {
    pub id: String,
    pub case_id: String,
    pub revision: i64,
    pub recorded_at: String,
    pub recorded_by: Option<String>,
    pub snapshot_sealed: Vec<u8>,
    pub public_snapshot_sealed: Vec<u8>,
}

/// The versions `merged_id` had before its merge (every one, or only `revision`), oldest first.
pub async fn merged_versions(
    conn: &mut Conn,
    merged_id: &str,
    revision: Option<i64>,
) -> sqlx::Result<Vec<MergedVersionRead>> {
    sqlx::query_as(
        "SELECT v.id, v.case_id, v.revision, v.recorded_at, u.username AS recorded_by,
                v.snapshot_sealed, v.public_snapshot_sealed
         FROM merged_versions v LEFT JOIN users u ON u.id = v.recorded_by
         WHERE v.merged_id = $1 AND ($2 IS NULL OR v.revision = $2) ORDER BY v.revision",
    )
    .bind(merged_id)
    .bind(revision)
    .fetch_all(conn)
    .await
}
