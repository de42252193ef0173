//! Admin pages: reveal requests, accounts and the audit log.

use super::case::short_time;
use crate::api::{audit_log, list_accounts, pending_reveals, totp_status};
use crate::components::fields::{
    option_list, FormActions, FormMessage, FormState, PasswordField, SelectField, TextField,
};
use crate::components::layout::{ErrorNote, PageTitle, Panel};
use crate::domain::account::{AccountForm, PasswordForm, Role, TotpView};
use crate::domain::audit::{action, AuditFilter};
use crate::domain::export::{ExportMinimums, MinimumsForm};
use leptos::prelude::*;

/// /admin/reveals: requests waiting for a decision, each with the researcher's reason.
#[component]
pub fn RevealsPage() -> impl IntoView {
    let pending = Resource::new(|| (), |_| pending_reveals());
    view! {
        <PageTitle title="Reveal requests"/>
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

/// /admin/accounts: accounts, their roles and sessions, a form for a new one, and the settings.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let accounts = Resource::new(|| (), |_| list_accounts());
    let state = FormState::<AccountForm>::from_submission_or(AccountForm::default);
    let minimums = FormState::<MinimumsForm>::from_submission_or(MinimumsForm::default);
    let evidence = FormState::<crate::domain::evidence::EvidenceSettingsForm>::from_submission_or(
        Default::default,
    );
    let roles: Vec<(String, String)> = Role::ALL
        .iter()
        .map(|r| (r.as_str().to_string(), r.as_str().to_string()))
        .collect();
    let new_account_roles = roles.clone();
    view! {
        <PageTitle title="Accounts"/>
        <FormMessage message=state.message.clone() errors=state.errors.clone()/>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || {
                let roles = roles.clone();
                let minimums = minimums.clone();
                let evidence = evidence.clone();
                Suspend::new(async move {
                    match accounts.await {
                        Ok((list, settings)) => view! {
                            <table class="accounts">
                                <thead><tr><th>"Username"</th><th>"Role"</th><th>"Status"</th><th>"Sessions"</th><th>"Since"</th><th>"Change"</th></tr></thead>
                                <tbody>
                                    {list.into_iter().map(|a| {
                                        let roles = roles.clone();
                                        view! {
                                            <tr class:disabled=a.disabled>
                                                <td>{a.username.clone()}</td>
                                                <td>{a.role.to_string()}</td>
                                                <td>{if a.disabled { "disabled" } else { "active" }}</td>
                                                <td>{a.sessions}</td>
                                                <td>{short_time(&a.created_at)}</td>
                                                <td>
                                                    <form method="post" action=format!("/admin/accounts/{}", a.id) class="inline">
                                                        <label class="visually-hidden" for=format!("role-{}", a.id)>{format!("Role of {}", a.username)}</label>
                                                        <select name="role" id=format!("role-{}", a.id)>
                                                            {option_list(roles, a.role.as_str())}
                                                        </select>
                                                        <label class="check"><input type="checkbox" name="disabled" value="yes" checked=a.disabled/>" disabled"</label>
                                                        <button type="submit" class="secondary">"Save"</button>
                                                    </form>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <p class="hint">"Changing a role or disabling an account ends its sessions at once."</p>
                            <Panel id="settings" title="Settings">
                                <form method="post" action="/admin/settings">
                                    <label class="check">
                                        <input type="checkbox" name="reveal_auto_grant" value="yes" checked=settings.reveal_auto_grant/>
                                        " Grant researchers' reveal requests without waiting for an admin (each is still logged)"
                                    </label>
                                    <label class="check">
                                        <input type="checkbox" name="admin_totp_required" value="yes" checked=settings.admin_totp_required/>
                                        " Admins must use two-step verification (an admin without it can only set it up until they do)"
                                    </label>
                                    <button type="submit" class="secondary">"Save settings"</button>
                                </form>
                            </Panel>
                            <ExportMinimumsPanel saved=settings.export_minimums errors=minimums.errors.clone() typed=minimums.values.clone()/>
                            <EvidenceSettingsPanel saved=settings.evidence errors=evidence.errors.clone() typed=evidence.values.clone()/>
                        }.into_any(),
                        Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
        <Panel id="new-account" title="New account">
            <form method="post" action="/admin/accounts" novalidate>
                <TextField name="username" label="Username" value=state.values.username.clone() errors=state.errors.clone() required=true
                    hint="3 to 64 letters, digits, dots, underscores or hyphens."/>
                <SelectField name="role" label="Role" options=new_account_roles
                    value=state.values.role.clone() errors=state.errors.clone() required=true/>
                <PasswordField name="password" label="First password" errors=state.errors.clone() autocomplete="new-password"
                    hint="At least 12 characters. Give it to the person in person; they change it on their account page."/>
                <FormActions submit="Create account"/>
            </form>
        </Panel>
    }
}

/// The least protection each export profile accepts: what the admin saved, or what they typed
/// with its errors.
#[component]
fn ExportMinimumsPanel(
    saved: ExportMinimums,
    errors: crate::domain::forms::FieldErrors,
    typed: MinimumsForm,
) -> impl IntoView {
    let f = if typed == MinimumsForm::default() {
        MinimumsForm::from(&saved)
    } else {
        typed
    };
    let e = errors;
    view! {
        <Panel id="export-minimums" title="Export minimums">
            <p class="hint">{format!("No export, on this site or on the command line, can go below these. Now: {}.", saved.describe())}</p>
            <form method="post" action="/admin/export-minimums" novalidate class="minimums">
                <fieldset>
                    <legend>"Public datasets (published openly)"</legend>
                    <TextField name="public_k" label="Least k" value=f.public_k.clone() errors=e.clone() required=true
                        hint="Every released row is alike with at least k − 1 others in place, birth year, gender, ethnicity, occupation, dates, charges and sentence (default 5)."/>
                    <TextField name="public_l" label="Least l" value=f.public_l.clone() errors=e.clone() required=true
                        hint="Statuses in every such group (default 2)."/>
                    <TextField name="public_max_suppressed" label="Most rows left out (%)" value=f.public_max_suppressed.clone() errors=e.clone() required=true
                        hint="0–50 (default 5)."/>
                </fieldset>
                <fieldset>
                    <legend>"Researcher datasets (shared under an agreement)"</legend>
                    <TextField name="researcher_k" label="Least k" value=f.researcher_k.clone() errors=e.clone() required=true
                        hint="Default 3."/>
                    <TextField name="researcher_l" label="Least l" value=f.researcher_l.clone() errors=e.clone() required=true
                        hint="Default 1."/>
                    <TextField name="researcher_max_suppressed" label="Most rows left out (%)" value=f.researcher_max_suppressed.clone() errors=e.clone() required=true
                        hint="0–50 (default 10)."/>
                </fieldset>
                <TextField name="threshold" label="Least count shown in tables" value=f.threshold.clone() errors=e.clone() required=true
                    hint="Smaller counts in every report's tables show as “x” (default 5)."/>
                <button type="submit" class="secondary">"Save export minimums"</button>
            </form>
        </Panel>
    }
}

/// The evidence locker's per-file limit and the fetcher's allowed hosts: what the admin saved, or
/// what they typed with its errors.
#[component]
fn EvidenceSettingsPanel(
    saved: crate::domain::evidence::EvidenceSettingsForm,
    errors: crate::domain::forms::FieldErrors,
    typed: crate::domain::evidence::EvidenceSettingsForm,
) -> impl IntoView {
    let f = if typed == Default::default() {
        saved
    } else {
        typed
    };
    let e = errors;
    view! {
        <Panel id="evidence-settings" title="Evidence files and archived pages">
            <form method="post" action="/admin/evidence-settings" novalidate>
                <TextField name="max_file_mb" label="Largest file (MB)" value=f.max_file_mb.clone() errors=e.clone() required=true
                    hint="A larger upload is refused, and nothing of it is kept (default 2148 MB: 2 GiB)."/>
                <TextField name="allowed_hosts" label="Hosts the archiver may reach on a private network" value=f.allowed_hosts.clone() errors=e.clone()
                    hint="Usually empty. Izde never fetches a private, loopback or link-local address unless its host is listed here (comma-separated), e.g. an internal archive server."/>
                <button type="submit" class="secondary">"Save"</button>
            </form>
        </Panel>
    }
}

/// /account: the signed-in account, and changing its password.
#[component]
pub fn AccountPage() -> impl IntoView {
    let state = FormState::<PasswordForm>::from_submission_or(PasswordForm::default);
    let query = leptos_router::hooks::use_query_map();
    let changed = query.with_untracked(|q| q.get("changed").is_some());
    let me = crate::api::signed_in();
    view! {
        <PageTitle title="Your account"/>
        {me.map(|me| view! { <p>{format!("Logged in as {} ({}).", me.username, me.role)}</p> })}
        {changed.then(|| view! { <div class="form-message ok" role="status"><p>"Your password was changed. Every other session of your account has ended."</p></div> })}
        <TwoStep/>
        <FormMessage message=state.message.clone() errors=state.errors.clone()/>
        <form method="post" action="/account/password" novalidate class="panel">
            <h2>"Change your password"</h2>
            <PasswordField name="current" label="Current password" errors=state.errors.clone() autocomplete="current-password"/>
            <PasswordField name="new" label="New password" errors=state.errors.clone() autocomplete="new-password" hint="At least 12 characters."/>
            <PasswordField name="confirm" label="New password again" errors=state.errors.clone() autocomplete="new-password"/>
            <FormActions submit="Change password"/>
        </form>
    }
}

/// Two-step verification on the account page: set up with a QR code, confirm with a code, or
/// turn off.
#[component]
fn TwoStep() -> impl IntoView {
    let status = Resource::new(|| (), |_| totp_status());
    let state = FormState::<CodeForm>::from_submission_or(CodeForm::default);
    let query = leptos_router::hooks::use_query_map();
    let demanded = query.with_untracked(|q| q.get("two_step").is_some());
    view! {
        <Panel id="two-step" title="Two-step verification" class="two-step">
            {demanded.then(|| view! {
                <div class="form-message" role="alert"><p>"The settings require admins to use two-step verification: set it up here before anything else."</p></div>
            })}
            <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
                {move || {
                    let state = state.clone();
                    Suspend::new(async move {
                        let code_field = |label: &'static str| view! {
                            <TextField name="code" label=label value=String::new() errors=state.errors.clone()
                                hint="The 6 digits your authenticator app shows for Izde now."/>
                        };
                        match status.await {
                            Ok(TotpView { enabled: true, required, .. }) => view! {
                                <p class="two-step-on">"On: logging in asks for a code from your authenticator app."</p>
                                {(!required).then(|| view! {
                                    <form method="post" action="/account/totp/disable" novalidate>
                                        {code_field("Code, to turn it off")}
                                        <button type="submit" class="secondary">"Turn off"</button>
                                    </form>
                                })}
                            }.into_any(),
                            Ok(TotpView { pending: Some(p), .. }) => view! {
                                <p>"Scan this with an authenticator app (Aegis, FreeOTP, Google Authenticator…), or type the key into it. Then type the code it shows."</p>
                                <div class="qr" inner_html=p.qr_svg></div>
                                <p>"Key: "<code class="totp-secret">{p.secret}</code></p>
                                <form method="post" action="/account/totp/confirm" novalidate>
                                    {code_field("Code from the app")}
                                    <button type="submit">"Turn on"</button>
                                </form>
                            }.into_any(),
                            Ok(_) => view! {
                                <p>"Off. With it on, a stolen password alone does not open your account."</p>
                                <form method="post" action="/account/totp/begin">
                                    <button type="submit">"Set up two-step verification"</button>
                                </form>
                            }.into_any(),
                            Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </Panel>
    }
}

#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct CodeForm {
    code: String,
}

/// /admin/audit: the audit log with filters, and whether its chain holds.
#[component]
pub fn AuditPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let filter = Memo::new(move |_| {
        query.with(|q| {
            let text = |k: &str| q.get(k).filter(|v| !v.trim().is_empty());
            AuditFilter {
                actor: text("who"),
                action: text("action"),
                record_id: text("record"),
                from: text("from"),
                to: text("to"),
                page: text("page").and_then(|p| p.parse().ok()),
                page_size: None,
            }
        })
    });
    let log = Resource::new(move || filter.get(), audit_log);
    view! {
        <PageTitle title="Audit log"/>
        <p class="hint">"Every change, every reading of names and other sensitive fields, every reveal, log-in and export, in order. Entries hold ids and hashes of the encrypted values, never the values. Each entry carries the hash of the one before, so an entry changed or removed in the database breaks the chain from there on."</p>
        <Suspense fallback=|| view! { <p class="hint">"Loading…"</p> }>
            {move || Suspend::new(async move {
                let f = filter.get_untracked();
                match log.await {
                    Ok((page, verdict)) => {
                        let next = page.has_next().then(|| audit_href(&f, page.page + 1));
                        let prev = (page.page > 1).then(|| audit_href(&f, page.page - 1));
                        view! {
                            {match verdict.first_broken {
                                None => view! {
                                    <div class="form-message ok chain-ok" role="status">
                                        <p>{format!("Chain intact: {} entries verified just now. Head ", verdict.entries)}<code>{verdict.head.clone()}</code></p>
                                    </div>
                                }.into_any(),
                                Some(b) => view! {
                                    <div class="form-message chain-broken" role="alert">
                                        <p><strong>{format!("The chain is BROKEN at entry {}: ", b.seq)}</strong>{b.reason}". Entries from there on cannot be trusted: compare with a backup and investigate."</p>
                                    </div>
                                }.into_any(),
                            }}
                            <AuditFilters filter=f.clone()/>
                            <p class="hint">{match page.total { 1 => "1 entry matches.".to_string(), n => format!("{n} entries match.") }}</p>
                            <table class="audit">
                                <thead><tr><th>"#"</th><th>"When (UTC)"</th><th>"Who"</th><th>"Action"</th><th>"Record"</th><th>"Before → after"</th></tr></thead>
                                <tbody>
                                    {page.items.into_iter().map(|mut r| {
                                        let read = std::mem::take(&mut r.read_cases);
                                        let record = match (r.record_kind.as_deref(), r.record_id.clone()) {
                                            _ if read.len() > 1 => view! {
                                                <details class="read-cases">
                                                    <summary>{format!("{} cases", read.len())}</summary>
                                                    {read.into_iter().map(|id| view! { <a href=format!("/cases/{id}")>{format!("case {}", short_id(&id))}</a>" " }).collect_view()}
                                                </details>
                                            }.into_any(),
                                            (Some("case"), Some(id)) => view! { <a href=format!("/cases/{id}")>{format!("case {}", short_id(&id))}</a> }.into_any(),
                                            (Some(kind), Some(id)) => view! { <span>{format!("{kind} {}", short_id(&id))}</span> }.into_any(),
                                            _ => view! { <span>"—"</span> }.into_any(),
                                        };
                                        let short = |h: &Option<String>| h.as_deref().map(|h| h[..12.min(h.len())].to_string()).unwrap_or_else(|| "—".into());
                                        view! {
                                            <tr data-action=r.action.clone()>
                                                <td>{r.seq}</td>
                                                <td>{short_time(&r.at)}</td>
                                                <td>{r.actor_username.clone().unwrap_or_else(|| if r.actor.is_some() { "deleted account".into() } else { "—".into() })}</td>
                                                <td><code>{r.action.clone()}</code></td>
                                                <td>{record}</td>
                                                <td class="hash">{format!("{} → {}", short(&r.before_hash), short(&r.after_hash))}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <nav class="pager" aria-label="Pages">
                                {prev.map(|h| view! { <a href=h>"← Newer"</a> })}
                                {next.map(|h| view! { <a href=h>"Older →"</a> })}
                            </nav>
                        }.into_any()
                    }
                    Err(e) => view! { <AuditFilters filter=f/><ErrorNote error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn audit_href(f: &AuditFilter, page: u32) -> String {
    let mut parts = vec![format!("page={page}")];
    for (k, v) in [
        ("who", &f.actor),
        ("action", &f.action),
        ("record", &f.record_id),
        ("from", &f.from),
        ("to", &f.to),
    ] {
        if let Some(v) = v {
            parts.push(format!("{k}={}", super::urlencode(v)));
        }
    }
    format!("/admin/audit?{}", parts.join("&"))
}

#[component]
fn AuditFilters(filter: AuditFilter) -> impl IntoView {
    let current = filter.action.clone().unwrap_or_default();
    let actions = action::ALL
        .iter()
        .map(|a| (a.to_string(), a.to_string()))
        .collect();
    view! {
        <form class="filters" method="get" action="/admin/audit" role="search" aria-label="Filter the audit log">
            <div class="field"><label for="audit-who">"Who (username)"</label>
                <input type="text" id="audit-who" name="who" value=filter.actor.clone().unwrap_or_default()/></div>
            <div class="field"><label for="audit-action">"Action"</label>
                <select id="audit-action" name="action">
                    <option value="">"Any"</option>
                    {option_list(actions, &current)}
                </select></div>
            <div class="field"><label for="audit-record">"Record id"</label>
                <input type="text" id="audit-record" name="record" value=filter.record_id.clone().unwrap_or_default()/></div>
            <div class="field"><label for="audit-from">"From (YYYY-MM-DD)"</label>
                <input type="text" id="audit-from" name="from" value=filter.from.clone().unwrap_or_default()/></div>
            <div class="field"><label for="audit-to">"To (YYYY-MM-DD)"</label>
                <input type="text" id="audit-to" name="to" value=filter.to.clone().unwrap_or_default()/></div>
            <div class="filter-actions"><button type="submit">"Filter"</button><a href="/admin/audit">"Clear"</a></div>
        </form>
    }
}

/// An id as the audit page shows it: its last 8 characters. Ids are UUIDv7, whose first digits are
/// a timestamp that records made together share; the last ones are random.
fn short_id(id: &str) -> &str {
    id.get(id.len().saturating_sub(8)..).unwrap_or(id)
}
