//! Taking an event, a testimony or a detention off a case, or retracting a source, with a written
//! reason. The history keeps what was there, and the reason, for those who may read the case's
//! names.

use super::case_form::{CaseFormFrame, CaseFormPage};
use super::route_param;
use crate::components::fields::{FormState, TextArea};
use crate::components::layout::ErrorNote;
use crate::domain::case::CaseDetail;
use crate::domain::forms::RemovalForm;
use crate::domain::vocab::Vocabularies;
use crate::i18n::tr;
use leptos::prelude::*;

/// `/cases/:id/events/:item/remove`, `/cases/:id/testimonies/:item/remove` and
/// `/cases/:id/detentions/:item/remove`; `/cases/:id/sources/:item/retract`.
#[component]
pub fn RemovalPage() -> impl IntoView {
    view! { <CaseFormPage title=tr!("removal-page-title") form=removal_form/> }
}

/// The kind in the route ("events", "testimonies" or "detentions").
fn route_kind() -> String {
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    path.split('/').nth(3).unwrap_or_default().to_string()
}

/// What is about to be removed, in words (no sensitive field), and the heading.
fn describe(c: &CaseDetail, kind: &str, item: &str) -> Option<(String, String)> {
    let lang = crate::i18n::use_lang();
    let date = |d: &Option<crate::domain::PartialDate>| {
        d.as_ref()
            .map(|d| crate::i18n::dates::partial(lang, d))
            .unwrap_or_else(|| tr!("removal-undated"))
    };
    match kind {
        "events" => c.events.iter().find(|e| e.id.to_string() == item).map(|e| {
            (
                tr!("removal-event"),
                format!("{} ({})", e.kind.label, date(&e.date)),
            )
        }),
        "testimonies" => c
            .testimonies
            .iter()
            .find(|t| t.id.to_string() == item)
            .map(|t| {
                (
                    tr!("removal-testimony"),
                    format!("{} ({})", t.medium.label, date(&t.recorded)),
                )
            }),
        "detentions" => c
            .detentions
            .iter()
            .find(|d| d.id.to_string() == item)
            .map(|d| {
                let what = [
                    d.facility_kind.as_ref().map(|k| k.label.clone()),
                    d.facility_name.clone(),
                    d.sentence.clone(),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" — ");
                (tr!("removal-detention"), what)
            }),
        "sources" => c
            .sources
            .iter()
            .find(|s| s.id.to_string() == item && s.retraction.is_none())
            .map(|s| {
                (
                    tr!("removal-source"),
                    format!("{} ({})", s.title, s.source_type.label),
                )
            }),
        _ => None,
    }
}

fn removal_form(_: Vocabularies, c: CaseDetail, submitted: FormState<RemovalForm>) -> AnyView {
    let (kind, item) = (route_kind(), route_param("item")());
    let Some((heading, what)) = describe(&c, &kind, &item) else {
        return view! { <ErrorNote error=crate::error::AppError::NotFound/> }.into_any();
    };
    let (f, e, message) = submitted.or_opened(|| RemovalForm {
        revision: c.revision.to_string(),
        ..RemovalForm::default()
    });
    if kind == "sources" {
        let action = format!("/cases/{}/sources/{item}/retract", c.id);
        return view! {
            <CaseFormFrame heading case=c action message errors=e.clone() submit=tr!("removal-retract")>
                <input type="hidden" name="revision" value=f.revision.clone()/>
                <p>{tr!("removal-to-be-retracted")}" "<strong>{what}</strong></p>
                <p class="hint">{tr!("removal-retract-hint")}</p>
                <TextArea name="reason" label=tr!("removal-retract-reason") value=f.reason.clone() errors=e.clone() sensitive=true rows=3
                    hint=tr!("removal-retract-reason-hint")/>
            </CaseFormFrame>
        }
        .into_any();
    }
    let action = format!("/cases/{}/{kind}/{item}/remove", c.id);
    view! {
        <CaseFormFrame heading case=c action message errors=e.clone() submit=tr!("removal-remove")>
            <input type="hidden" name="revision" value=f.revision.clone()/>
            <p>{tr!("removal-to-be-removed")}" "<strong>{what}</strong></p>
            <p class="hint">{tr!("removal-remove-hint")}</p>
            <TextArea name="reason" label=tr!("removal-remove-reason") value=f.reason.clone() errors=e.clone() sensitive=true rows=3
                hint=tr!("removal-remove-reason-hint")/>
        </CaseFormFrame>
    }
    .into_any()
}
