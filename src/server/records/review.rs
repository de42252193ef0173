//! The admins' duplicate review: pairs of cases the name index found alike when one of them was
//! saved, each with the answer of whoever saved it, until an admin decides.

use super::*;
use crate::server::auth::access::Doing;

/// The most pairs the review shows at once (the oldest first).
pub const REVIEW_PAGE: i64 = 100;

/// The pairs waiting for a decision, each case as a list line with its name (opening them is a
/// reading of both, audited). Admins only.
pub async fn duplicate_pairs(cx: &Context, actor: &Actor) -> Result<Vec<DuplicatePair>> {
    actor.require(&[Role::Admin], Doing::ReviewDuplicates)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let pairs = duplicates::open_pairs(&mut conn, REVIEW_PAGE).await?;
    drop(conn);
    let mut ids: Vec<String> = pairs
        .iter()
        .flat_map(|p| [p.case_id.clone(), p.other_id.clone()])
        .collect();
    ids.sort();
    ids.dedup();
    let found = by_name::confirmed(cx, actor, ids, |_| Some(Match::FullName)).await?;
    let cases: std::collections::HashMap<Uuid, CaseSummary> = found
        .hits
        .into_iter()
        .map(|(summary, _)| (summary.id, summary))
        .collect();
    let case = |id: &str| {
        Uuid::parse_str(id)
            .ok()
            .and_then(|id| cases.get(&id).cloned())
    };
    Ok(pairs
        .into_iter()
        .filter_map(|p| {
            Some(DuplicatePair {
                id: Uuid::parse_str(&p.id).ok()?,
                case: case(&p.case_id)?,
                other: case(&p.other_id)?,
                found_at: p.found_at,
                found_in: p.found_in,
                found_by: p.found_by,
                said_different: p.volunteer_answer.as_deref() == Some("different"),
            })
        })
        .collect())
}

/// An admin's decision that the two cases of a pair are different people: the pair leaves the
/// review, audited on both cases. NotFound when no such pair is waiting.
pub async fn mark_different(cx: &Context, actor: &Actor, pair_id: &str) -> Result<()> {
    actor.require(&[Role::Admin], Doing::DecideDuplicates)?;
    let now = cx.clock.stamp();
    let mut tx = db::begin(&cx.pool).await.context("begin")?;
    let decided = duplicates::decide(&mut tx, pair_id, "different", &now, actor.user_id()).await?;
    let Some((case_id, other_id)) = decided else {
        return Err(RecordError::NotFound);
    };
    for id in [&case_id, &other_id] {
        audit::append(
            &mut tx,
            &entry(actor, action::DUPLICATE_DIFFERENT, kind::CASE, id),
        )
        .await?;
    }
    tx.commit().await.context("commit")?;
    Ok(())
}
