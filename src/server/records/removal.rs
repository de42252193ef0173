//! Taking an event, a testimony or a detention off a case, with a written reason: the version
//! kept before keeps what was there, the reason is sealed with the case's key, and the removal is
//! a new revision and an audit entry.

use super::*;

/// What may be removed from a case, by the name its URL and the `removals` table use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removable {
    Event,
    Testimony,
    Detention,
}

impl Removable {
    pub fn code(self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::Testimony => "testimony",
            Self::Detention => "detention",
        }
    }

    /// The case page's panel that lists it.
    pub fn panel(self) -> &'static str {
        match self {
            Self::Event => "timeline",
            Self::Testimony => "testimonies",
            Self::Detention => "detention",
        }
    }

    fn audit(self) -> (&'static str, &'static str) {
        match self {
            Self::Event => (action::EVENT_DELETE, kind::EVENT),
            Self::Testimony => (action::TESTIMONY_DELETE, kind::TESTIMONY),
            Self::Detention => (action::DETENTION_DELETE, kind::DETENTION),
        }
    }
}

/// Removes `item_id` (an event, testimony or detention of the case) with the form's reason.
pub async fn remove_item(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    what: Removable,
    item_id: &str,
    form: &RemovalForm,
) -> Result<()> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let case_id = parse_id(case_id)?;
    let item_id = parse_id(item_id)?.to_string();
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (case, dek) = open_for_edit(&mut tx, cx, actor, case_id).await?;
    let reason = form.validate()?;
    check_revision(&mut tx, &case, &form.revision).await?;
    // The item as stored, for the audit entry (and to say "not found" before anything changes).
    let before = match what {
        Removable::Event => repo::events_of(&mut tx, &case.id)
            .await?
            .iter()
            .find(|e| e.id == item_id)
            .map(event_digest),
        Removable::Testimony => repo::testimonies_of(&mut tx, &case.id)
            .await?
            .iter()
            .find(|t| t.id == item_id)
            .map(testimony_digest),
        Removable::Detention => repo::detentions_of(&mut tx, &case.id)
            .await?
            .iter()
            .find(|d| d.id == item_id)
            .map(detention_digest),
    }
    .ok_or(RecordError::NotFound)?;
    keep_version(&mut tx, keys, vocab, &case, &dek).await?;
    if !repo::delete_item(&mut tx, what.code(), &case.id, &item_id).await? {
        return Err(RecordError::NotFound);
    }
    let now = cx.clock.stamp();
    let id = Uuid::now_v7();
    let removal = RemovalRow {
        id: id.to_string(),
        case_id: case.id.clone(),
        kind: what.code().to_string(),
        item_id: item_id.clone(),
        reason_sealed: dek.seal(&FieldRef::of_row(case_id, "removals.reason", id), &reason),
        removed_at: now.clone(),
        removed_by: actor.user_id().map(str::to_string),
        remover: None,
    };
    repo::insert(&mut tx, std::slice::from_ref(&removal)).await?;
    match what {
        Removable::Event => refresh_disappearance_year(&mut tx, &case).await?,
        Removable::Detention => repo::refresh_longest_sentence(&mut tx, &case.id).await?,
        Removable::Testimony => {}
    }
    if !repo::touch_case(&mut tx, &case.id, &now, actor.user_id(), case.revision).await? {
        return Err(stale(&mut tx, &case.id).await);
    }
    let (action, record_kind) = what.audit();
    audit::append(
        &mut tx,
        &entry(actor, action, record_kind, &item_id)
            .change(Some(before), Some(audit::digest(&[&removal.reason_sealed]))),
    )
    .await?;
    crate::server::db::text::refresh(&mut tx, vocab, std::slice::from_ref(&case.id)).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}
