//! A case's timeline: events in partial-date order, each with its sources and their reliability.

use crate::domain::case::EventView;
use crate::i18n::{content_lang, dates, tr, use_lang};
use leptos::prelude::*;

/// The vertical timeline of a case.
#[component]
pub fn Timeline(case_id: String, events: Vec<EventView>, editable: bool) -> impl IntoView {
    if events.is_empty() {
        return view! { <p class="hint">{tr!("timeline-empty")}</p> }.into_any();
    }
    let items = events
        .into_iter()
        .map(|e| {
            let edit = format!("/cases/{case_id}/events/{}/edit", e.id);
            let remove = format!("/cases/{case_id}/events/{}/remove", e.id);
            let lang = use_lang();
            let when = e.date.as_ref().map(|d| dates::partial(lang, d)).unwrap_or_else(|| tr!("timeline-date-unknown"));
            let reported = e.reported.as_ref().map(|d| tr!("timeline-reported", {"date" => dates::partial(lang, d)}));
            let citations = e
                .citations
                .into_iter()
                .map(|c| {
                    let href = format!("#source-{}", c.source_id);
                    let grade = format!("{}{}", c.reliability, c.credibility);
                    view! {
                        <li class:retracted=c.retracted>
                            <a href=href dir="auto" lang=content_lang(&c.title)>{c.title.clone()}</a>
                            " "
                            <span class="grade" title=tr!("timeline-grade-title")>{grade}</span>
                            {c.retracted.then(|| format!(" {}", tr!("timeline-retracted")))}
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
                        {e.summary.map(|s| {
                            let s = s.expose().to_string();
                            view! { <p dir="auto" lang=content_lang(&s)>{s.clone()}</p> }
                        })}
                        <ul class="citations" aria-label=tr!("timeline-sources")>{citations}</ul>
                        {editable.then(|| view! {
                            <p class="item-actions small"><a href=edit.clone()>{tr!("timeline-edit-event")}</a>" · "<a href=remove.clone()>{tr!("timeline-remove")}</a></p>
                        })}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="timeline">{items}</ol> }.into_any()
}
