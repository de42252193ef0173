//! /admin/places: the townships and villages admins added to the gazetteer, and a form to add one
//! (the seeded gazetteer stops at counties).

use crate::api::{added_places, get_vocabularies};
use crate::components::fields::{FormActions, FormMessage, FormState, SelectField, TextField};
use crate::components::layout::{ErrorNote, PageTitle, Panel};
use crate::domain::forms::PlaceForm;
use crate::domain::vocab::{LocationLevel, Vocabularies};
use crate::i18n::tr;
use leptos::prelude::*;

/// The counties and townships a place may be added under, with the picker's labels.
fn parents(v: &Vocabularies) -> Vec<(String, String)> {
    v.location_options()
        .into_iter()
        .filter(|(id, _)| {
            v.location(id)
                .is_some_and(|l| matches!(l.level, LocationLevel::County | LocationLevel::Township))
        })
        .map(|(id, label)| {
            let path = v.location_path(&id);
            (
                id,
                format!("{path} — {}", label.trim_start_matches('\u{a0}')),
            )
        })
        .collect()
}

#[component]
pub fn PlacesPage() -> impl IntoView {
    let places = Resource::new(|| (), |_| added_places());
    let vocab = Resource::new(|| (), |_| get_vocabularies());
    let state = FormState::<PlaceForm>::from_submission_or(|| PlaceForm {
        level: "village".into(),
        ..PlaceForm::default()
    });
    view! {
        <PageTitle title=tr!("places-title")/>
        <p class="hint">{tr!("places-hint")}</p>
        <FormMessage message=state.message.clone() errors=state.errors.clone()/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
            {move || {
                let state = state.clone();
                Suspend::new(async move {
                    match (vocab.await, places.await) {
                        (Ok(v), Ok(list)) => {
                            let (f, e) = (state.values, state.errors);
                            let levels = vec![
                                ("village".to_string(), tr!("places-village")),
                                ("township".to_string(), tr!("places-township")),
                            ];
                            view! {
                                <Panel id="add-place" title=tr!("places-add-title")>
                                    <form method="post" action="/admin/places" novalidate>
                                        <SelectField name="parent" label=tr!("places-parent") options=parents(&v) value=f.parent.clone() errors=e.clone() required=true
                                            hint=tr!("places-parent-hint")/>
                                        <SelectField name="level" label=tr!("places-level") options=levels value=f.level.clone() errors=e.clone() required=true/>
                                        <TextField name="name_en" label=tr!("places-name-en") value=f.name_en.clone() errors=e.clone() required=true
                                            hint=tr!("places-name-en-hint")/>
                                        <TextField name="name_kk" label=tr!("places-name-kk") value=f.name_kk.clone() errors=e.clone()/>
                                        <TextField name="name_ru" label=tr!("places-name-ru") value=f.name_ru.clone() errors=e.clone()
                                            hint=tr!("places-name-ru-hint")/>
                                        <TextField name="name_ug" label=tr!("places-name-ug") value=f.name_ug.clone() errors=e.clone()/>
                                        <TextField name="name_zh" label=tr!("places-name-zh") value=f.name_zh.clone() errors=e.clone()
                                            hint=tr!("places-name-zh-hint")/>
                                        <FormActions submit=tr!("places-add")/>
                                    </form>
                                </Panel>
                                <Panel id="added-places" title=tr!("places-added-title")>
                                    {if list.is_empty() {
                                        view! { <p class="empty">{tr!("places-empty")}</p> }.into_any()
                                    } else {
                                        view! {
                                            <table class="places">
                                                <thead><tr><th>{tr!("places-place")}</th><th>{tr!("places-kind")}</th><th>{tr!("places-kazakh")}</th><th>{tr!("places-russian")}</th><th>{tr!("places-uyghur")}</th><th>{tr!("places-chinese")}</th><th>{tr!("places-added")}</th></tr></thead>
                                                <tbody>
                                                    {list.into_iter().map(|p| view! {
                                                        <tr id=format!("place-{}", p.id)>
                                                            <td>{p.path}</td>
                                                            <td>{if p.level == LocationLevel::Village { tr!("places-kind-village") } else { tr!("places-kind-township") }}</td>
                                                            <td dir="auto" lang=crate::i18n::content_lang(&p.name.kk)>{p.name.kk.clone()}</td>
                                                            <td dir="auto" lang=(!p.name.ru.is_empty()).then_some("ru")>{p.name.ru.clone()}</td>
                                                            <td dir="auto" lang=crate::i18n::content_lang(&p.name.ug)>{p.name.ug.clone()}</td>
                                                            <td>{p.name.zh}</td>
                                                            <td>{match p.added_by { Some(u) => tr!("places-added-by", {"when" => super::admin::when(&p.added_at), "username" => u}), None => super::admin::when(&p.added_at) }}</td>
                                                        </tr>
                                                    }).collect_view()}
                                                </tbody>
                                            </table>
                                        }.into_any()
                                    }}
                                </Panel>
                            }.into_any()
                        }
                        (Err(e), _) | (_, Err(e)) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
