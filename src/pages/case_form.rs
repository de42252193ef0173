//! What the pages whose form changes one case share: editing its profile, adding or editing an
//! event, adding a source.

use super::route_param;
use crate::api::{get_case, get_vocabularies};
use crate::components::fields::{FormActions, FormMessage, FormState};
use crate::components::layout::ErrorNote;
use crate::domain::case::CaseDetail;
use crate::domain::forms::FieldErrors;
use crate::domain::vocab::Vocabularies;
use crate::error::AppError;
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_meta::Title;

/// A page whose form changes the case of the route's `:id`: loads the case and the vocabularies,
/// then shows `form` with them and the form's state (what was submitted, when the server sent the
/// page back with errors; else empty) — or the error, or the refusal for a reader who may not
/// change the case.
#[component]
pub fn CaseFormPage<T>(
    /// The browser tab's title.
    #[prop(into)]
    title: String,
    /// The page's heading and form.
    form: fn(Vocabularies, CaseDetail, FormState<T>) -> AnyView,
) -> impl IntoView
where
    T: serde::de::DeserializeOwned + Default + Clone + Send + Sync + 'static,
{
    let case = Resource::new(route_param("id"), get_case);
    let vocab = Resource::new(|| (), |_| get_vocabularies());
    let state = FormState::<T>::from_submission_or(T::default);
    view! {
        <Title text=title/>
        <Suspense fallback=|| view! { <p class="hint">{tr!("caseform-loading")}</p> }>
            {move || {
                let state = state.clone();
                Suspend::new(async move {
                    match (vocab.await, case.await) {
                        (Ok(_), Ok(c)) if !c.can_edit => view! {
                            <ErrorNote error=AppError::Forbidden(tr!("case-not-editable"))/>
                        }.into_any(),
                        (Ok(v), Ok(c)) => form(v, c, state),
                        (Err(e), _) | (_, Err(e)) => view! { <ErrorNote error=e/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The frame of a case's form: the heading (`{heading}: ` and the person's name), the message
/// about the whole form, then the form posting to `action`: its fields (the children), the submit
/// button and "Cancel" (back to the case).
#[component]
pub fn CaseFormFrame(
    /// The heading's words before the person's name.
    #[prop(into)]
    heading: String,
    /// The case the form changes.
    case: CaseDetail,
    /// Where the form posts.
    action: String,
    /// The message about the whole form, and the fields' errors, when the page came back.
    message: Option<String>,
    errors: FieldErrors,
    /// The submit button's words.
    #[prop(into)]
    submit: String,
    /// Shown between the message and the form (e.g. a form of its own that helps fill this one).
    #[prop(optional)]
    before: Option<AnyView>,
    /// The form sends files (`multipart/form-data`).
    #[prop(optional)]
    files: bool,
    children: Children,
) -> impl IntoView {
    let back = format!("/cases/{}", case.id);
    view! {
        <h1>{heading}{tr!("caseform-heading-separator")}<span dir="auto" lang=crate::i18n::content_lang(case.profile.name.expose())>{case.profile.name.expose().to_string()}</span></h1>
        <FormMessage message errors/>
        {before}
        <form method="post" action=action novalidate enctype=files.then_some("multipart/form-data")>
            {children()}
            <FormActions submit cancel=back/>
        </form>
    }
}
