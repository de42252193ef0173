//! /admin/register: the public register's review (admins). Every case whose families agreed to
//! publication, whether it was approved, and the download of the register; /admin/register/:id
//! shows one case's record beside its public entry, with the approval.

use super::route_param;
use crate::api::{register_overview, register_review};
use crate::components::fields::{FormMessage, FormState};
use crate::components::layout::{ErrorNote, PageTitle};
use crate::domain::register::{Candidate, Publicity, RegisterReview, Standing};
use crate::i18n::tr;
use leptos::prelude::*;
use std::collections::BTreeMap;

fn publicity_label(p: Publicity) -> String {
    match p {
        Publicity::Named => tr!("register-admin-named"),
        Publicity::Anonymized => tr!("register-admin-anonymized"),
    }
}

fn standing_label(c: &Candidate) -> String {
    match (c.standing, &c.entry_id) {
        (Standing::Approved, Some(id)) => tr!("register-admin-approved", {"id" => id.clone()}),
        _ => tr!("register-admin-awaiting"),
    }
}

/// A case's pseudonym without its English word ("K-3F9A-X7QM"), for pages in every language.
fn case_code(pseudonym: &str) -> String {
    pseudonym
        .rsplit(' ')
        .next()
        .unwrap_or(pseudonym)
        .to_string()
}

/// Stands for a code in a translated sentence, until [`with_code`] puts it in its own element.
const MARK: char = '\u{e000}';

/// A translated sentence with `code` where [`MARK`] was given, the code marked as not to be
/// translated (a command, a case's code).
fn with_code(text: String, code: String) -> impl IntoView {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    let (before, after) = match text.split_once(MARK) {
        Some((b, a)) => (b.to_string(), a.to_string()),
        None => (text.clone(), String::new()),
    };
    view! { {before}<code translate="no">{code}</code>{after} }
}

/// The publishing hint, with the command as it is typed in every language.
fn command_hint() -> impl IntoView {
    with_code(
        tr!("register-admin-command", {"command" => MARK.to_string()}),
        "izde publish --out FOLDER".to_string(),
    )
}

/// The register page.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let overview = Resource::new(|| (), |_| register_overview());
    let state = FormState::<BTreeMap<String, String>>::from_submission_or(BTreeMap::new);
    view! {
        <PageTitle title=tr!("register-admin-title")/>
        <p class="lede">{tr!("register-admin-lede")}</p>
        <FormMessage message=state.message errors=state.errors/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(o) => {
                        let last = match &o.last_published {
                            Some(p) => tr!("register-admin-last", {
                                "when" => super::admin::when(&p.published_at),
                                "by" => p.published_by.clone().unwrap_or_else(|| tr!("register-review-command-line")),
                                "count" => p.entries
                            }),
                            None => tr!("register-admin-never"),
                        };
                        let changes = o.last_published.map(|p| {
                            let c = p.changes;
                            let line = |label: String, ids: Vec<String>| {
                                (!ids.is_empty()).then(|| view! { <li>{label}" "<span class="code" translate="no">{ids.join(", ")}</span></li> })
                            };
                            view! {
                                <p>{tr!("register-admin-changes", {
                                    "added" => c.added.len(),
                                    "changed" => c.changed.len(),
                                    "removed" => c.removed.len(),
                                    "unchanged" => c.unchanged
                                })}</p>
                                <ul class="register-changes">
                                    {line(tr!("register-admin-added"), c.added)}
                                    {line(tr!("register-admin-changed"), c.changed)}
                                    {line(tr!("register-admin-removed"), c.removed)}
                                </ul>
                            }
                        });
                        let waiting = o.candidates.iter().filter(|c| c.standing == Standing::AwaitingReview).count();
                        let approved = o.candidates.len() - waiting;
                        let rows = o
                            .candidates
                            .into_iter()
                            .map(|c| {
                                let href = format!("/admin/register/{}", c.case_id);
                                let action = match c.standing {
                                    Standing::AwaitingReview => tr!("register-admin-review"),
                                    Standing::Approved => tr!("register-admin-preview"),
                                };
                                view! {
                                    <tr id=format!("case-{}", c.case_id) class=match c.standing {
                                        Standing::AwaitingReview => "awaiting",
                                        Standing::Approved => "approved",
                                    }>
                                        <td><a href=format!("/cases/{}", c.case_id) translate="no">{case_code(&c.pseudonym)}</a></td>
                                        <td>{publicity_label(c.publicity)}</td>
                                        <td>{standing_label(&c)}</td>
                                        <td><a href=href>{action}</a></td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <section class="panel" id="publication">
                                <h2>{tr!("register-admin-publication")}</h2>
                                <p>{last}</p>
                                {changes}
                                <p>{tr!("register-admin-counts", {"approved" => approved, "waiting" => waiting})}</p>
                                <p class="hint">{command_hint()}</p>
                                <form method="post" action="/admin/register/download">
                                    <button type="submit">{tr!("register-admin-download")}</button>
                                </form>
                            </section>
                            <section class="panel" id="candidates">
                                <h2>{tr!("register-admin-candidates")}</h2>
                                <table class="register-candidates">
                                    <thead><tr>
                                        <th scope="col">{tr!("register-admin-case")}</th>
                                        <th scope="col">{tr!("register-admin-consent")}</th>
                                        <th scope="col">{tr!("register-admin-standing")}</th>
                                        <th scope="col"></th>
                                    </tr></thead>
                                    <tbody>{rows}</tbody>
                                </table>
                            </section>
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// One case's review: the record beside the entry, and the approval.
#[component]
pub fn RegisterReviewPage() -> impl IntoView {
    let id = route_param("id");
    let review = Resource::new(id, register_review);
    let state = FormState::<BTreeMap<String, String>>::from_submission_or(BTreeMap::new);
    view! {
        <PageTitle title=tr!("register-review-title")/>
        <FormMessage message=state.message errors=state.errors/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
            {move || Suspend::new(async move {
                match review.await {
                    Ok(r) => view! { <Review r/> }.into_any(),
                    Err(e) => view! {
                        <ErrorNote error=e/>
                        <p><a href="/admin/register">{tr!("register-review-back")}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Review(r: RegisterReview) -> impl IntoView {
    let c = r.candidate;
    let private = r
        .private
        .into_iter()
        .map(|(k, v)| view! { <dt>{k}</dt><dd dir="auto" class="sensitive">{v}</dd> })
        .collect_view();
    let decision = match c.standing {
        Standing::Approved => view! {
            <p class="answer">{tr!("register-review-approved", {
                "id" => c.entry_id.clone().unwrap_or_default(),
                "by" => c.approved_by.clone().unwrap_or_else(|| tr!("register-review-command-line")),
                "when" => c.approved_at.as_deref().map(super::admin::when).unwrap_or_default()
            })}</p>
        }
        .into_any(),
        Standing::AwaitingReview => view! {
            <form method="post" action=format!("/admin/register/{}/approve", c.case_id)>
                <p>{tr!("register-review-confirm")}</p>
                <button type="submit">{tr!("register-review-approve")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <p class="lede">{with_code(
            tr!("register-review-lede", {"case" => MARK.to_string(), "consent" => publicity_label(c.publicity)}),
            case_code(&c.pseudonym),
        )}</p>
        <div class="pair-sides register-review">
            <section class="panel" id="private-side">
                <h2>{tr!("register-review-private")}</h2>
                <p class="hint">{tr!("register-review-private-hint")}</p>
                <dl class="facts">{private}</dl>
            </section>
            <section class="panel" id="public-side">
                <h2>{tr!("register-review-public")}</h2>
                <p class="hint">{tr!("register-review-public-hint")}</p>
                // Made on the server from escaped values (the register's own page template).
                <div class="register-entry" inner_html=r.public_html></div>
            </section>
        </div>
        {decision}
        <p><a href="/admin/register">{tr!("register-review-back")}</a></p>
    }
}
