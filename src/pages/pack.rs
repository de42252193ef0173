//! A UN submission pack for one case (`/cases/:id/pack/:template`): whether the family's consent
//! allows it, the working group's checklist with a link to fill each missing element, the
//! submitter's form, and — once prepared — the communication itself, ready to print or to download
//! as a PDF.

use super::route_param;
use crate::api::{get_dossier, get_pack};
use crate::components::fields::{error_view, FormMessage, FormState, TextField};
use crate::components::layout::ErrorNote;
use crate::domain::document::{Block, Document, Text};
use crate::domain::pack::{PackForm, PackView, Template};
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_meta::Title;

/// The communication the server prepared for this page's form (server side only: the page is
/// rendered again with it after a successful "Prepare").
#[derive(Clone, Debug)]
pub struct Prepared(pub PackForm, pub Document);

/// `/cases/:id/pack/:template`.
#[component]
pub fn PackPage() -> impl IntoView {
    let id = route_param("id");
    let template = route_param("template");
    let pack = Resource::new(move || (id(), template()), |(id, t)| get_pack(id, t));
    let state = FormState::<PackForm>::from_submission_or(PackForm::default);
    let prepared = use_context::<Prepared>();
    view! {
        <Title text=tr!("pack-page-title")/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("caseform-loading")}</p> }>
            {move || {
                let state = state.clone();
                let prepared = prepared.clone();
                Suspend::new(async move {
                    match pack.await {
                        Ok(view) => pack_page(view, state, prepared).into_any(),
                        Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn pack_page(
    view: PackView,
    state: FormState<PackForm>,
    prepared: Option<Prepared>,
) -> impl IntoView {
    let FormState {
        values: mut f,
        errors: e,
        message,
        ..
    } = state;
    if let Some(Prepared(form, _)) = &prepared {
        f = form.clone();
    }
    // The submitter counts as given once the form was accepted.
    let submitted = prepared.is_some();
    let case = view.case_id;
    let action = format!("/cases/{case}/pack/{}", view.template.code());
    let pdf = format!("{action}/pdf");
    let (heading, intro) = match view.template {
        Template::Wgeid => (tr!("pack-heading-wgeid"), tr!("pack-intro-wgeid")),
        Template::Wgad => (tr!("pack-heading-wgad"), tr!("pack-intro-wgad")),
    };
    let other = Template::ALL
        .into_iter()
        .find(|t| *t != view.template)
        .map(|t| (format!("/cases/{case}/pack/{}", t.code()), t));
    let name = view.name.expose().to_string();
    let items = view
        .checklist
        .iter()
        .map(|i| {
            let done = i.done || (i.code == "submitter" && submitted);
            let status = match (done, i.required) {
                (true, _) => tr!("pack-done"),
                (false, true) => tr!("pack-missing-item"),
                (false, false) => tr!("pack-advised"),
            };
            let class = if done {
                "check done"
            } else if i.required {
                "check missing"
            } else {
                "check advised"
            };
            let fix = (!done).then(|| i.fix.clone()).flatten();
            view! {
                <li class=class id=format!("check-{}", i.code)>
                    <span class="check-status">{status}</span>" "
                    <span class="check-label">{i.label.clone()}</span>
                    {i.note.clone().map(|n| view! { <span class="hint">" — "{n}</span> })}
                    {fix.map(|href| view! { " " <a href=href>{tr!("pack-fill")}</a> })}
                </li>
            }
        })
        .collect_view();
    let consent = view.consent_refusal.clone().map(|refusal| {
        view! {
            <div class="form-message" role="alert" id="consent">
                <p>{refusal}</p>
                <p><a href=format!("/cases/{case}#testifiers")>{tr!("case-see-testifiers")}</a></p>
            </div>
        }
    });
    let ready = view.consent_refusal.is_none();
    view! {
        <h1>{heading}{tr!("caseform-heading-separator")}<span dir="auto" lang=crate::i18n::content_lang(&name)>{name.clone()}</span></h1>
        <p class="hint">{intro}" "{other.map(|(href, t)| view! {
            <a href=href>{match t { Template::Wgeid => tr!("case-pack-wgeid"), Template::Wgad => tr!("case-pack-wgad") }}</a>
        })}</p>
        {consent}
        <FormMessage message errors=e.clone()/>
        <section class="no-print" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{tr!("pack-checklist")}</h2>
            <ul class="checklist" id="checklist">{items}</ul>
            {error_view("checklist", &e)}
        </section>
        {ready.then(|| view! {
            <form method="post" action=action.clone() novalidate class="no-print">
                <h2>{tr!("pack-submitter-heading")}</h2>
                <TextField name="submitter_organisation" label=tr!("pack-submitter-organisation") value=f.submitter_organisation.clone() errors=e.clone() required=true/>
                <TextField name="submitter_contact" label=tr!("pack-submitter-contact") value=f.submitter_contact.clone() errors=e.clone() required=true/>
                <div class="checkbox">
                    <input type="checkbox" id="confidential" name="confidential" value="yes" checked=f.confidential == "yes"/>
                    <label for="confidential">{tr!("pack-confidential")}</label>
                </div>
                <p class="hint">{tr!("pack-not-stored")}</p>
                <div class="form-actions">
                    <button type="submit">{tr!("pack-prepare")}</button>
                    <button type="submit" formaction=pdf.clone()>{tr!("pack-download")}</button>
                    <a href=format!("/cases/{case}")>{tr!("form-cancel")}</a>
                </div>
            </form>
        })}
        {prepared.map(|Prepared(_, document)| view! {
            <p class="hint no-print">{tr!("pack-print-hint")}</p>
            <DocumentView document/>
        })}
    }
}

/// `/cases/:id/dossier`: the case's dossier for an advocacy meeting, as the reader may see the
/// case, with its PDF one click away.
#[component]
pub fn DossierPage() -> impl IntoView {
    let id = route_param("id");
    let dossier = Resource::new(id.clone(), get_dossier);
    let state = FormState::<()>::from_submission_or(|| ());
    view! {
        <Title text=tr!("dossier-page-title")/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("caseform-loading")}</p> }>
            {move || {
                let (id, message) = (id(), state.message.clone());
                Suspend::new(async move {
                    match dossier.await {
                        Ok(document) => view! {
                            <h1 class="no-print">{tr!("dossier-page-title")}</h1>
                            <FormMessage message errors=Default::default()/>
                            <form method="post" action=format!("/cases/{id}/dossier/pdf") class="no-print">
                                <p class="hint">{tr!("dossier-hint")}</p>
                                <div class="form-actions">
                                    <button type="submit">{tr!("pack-download")}</button>
                                    <a href=format!("/cases/{id}")>{tr!("dossier-back")}</a>
                                </div>
                            </form>
                            <DocumentView document/>
                        }
                        .into_any(),
                        Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A piece of text in its own language and direction.
fn words(t: Text) -> impl IntoView {
    let lang = t.lang.clone();
    view! { <span lang=lang dir="auto">{t.text.expose().to_string()}</span> }
}

/// A [`Document`] as a printable page: what the PDF shows, in HTML.
#[component]
pub fn DocumentView(document: Document) -> impl IntoView {
    let sections = document
        .sections
        .into_iter()
        .enumerate()
        .map(|(n, s)| {
            let blocks = s
                .blocks
                .into_iter()
                .map(|b| match b {
                    Block::Field { label, values } => view! {
                        <dl class="doc-field"><dt>{label}</dt>
                            {values.into_iter().map(|v| view! { <dd>{words(v)}</dd> }).collect_view()}
                        </dl>
                    }
                    .into_any(),
                    Block::Paragraph { text } => view! { <p>{words(text)}</p> }.into_any(),
                    Block::List { entries } => view! {
                        <ul class="doc-list">
                            {entries.into_iter().map(|e| view! {
                                <li><strong>{words(e.title)}</strong>
                                    {e.details.into_iter().map(|d| view! { <br/>{words(d)} }).collect_view()}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Block::Table { header, rows } => view! {
                        <table class="doc-table">
                            <thead><tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                            <tbody>{rows.into_iter().map(|r| view! {
                                <tr>{r.into_iter().map(|c| view! { <td>{words(c)}</td> }).collect_view()}</tr>
                            }).collect_view()}</tbody>
                        </table>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <section>
                    <h3>{format!("{}. {}", n + 1, s.heading)}</h3>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    let title = document.title;
    let label = title.clone();
    view! {
        // Written in English (for the working groups, diplomats, journalists): not for a
        // browser to translate.
        <article class="printable" lang="en" translate="no" aria-label=label>
            <h2>{title}</h2>
            <p class="doc-subtitle">{document.subtitle}</p>
            {document.notice.map(|n| view! { <p class="doc-notice">{n}</p> })}
            {sections}
            <p class="doc-footer">{document.footer}</p>
        </article>
    }
}
