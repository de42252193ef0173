//! The log-in page. The form posts to /login (server::http::sign_in); on failure this page comes back
//! with the username kept and the reason next to the password.

use crate::components::fields::{
    field, FormActions, FormMessage, FormState, PasswordField, TextField,
};
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct LoginValues {
    username: String,
    next: String,
    /// Set when the password was right and a two-step code is awaited.
    challenge: String,
}

/// /login
#[component]
pub fn LoginPage() -> impl IntoView {
    let query = use_query_map();
    let state = FormState::<LoginValues>::from_submission_or(|| LoginValues {
        username: String::new(),
        next: query.with_untracked(|q| q.get("next").unwrap_or_default()),
        challenge: String::new(),
    });
    if !state.values.challenge.is_empty() {
        return view! { <CodeStep state/> }.into_any();
    }
    view! {
        <Title text=tr!("login-title")/>
        <section class="panel login">
            <h1>{tr!("login-heading")}</h1>
            <FormMessage message=state.message.clone() errors=Default::default()/>
            <form method="post" action="/login" novalidate>
                <input type="hidden" name="next" value=state.values.next.clone()/>
                <TextField name="username" label=tr!("login-username") value=state.values.username.clone()
                    errors=state.errors.clone() required=true/>
                <PasswordField name="password" label=tr!("login-password") errors=state.errors.clone()
                    autocomplete="current-password" required=true/>
                <FormActions submit=tr!("login-submit")/>
            </form>
            <p class="hint">{tr!("login-hint")}</p>
        </section>
    }
    .into_any()
}

/// The second step: the code from the authenticator app.
#[component]
fn CodeStep(state: FormState<LoginValues>) -> impl IntoView {
    view! {
        <Title text=tr!("login-code-title")/>
        <section class="panel login">
            <h1>{tr!("login-code-heading")}</h1>
            <p>{tr!("login-code-intro", {"username" => state.values.username.clone()})}</p>
            <form method="post" action="/login" novalidate>
                <input type="hidden" name="challenge" value=state.values.challenge.clone()/>
                <input type="hidden" name="next" value=state.values.next.clone()/>
                <input type="hidden" name="username" value=state.values.username.clone()/>
                {field("code", tr!("login-code-label"), None, &state.errors, |_, invalid, described_by| view! {
                    <input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code"
                        maxlength="6" required aria-invalid=invalid aria-describedby=described_by/>
                })}
                <div class="form-actions"><button type="submit">{tr!("login-code-verify")}</button><a href="/login">{tr!("login-code-restart")}</a></div>
            </form>
        </section>
    }
}
