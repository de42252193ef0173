//! /admin/places: the townships and villages admins added to the gazetteer, and a form to add one
//! (the seeded gazetteer stops at counties).

use super::case::short_time;
use crate::api::{added_places, get_vocabularies};
use crate::components::fields::{FormActions, FormMessage, FormState, SelectField, TextField};
use crate::components::layout::{ErrorNote, PageTitle, Panel};
use crate::domain::forms::PlaceForm;
use crate::domain::vocab::{LocationLevel, Vocabularies};
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
        <PageTitle title="Places"/>
        <p class="hint">"The gazetteer lists Xinjiang's prefectures and counties (and places abroad). A township or village a testimony names can be added here, under its county, with its names in each script. Volunteers then find it in every place picker. Adding a place is kept in the audit log; a place cannot be removed once cases may point at it."</p>
        <FormMessage message=state.message.clone() errors=state.errors.clone()/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let state = state.clone();
                Suspend::new(async move {
                    match (vocab.await, places.await) {
                        (Ok(v), Ok(list)) => {
                            let (f, e) = (state.values, state.errors);
                            let levels = vec![
                                ("village".to_string(), "Village".to_string()),
                                ("township".to_string(), "Township".to_string()),
                            ];
                            view! {
                                <Panel id="add-place" title="Add a township or village">
                                    <form method="post" action="/admin/places" novalidate>
                                        <SelectField name="parent" label="In" options=parents(&v) value=f.parent.clone() errors=e.clone() required=true
                                            hint="Its county (a village may also be added under a township added before)."/>
                                        <SelectField name="level" label="Kind of place" options=levels value=f.level.clone() errors=e.clone() required=true/>
                                        <TextField name="name_en" label="Name in Latin letters" value=f.name_en.clone() errors=e.clone() required=true
                                            hint="As advocates write it, e.g. Qaraqara."/>
                                        <TextField name="name_kk" label="Name in Kazakh (Cyrillic)" value=f.name_kk.clone() errors=e.clone()/>
                                        <TextField name="name_ug" label="Name in Uyghur (Arabic script)" value=f.name_ug.clone() errors=e.clone()/>
                                        <TextField name="name_zh" label="Name in Chinese" value=f.name_zh.clone() errors=e.clone()
                                            hint="The official name, as on an ID card or a verdict, if known."/>
                                        <FormActions submit="Add place"/>
                                    </form>
                                </Panel>
                                <Panel id="added-places" title="Places added">
                                    {if list.is_empty() {
                                        view! { <p class="empty">"No place has been added yet."</p> }.into_any()
                                    } else {
                                        view! {
                                            <table class="places">
                                                <thead><tr><th>"Place"</th><th>"Kind"</th><th>"Kazakh"</th><th>"Uyghur"</th><th>"Chinese"</th><th>"Added"</th></tr></thead>
                                                <tbody>
                                                    {list.into_iter().map(|p| view! {
                                                        <tr id=format!("place-{}", p.id)>
                                                            <td>{p.path}</td>
                                                            <td>{if p.level == LocationLevel::Village { "village" } else { "township" }}</td>
                                                            <td dir="auto">{p.name.kk}</td>
                                                            <td dir="auto">{p.name.ug}</td>
                                                            <td>{p.name.zh}</td>
                                                            <td>{format!("{}{}", short_time(&p.added_at), p.added_by.map(|u| format!(" by {u}")).unwrap_or_default())}</td>
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
