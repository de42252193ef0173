//! Admin pages: reveal requests, accounts and the audit log.

use super::case::short_time;
use crate::api::pending_reveals;
use crate::components::layout::ErrorNote;
use leptos::prelude::*;
use leptos_meta::Title;

/// /admin/reveals: requests waiting for a decision, each with the researcher's reason.
#[component]
pub fn RevealsPage() -> impl IntoView {
    let pending = Resource::new(|| (), |_| pending_reveals());
    view! {
        <Title text="Reveal requests"/>
        <h1>"Reveal requests"</h1>
        <p class="hint">"A researcher sees every case under its pseudonym. Granting lets them read this one case's names, contacts and testimonies for 7 days (never change them). Every request and decision is kept in the audit log."</p>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match pending.await {
                    Ok(list) if list.is_empty() => view! { <p class="empty">"No request is waiting."</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards reveals">
                            {list.into_iter().map(|r| view! {
                                <li class="card reveal-request">
                                    <p class="card-title"><a href=format!("/cases/{}", r.case_id)>{r.pseudonym}</a></p>
                                    <p class="hint">{format!("Asked by {} on {} UTC", r.requested_by, short_time(&r.requested_at))}</p>
                                    <blockquote class="reason" dir="auto">{r.reason.expose().to_string()}</blockquote>
                                    <form method="post" action=format!("/admin/reveals/{}", r.id) class="decision">
                                        <button type="submit" name="decision" value="grant">"Grant for 7 days"</button>
                                        <button type="submit" name="decision" value="deny" class="secondary">"Decline"</button>
                                    </form>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
