//! Admin pages: reveal requests, accounts and the audit log.

use super::case::short_time;
use crate::api::{
    all_api_tokens, audit_log, list_accounts, my_api_tokens, pending_reveals, totp_status,
};
use crate::components::fields::{
    option_list, FormActions, FormMessage, FormState, PasswordField, SelectField, TextField,
};
use crate::components::layout::{ErrorNote, PageTitle, Panel};
use crate::domain::account::{
    AccountForm, ApiTokenForm, ApiTokenView, NewApiToken, PasswordForm, Role, TotpView,
    API_TOKEN_DAYS,
};
use crate::domain::audit::{action, AuditFilter};
use crate::domain::export::{ExportMinimums, MinimumsForm};
use crate::i18n::tr;
use leptos::prelude::*;

/// A stored timestamp (RFC 3339, or `YYYY-MM-DD HH:MM[:SS]`) as a moment in the page's language;
/// as stored, to the minute, when it cannot be read.
pub(super) fn when(at: &str) -> String {
    let lang = crate::i18n::use_lang();
    let parsed = chrono::DateTime::parse_from_rfc3339(at)
        .map(|d| d.with_timezone(&chrono::Utc))
        .ok()
        .or_else(|| {
            [
                "%Y-%m-%dT%H:%M:%S%.f",
                "%Y-%m-%d %H:%M:%S%.f",
                "%Y-%m-%dT%H:%M",
                "%Y-%m-%d %H:%M",
            ]
            .iter()
            .find_map(|f| chrono::NaiveDateTime::parse_from_str(at.trim_end_matches('Z'), f).ok())
            .map(|n| n.and_utc())
        });
    match parsed {
        Some(at) => crate::i18n::dates::moment(lang, at),
        None => short_time(at),
    }
}

/// /admin/reveals: requests waiting for a decision, each with the researcher's reason.
#[component]
pub fn RevealsPage() -> impl IntoView {
    let pending = Resource::new(|| (), |_| pending_reveals());
    view! {
        <PageTitle title=tr!("admin-reveals-title")/>
        <p class="hint">{tr!("admin-reveals-hint")}</p>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
            {move || Suspend::new(async move {
                match pending.await {
                    Ok(list) if list.is_empty() => view! { <p class="empty">{tr!("admin-reveals-empty")}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards reveals">
                            {list.into_iter().map(|r| view! {
                                <li class="card reveal-request">
                                    <p class="card-title"><a href=format!("/cases/{}", r.case_id)>{r.pseudonym}</a></p>
                                    <p class="hint">{tr!("admin-reveals-asked", {"username" => r.requested_by.clone(), "when" => when(&r.requested_at)})}</p>
                                    <blockquote class="reason" dir="auto">{r.reason.expose().to_string()}</blockquote>
                                    <form method="post" action=format!("/admin/reveals/{}", r.id) class="decision">
                                        <button type="submit" name="decision" value="grant">{tr!("admin-reveals-grant")}</button>
                                        <button type="submit" name="decision" value="deny" class="secondary">{tr!("admin-reveals-decline")}</button>
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
        .map(|r| {
            (
                r.as_str().to_string(),
                crate::components::layout::role_name(*r),
            )
        })
        .collect();
    let new_account_roles = roles.clone();
    view! {
        <PageTitle title=tr!("admin-accounts-title")/>
        <FormMessage message=state.message.clone() errors=state.errors.clone()/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
            {move || {
                let roles = roles.clone();
                let minimums = minimums.clone();
                let evidence = evidence.clone();
                Suspend::new(async move {
                    match accounts.await {
                        Ok((list, settings)) => view! {
                            <table class="accounts">
                                <thead><tr><th>{tr!("admin-accounts-username")}</th><th>{tr!("admin-accounts-role")}</th><th>{tr!("admin-accounts-status")}</th><th>{tr!("admin-accounts-sessions")}</th><th>{tr!("admin-accounts-since")}</th><th>{tr!("admin-accounts-change")}</th></tr></thead>
                                <tbody>
                                    {list.into_iter().map(|a| {
                                        let roles = roles.clone();
                                        view! {
                                            <tr class:disabled=a.disabled>
                                                <td>{a.username.clone()}</td>
                                                <td>{crate::components::layout::role_name(a.role)}</td>
                                                <td>{if a.disabled { tr!("admin-accounts-disabled") } else { tr!("admin-accounts-active") }}</td>
                                                <td>{a.sessions}</td>
                                                <td>{when(&a.created_at)}</td>
                                                <td>
                                                    <form method="post" action=format!("/admin/accounts/{}", a.id) class="inline">
                                                        <label class="visually-hidden" for=format!("role-{}", a.id)>{tr!("admin-accounts-role-of", {"username" => a.username.clone()})}</label>
                                                        <select name="role" id=format!("role-{}", a.id)>
                                                            {option_list(roles, a.role.as_str())}
                                                        </select>
                                                        <label class="check"><input type="checkbox" name="disabled" value="yes" checked=a.disabled/>" "{tr!("admin-accounts-disabled-check")}</label>
                                                        <button type="submit" class="secondary">{tr!("account-save")}</button>
                                                    </form>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <p class="hint">{tr!("admin-accounts-change-hint")}</p>
                            <Panel id="settings" title=tr!("admin-settings-title")>
                                <form method="post" action="/admin/settings">
                                    <label class="check">
                                        <input type="checkbox" name="reveal_auto_grant" value="yes" checked=settings.reveal_auto_grant/>
                                        " "{tr!("admin-settings-auto-grant")}
                                    </label>
                                    <label class="check">
                                        <input type="checkbox" name="admin_totp_required" value="yes" checked=settings.admin_totp_required/>
                                        " "{tr!("admin-settings-totp-required")}
                                    </label>
                                    <button type="submit" class="secondary">{tr!("admin-settings-save")}</button>
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
        <Panel id="new-account" title=tr!("admin-new-account-title")>
            <form method="post" action="/admin/accounts" novalidate>
                <TextField name="username" label=tr!("admin-accounts-username") value=state.values.username.clone() errors=state.errors.clone() required=true
                    hint=tr!("admin-new-account-username-hint")/>
                <SelectField name="role" label=tr!("admin-accounts-role") options=new_account_roles
                    value=state.values.role.clone() errors=state.errors.clone() required=true/>
                <PasswordField name="password" label=tr!("admin-new-account-password") errors=state.errors.clone() autocomplete="new-password"
                    hint=tr!("admin-new-account-password-hint")/>
                <FormActions submit=tr!("admin-new-account-submit")/>
            </form>
        </Panel>
        <AllApiTokens/>
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
        <Panel id="export-minimums" title=tr!("admin-minimums-title")>
            <p class="hint">{tr!("admin-minimums-now", {
                "public_k" => saved.public.k,
                "public_l" => saved.public.l,
                "public_percent" => saved.public.max_suppressed * 100.0,
                "researcher_k" => saved.researcher.k,
                "researcher_l" => saved.researcher.l,
                "researcher_percent" => saved.researcher.max_suppressed * 100.0,
                "threshold" => saved.threshold,
            })}</p>
            <form method="post" action="/admin/export-minimums" novalidate class="minimums">
                <fieldset>
                    <legend>{tr!("admin-minimums-public")}</legend>
                    <TextField name="public_k" label=tr!("admin-minimums-least-k") value=f.public_k.clone() errors=e.clone() required=true
                        hint=tr!("admin-minimums-public-k-hint")/>
                    <TextField name="public_l" label=tr!("admin-minimums-least-l") value=f.public_l.clone() errors=e.clone() required=true
                        hint=tr!("admin-minimums-public-l-hint")/>
                    <TextField name="public_max_suppressed" label=tr!("admin-minimums-suppressed") value=f.public_max_suppressed.clone() errors=e.clone() required=true
                        hint=tr!("admin-minimums-public-suppressed-hint")/>
                </fieldset>
                <fieldset>
                    <legend>{tr!("admin-minimums-researcher")}</legend>
                    <TextField name="researcher_k" label=tr!("admin-minimums-least-k") value=f.researcher_k.clone() errors=e.clone() required=true
                        hint=tr!("admin-minimums-researcher-k-hint")/>
                    <TextField name="researcher_l" label=tr!("admin-minimums-least-l") value=f.researcher_l.clone() errors=e.clone() required=true
                        hint=tr!("admin-minimums-researcher-l-hint")/>
                    <TextField name="researcher_max_suppressed" label=tr!("admin-minimums-suppressed") value=f.researcher_max_suppressed.clone() errors=e.clone() required=true
                        hint=tr!("admin-minimums-researcher-suppressed-hint")/>
                </fieldset>
                <TextField name="threshold" label=tr!("admin-minimums-threshold") value=f.threshold.clone() errors=e.clone() required=true
                    hint=tr!("admin-minimums-threshold-hint")/>
                <button type="submit" class="secondary">{tr!("admin-minimums-save")}</button>
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
        <Panel id="evidence-settings" title=tr!("admin-evidence-title")>
            <form method="post" action="/admin/evidence-settings" novalidate>
                <TextField name="max_file_mb" label=tr!("admin-evidence-max-file") value=f.max_file_mb.clone() errors=e.clone() required=true
                    hint=tr!("admin-evidence-max-file-hint")/>
                <TextField name="allowed_hosts" label=tr!("admin-evidence-hosts") value=f.allowed_hosts.clone() errors=e.clone()
                    hint=tr!("admin-evidence-hosts-hint")/>
                <button type="submit" class="secondary">{tr!("account-save")}</button>
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
        <PageTitle title=tr!("account-title")/>
        {me.map(|me| view! { <p>{tr!("account-logged-in-as", {"username" => me.username.clone(), "role" => crate::components::layout::role_name(me.role)})}</p> })}
        {changed.then(|| view! { <div class="form-message ok" role="status"><p>{tr!("account-password-changed")}</p></div> })}
        <TwoStep/>
        <FormMessage message=state.message.clone() errors=state.errors.clone()/>
        <form method="post" action="/account/password" novalidate class="panel">
            <h2>{tr!("account-password-heading")}</h2>
            <PasswordField name="current" label=tr!("account-password-current") errors=state.errors.clone() autocomplete="current-password"/>
            <PasswordField name="new" label=tr!("account-password-new") errors=state.errors.clone() autocomplete="new-password" hint=tr!("account-password-new-hint")/>
            <PasswordField name="confirm" label=tr!("account-password-confirm") errors=state.errors.clone() autocomplete="new-password"/>
            <FormActions submit=tr!("account-password-submit")/>
        </form>
        <ApiTokens/>
    }
}

/// A token's state in words: active, expired or revoked.
fn token_state(t: &ApiTokenView) -> String {
    match (&t.revoked_at, t.active) {
        (Some(at), _) => tr!("api-tokens-revoked-on", {"when" => when(at)}),
        (None, true) => tr!("api-tokens-active"),
        (None, false) => tr!("api-tokens-expired"),
    }
}

/// A table of API tokens, each with a form revoking it (posted to `revoke_base`/{id}/revoke);
/// with the owner's column on the admins' list.
fn token_table(tokens: Vec<ApiTokenView>, revoke_base: &'static str, owners: bool) -> AnyView {
    if tokens.is_empty() {
        return view! { <p class="empty">{tr!("api-tokens-none")}</p> }.into_any();
    }
    view! {
        <table class="api-tokens">
            <thead><tr>
                {owners.then(|| view! { <th>{tr!("admin-accounts-username")}</th> })}
                <th>{tr!("api-tokens-name")}</th>
                <th>{tr!("api-tokens-created")}</th>
                <th>{tr!("api-tokens-expires")}</th>
                <th>{tr!("api-tokens-last-used")}</th>
                <th>{tr!("admin-accounts-status")}</th>
                <th></th>
            </tr></thead>
            <tbody>
                {tokens.into_iter().map(|t| {
                    let state = token_state(&t);
                    let active = t.active;
                    view! {
                        <tr class:disabled=!active>
                            {owners.then(|| view! { <td>{t.username.clone()}</td> })}
                            <td dir="auto">{t.name.clone()}</td>
                            <td>{when(&t.created_at)}</td>
                            <td>{when(&t.expires_at)}</td>
                            <td>{t.last_used_at.as_deref().map(when).unwrap_or_else(|| tr!("api-tokens-never-used"))}</td>
                            <td>{state}</td>
                            <td>
                                {active.then(|| view! {
                                    <form method="post" action=format!("{revoke_base}/{}/revoke", t.id) class="inline">
                                        <button type="submit" class="secondary" aria-label=tr!("api-tokens-revoke-named", {"name" => t.name.clone()})>{tr!("api-tokens-revoke")}</button>
                                    </form>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The account page's personal API tokens: the one just made (shown this once), the account's
/// tokens with a way to revoke each, and the form for a new one.
#[component]
fn ApiTokens() -> impl IntoView {
    let tokens = Resource::new(|| (), |_| my_api_tokens());
    let state = FormState::<ApiTokenForm>::from_submission_or(|| ApiTokenForm {
        name: String::new(),
        days: "90".into(),
    });
    let made = use_context::<NewApiToken>();
    let days: Vec<(String, String)> = API_TOKEN_DAYS
        .iter()
        .map(|d| (d.to_string(), tr!("api-tokens-days", {"count" => *d})))
        .collect();
    view! {
        <Panel id="api-tokens" title=tr!("api-tokens-title")>
            <p class="hint">{tr!("api-tokens-hint")}</p>
            {made.map(|t| view! {
                <div class="form-message ok new-api-token" role="status">
                    <p>{tr!("api-tokens-made", {"name" => t.name.clone(), "when" => when(&t.expires_at)})}</p>
                    <p><code class="api-token-value">{t.token.clone()}</code></p>
                    <p class="hint">{tr!("api-tokens-copy-now")}</p>
                </div>
            })}
            <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
                {move || Suspend::new(async move {
                    match tokens.await {
                        Ok(list) => token_table(list, "/account/tokens", false),
                        Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })}
            </Suspense>
            <form method="post" action="/account/tokens" novalidate>
                <h3>{tr!("api-tokens-new")}</h3>
                <TextField name="name" label=tr!("api-tokens-name") value=state.values.name.clone() errors=state.errors.clone() required=true
                    hint=tr!("api-tokens-name-hint")/>
                <SelectField name="days" label=tr!("api-tokens-lasts") options=days
                    value=state.values.days.clone() errors=state.errors.clone() required=true/>
                <FormActions submit=tr!("api-tokens-make")/>
            </form>
        </Panel>
    }
}

/// Every account's API tokens, for the admins' accounts page: any can be revoked.
#[component]
fn AllApiTokens() -> impl IntoView {
    let tokens = Resource::new(|| (), |_| all_api_tokens());
    view! {
        <Panel id="api-tokens" title=tr!("api-tokens-all-title")>
            <p class="hint">{tr!("api-tokens-all-hint")}</p>
            <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
                {move || Suspend::new(async move {
                    match tokens.await {
                        Ok(list) => token_table(list, "/admin/tokens", true),
                        Err(e) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </Panel>
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
        <Panel id="two-step" title=tr!("account-two-step-title") class="two-step">
            {demanded.then(|| view! {
                <div class="form-message" role="alert"><p>{tr!("account-two-step-demanded")}</p></div>
            })}
            <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
                {move || {
                    let state = state.clone();
                    Suspend::new(async move {
                        let code_field = |label: String| view! {
                            <TextField name="code" label=label value=String::new() errors=state.errors.clone()
                                hint=tr!("account-two-step-code-hint")/>
                        };
                        match status.await {
                            Ok(TotpView { enabled: true, required, .. }) => view! {
                                <p class="two-step-on">{tr!("account-two-step-on")}</p>
                                {(!required).then(|| view! {
                                    <form method="post" action="/account/totp/disable" novalidate>
                                        {code_field(tr!("account-two-step-code-off"))}
                                        <button type="submit" class="secondary">{tr!("account-two-step-turn-off")}</button>
                                    </form>
                                })}
                            }.into_any(),
                            Ok(TotpView { pending: Some(p), .. }) => view! {
                                <p>{tr!("account-two-step-scan")}</p>
                                <div class="qr" inner_html=p.qr_svg></div>
                                <p>{tr!("account-two-step-key")}" "<code class="totp-secret">{p.secret}</code></p>
                                <form method="post" action="/account/totp/confirm" novalidate>
                                    {code_field(tr!("account-two-step-code-app"))}
                                    <button type="submit">{tr!("account-two-step-turn-on")}</button>
                                </form>
                            }.into_any(),
                            Ok(_) => view! {
                                <p>{tr!("account-two-step-off")}</p>
                                <form method="post" action="/account/totp/begin">
                                    <button type="submit">{tr!("account-two-step-set-up")}</button>
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
        <PageTitle title=tr!("admin-audit-title")/>
        <p class="hint">{tr!("admin-audit-hint")}</p>
        <Suspense fallback=|| view! { <p class="hint">{tr!("account-loading")}</p> }>
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
                                        <p>{tr!("admin-audit-chain-intact", {"count" => verdict.entries})}" "<code>{verdict.head.clone()}</code></p>
                                    </div>
                                }.into_any(),
                                Some(b) => view! {
                                    <div class="form-message chain-broken" role="alert">
                                        <p><strong>{tr!("admin-audit-chain-broken", {"seq" => b.seq})}" "</strong>{b.reason}{tr!("admin-audit-chain-broken-advice")}</p>
                                    </div>
                                }.into_any(),
                            }}
                            <AuditFilters filter=f.clone()/>
                            <p class="hint">{tr!("admin-audit-matches", {"count" => page.total})}</p>
                            <table class="audit">
                                <thead><tr><th>"#"</th><th>{tr!("admin-audit-when")}</th><th>{tr!("admin-audit-who")}</th><th>{tr!("admin-audit-action")}</th><th>{tr!("admin-audit-record")}</th><th>{tr!("admin-audit-change")}</th></tr></thead>
                                <tbody>
                                    {page.items.into_iter().map(|mut r| {
                                        let read = std::mem::take(&mut r.read_cases);
                                        let record = match (r.record_kind.as_deref(), r.record_id.clone()) {
                                            _ if read.len() > 1 => view! {
                                                <details class="read-cases">
                                                    <summary>{tr!("admin-audit-cases", {"count" => read.len()})}</summary>
                                                    {read.into_iter().map(|id| view! { <a href=format!("/cases/{id}")>{record_name("case", short_id(&id))}</a>" " }).collect_view()}
                                                </details>
                                            }.into_any(),
                                            (Some("case"), Some(id)) => view! { <a href=format!("/cases/{id}")>{record_name("case", short_id(&id))}</a> }.into_any(),
                                            (Some(kind), Some(id)) => view! { <span>{record_name(kind, short_id(&id))}</span> }.into_any(),
                                            _ => view! { <span>"—"</span> }.into_any(),
                                        };
                                        let short = |h: &Option<String>| h.as_deref().map(|h| h[..12.min(h.len())].to_string()).unwrap_or_else(|| "—".into());
                                        view! {
                                            <tr data-action=r.action.clone()>
                                                <td>{r.seq}</td>
                                                <td>{when(&r.at)}</td>
                                                <td>{r.actor_username.clone().unwrap_or_else(|| if r.actor.is_some() { tr!("admin-audit-deleted-account") } else { "—".into() })}</td>
                                                <td><code>{r.action.clone()}</code></td>
                                                <td>{record}</td>
                                                <td class="hash">{format!("{} → {}", short(&r.before_hash), short(&r.after_hash))}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <nav class="pager" aria-label=tr!("admin-audit-pages")>
                                {prev.map(|h| view! { <a href=h>{tr!("admin-audit-newer")}</a> })}
                                {next.map(|h| view! { <a href=h>{tr!("admin-audit-older")}</a> })}
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
    // The actions by their codes, as the log's rows show them (`case.update`): codes, not words.
    let actions = action::ALL
        .iter()
        .map(|&a| {
            let selected = a == current;
            view! { <option value=a selected=selected translate="no" class="code">{a}</option> }
        })
        .collect_view();
    view! {
        <form class="filters" method="get" action="/admin/audit" role="search" aria-label=tr!("admin-audit-filter-label")>
            <div class="field"><label for="audit-who">{tr!("admin-audit-filter-who")}</label>
                <input type="text" id="audit-who" name="who" value=filter.actor.clone().unwrap_or_default()/></div>
            <div class="field"><label for="audit-action">{tr!("admin-audit-action")}</label>
                <select id="audit-action" name="action">
                    <option value="">{tr!("admin-audit-filter-any")}</option>
                    {actions}
                </select></div>
            <div class="field"><label for="audit-record">{tr!("admin-audit-filter-record")}</label>
                <input type="text" id="audit-record" name="record" value=filter.record_id.clone().unwrap_or_default()/></div>
            <div class="field"><label for="audit-from">{tr!("admin-audit-filter-from")}</label>
                <input type="text" id="audit-from" name="from" value=filter.from.clone().unwrap_or_default()/></div>
            <div class="field"><label for="audit-to">{tr!("admin-audit-filter-to")}</label>
                <input type="text" id="audit-to" name="to" value=filter.to.clone().unwrap_or_default()/></div>
            <div class="filter-actions"><button type="submit">{tr!("admin-audit-filter")}</button><a href="/admin/audit">{tr!("admin-audit-clear")}</a></div>
        </form>
    }
}

/// An id as the audit page shows it: its last 8 characters. Ids are UUIDv7, whose first digits are
/// a timestamp that records made together share; the last ones are random.
fn short_id(id: &str) -> &str {
    id.get(id.len().saturating_sub(8)..).unwrap_or(id)
}

/// A record of the audit log in words: its kind and the end of its id ("case 0c1d2e3f").
fn record_name(kind: &str, id: &str) -> String {
    let id = id.to_string();
    match kind {
        "case" => tr!("admin-audit-record-case", {"id" => id}),
        "testifier" => tr!("admin-audit-record-testifier", {"id" => id}),
        "event" => tr!("admin-audit-record-event", {"id" => id}),
        "source" => tr!("admin-audit-record-source", {"id" => id}),
        "detention" => tr!("admin-audit-record-detention", {"id" => id}),
        "testimony" => tr!("admin-audit-record-testimony", {"id" => id}),
        "user" => tr!("admin-audit-record-user", {"id" => id}),
        "reveal" => tr!("admin-audit-record-reveal", {"id" => id}),
        "export" => tr!("admin-audit-record-export", {"id" => id}),
        "place" => tr!("admin-audit-record-place", {"id" => id}),
        "evidence" => tr!("admin-audit-record-evidence", {"id" => id}),
        "api_token" => tr!("admin-audit-record-api-token", {"id" => id}),
        other => format!("{other} {id}"),
    }
}
