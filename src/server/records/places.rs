//! Places the gazetteer lacks: an admin adds a township or a village under a county (names in each
//! script), audited; every instance reads the places again at its next request.

use super::*;
use crate::domain::forms::PlaceForm;
use crate::server::auth::access::Doing;

/// The id of a new place: its parent's id and the English name as a slug, made unique.
fn place_id(parent: &str, name_en: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut slug = String::new();
    for c in name_en.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let base = format!("{parent}-{}", if slug.is_empty() { "place" } else { slug });
    let mut id = base.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Adds a township or village to the gazetteer. Admins only. Returns its id.
pub async fn add_place(cx: &Context, actor: &Actor, form: &PlaceForm) -> Result<String> {
    actor.require(&[Role::Admin], Doing::AddPlaces)?;
    let place = form.validate(&cx.vocab)?;
    let parent = cx
        .vocab
        .location(&place.parent)
        .ok_or(RecordError::NotFound)?;
    let mut tx = db::begin(&cx.pool).await.context("begin")?;
    let mut taken = Vec::new();
    let id = loop {
        let id = place_id(&place.parent, &place.names[0], |id| {
            cx.vocab.location(id).is_some() || taken.iter().any(|t: &String| t == id)
        });
        // Another admin (or instance) may have added it since this instance read the places.
        if !db::vocab::place_exists(&mut tx, &id).await? {
            break id;
        }
        taken.push(id);
    };
    let now = cx.clock.stamp();
    let [en, zh, kk, ug, ru] = &place.names;
    db::vocab::insert_place(
        &mut tx,
        &db::vocab::NewPlace {
            id: &id,
            parent_id: &place.parent,
            level: &place.level,
            prefecture_id: parent.prefecture_id.as_deref(),
            names: [en, zh, kk, ug, ru],
            added_by: actor.user_id(),
            added_at: &now,
        },
    )
    .await?;
    let digest = audit::digest(&[
        place.parent.as_bytes(),
        place.level.as_bytes(),
        en.as_bytes(),
        zh.as_bytes(),
        kk.as_bytes(),
        ug.as_bytes(),
        ru.as_bytes(),
    ]);
    audit::append(
        &mut tx,
        &entry(actor, action::PLACE_CREATE, kind::PLACE, &id).change(None, Some(digest)),
    )
    .await?;
    tx.commit().await.context("commit")?;
    tracing::info!(place = %id, "place added to the gazetteer");
    Ok(id)
}

/// The places admins added, newest first. Admins only.
pub async fn added_places(
    cx: &Context,
    actor: &Actor,
) -> Result<Vec<crate::domain::vocab::AddedPlace>> {
    actor.require(&[Role::Admin], Doing::SeeAddedPlaces)?;
    Ok(db::vocab::added_places(&cx.pool)
        .await?
        .into_iter()
        .filter_map(|(id, added_at, added_by)| {
            let place = cx.vocab.location(&id)?;
            Some(crate::domain::vocab::AddedPlace {
                path: cx.vocab.location_path(&id),
                level: place.level,
                name: place.name.clone(),
                id,
                added_by,
                added_at,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::place_id;

    #[test]
    fn a_place_id_is_its_parent_and_a_slug_of_its_latin_name_made_unique() {
        let none = |_: &str| false;
        assert_eq!(
            place_id("cn-xj-ili-tekes", "Qaraqara Village", none),
            "cn-xj-ili-tekes-qaraqara-village"
        );
        assert_eq!(
            place_id("cn-xj-ili-tekes", "  Aq-Tal (阿克塔勒) ", none),
            "cn-xj-ili-tekes-aq-tal"
        );
        assert_eq!(
            place_id("cn-xj-ili-tekes", "Шаты", none),
            "cn-xj-ili-tekes-place"
        );
        let taken = |id: &str| id == "p-a" || id == "p-a-2";
        assert_eq!(place_id("p", "A", taken), "p-a-3");
    }
}
