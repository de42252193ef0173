//! A case's timeline: events in partial-date order, each with its sources and their reliability.

use super::date;
use crate::domain::case::EventView;
use leptos::prelude::*;

/// The vertical timeline of a case.
#[component]
pub fn Timeline(case_id: String, events: Vec<EventView>, editable: bool) -> impl IntoView {
    if events.is_empty() {
        return view! { <p class="hint">"No events recorded yet."</p> }.into_any();
    }
    let items = events
        .into_iter()
        .map(|e| {
            let edit = format!("/cases/{case_id}/events/{}/edit", e.id);
            let remove = format!("/cases/{case_id}/events/{}/remove", e.id);
            let when = e.date.as_ref().map(ToString::to_string).unwrap_or_else(|| "date unknown".into());
            let reported = e.reported.as_ref().map(|_| format!("reported {}", date(&e.reported)));
            let citations = e
                .citations
                .into_iter()
                .map(|c| {
                    let href = format!("#source-{}", c.source_id);
                    let grade = format!("{}{}", c.reliability, c.credibility);
                    view! {
                        <li class:retracted=c.retracted>
                            <a href=href>{c.title}</a>
                            " "
                            <span class="grade" title="Source reliability (A–F) and claim credibility (1–6)">{grade}</span>
                            {c.retracted.then_some(" (retracted)")}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="event" id=format!("event-{}", e.id) data-kind=e.kind.code.clone()>
                    <div class="event-when">
                        <time>{when}</time>
                        {reported.map(|r| view! { <span class="reported">{r}</span> })}
                    </div>
                    <div class="event-body">
                        <h3 class="event-kind">{e.kind.label}</h3>
                        {e.location.map(|l| view! { <p class="place" dir="auto">{crate::pages::case::with_note(l.label, &e.place_note)}</p> })}
                        {e.summary.map(|s| view! { <p dir="auto">{s.expose().to_string()}</p> })}
                        <ul class="citations" aria-label="Sources">{citations}</ul>
                        {editable.then(|| view! {
                            <p class="item-actions small"><a href=edit.clone()>"Edit event"</a>" · "<a href=remove.clone()>"Remove"</a></p>
                        })}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="timeline">{items}</ol> }.into_any()
}
