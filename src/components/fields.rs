//! Form fields: a label, the input, a hint, and the error right next to the field.
//!
//! Inputs are plain, named HTML controls inside a `<form method="post">`, so every form works before
//! (or without) WebAssembly; the values come back filled when the server returns errors.

use crate::domain::forms::FieldErrors;
use leptos::prelude::*;

/// The values and errors a form page renders with.
#[derive(Clone, Debug, Default)]
pub struct FormState<T> {
    pub values: T,
    pub errors: FieldErrors,
    pub message: Option<String>,
    /// Existing cases the submitted person may be.
    pub related: Vec<crate::domain::case::CaseSummary>,
}

impl<T: serde::de::DeserializeOwned + Default> FormState<T> {
    /// The submission the server sent back with this page, shared with the browser at hydration;
    /// or `initial` when the page was simply opened.
    pub fn from_submission_or(initial: impl FnOnce() -> T) -> Self {
        let submitted =
            leptos::prelude::SharedValue::new(use_context::<crate::domain::forms::Submission>)
                .into_inner();
        match submitted {
            Some(s) => Self {
                values: s.decode(),
                errors: s.errors,
                message: s.message,
                related: s.related,
            },
            None => Self {
                values: initial(),
                errors: FieldErrors::default(),
                message: None,
                related: Vec::new(),
            },
        }
    }
}

fn error_view(name: &'static str, errors: &FieldErrors) -> impl IntoView {
    errors.get(name).map(|message| {
        view! { <p class="field-error" id=format!("{name}-error") role="alert">{message.to_string()}</p> }
    })
}

fn hint_view(name: &'static str, hint: Option<&'static str>) -> impl IntoView {
    hint.map(|h| view! { <p class="hint" id=format!("{name}-hint")>{h}</p> })
}

fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{name}-hint"));
    }
    if error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A one-line text input. `dir="auto"` lets Arabic-script names run right to left.
#[component]
pub fn TextField(
    name: &'static str,
    label: &'static str,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] sensitive: bool,
) -> impl IntoView {
    let has_error = errors.get(name).is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=name>
                {label}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
                {sensitive.then(|| view! { <span class="sensitive-tag" aria-hidden="true" title="Encrypted before it is stored">"encrypted"</span> })}
            </label>
            <input
                type="text"
                id=name
                name=name
                value=value
                dir="auto"
                autocomplete="off"
                required=required
                aria-invalid=has_error.then_some("true")
                aria-describedby=described_by(name, hint.is_some(), has_error)
            />
            {hint_view(name, hint)}
            {error_view(name, &errors)}
        </div>
    }
}

/// A password input: never filled in again when the page comes back with errors.
#[component]
pub fn PasswordField(
    name: &'static str,
    label: &'static str,
    errors: FieldErrors,
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let has_error = errors.get(name).is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=name>{label}</label>
            <input
                type="password"
                id=name
                name=name
                autocomplete=autocomplete
                aria-invalid=has_error.then_some("true")
                aria-describedby=described_by(name, hint.is_some(), has_error)
            />
            {hint_view(name, hint)}
            {error_view(name, &errors)}
        </div>
    }
}

/// A multi-line text input.
#[component]
pub fn TextArea(
    name: &'static str,
    label: &'static str,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] sensitive: bool,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let has_error = errors.get(name).is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=name>
                {label}
                {sensitive.then(|| view! { <span class="sensitive-tag" aria-hidden="true" title="Encrypted before it is stored">"encrypted"</span> })}
            </label>
            <textarea
                id=name
                name=name
                rows=rows
                dir="auto"
                aria-invalid=has_error.then_some("true")
                aria-describedby=described_by(name, hint.is_some(), has_error)
            >
                {value}
            </textarea>
            {hint_view(name, hint)}
            {error_view(name, &errors)}
        </div>
    }
}

/// A drop-down of (value, label) options, with an empty first choice unless `required`.
#[component]
pub fn SelectField(
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(default = "—")] empty: &'static str,
) -> impl IntoView {
    let has_error = errors.get(name).is_some();
    let options = options
        .into_iter()
        .map(|(code, text)| {
            let selected = code == value;
            view! { <option value=code selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=name>
                {label}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            <select
                id=name
                name=name
                required=required
                aria-invalid=has_error.then_some("true")
                aria-describedby=described_by(name, hint.is_some(), has_error)
            >
                <option value="">{empty}</option>
                {options}
            </select>
            {hint_view(name, hint)}
            {error_view(name, &errors)}
        </div>
    }
}

/// A list of checkboxes sharing one name (several values may be chosen).
#[component]
pub fn CheckboxList(
    name: &'static str,
    legend: &'static str,
    options: Vec<(String, String)>,
    checked: Vec<String>,
    errors: FieldErrors,
    #[prop(optional)] empty: Option<&'static str>,
) -> impl IntoView {
    let is_empty = options.is_empty();
    let boxes = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, text))| {
            let id = format!("{name}-{i}");
            let on = checked.contains(&value);
            view! {
                <label class="check" for=id.clone()>
                    <input type="checkbox" id=id.clone() name=name value=value checked=on />
                    <span dir="auto">{text}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field checks">
            <legend>{legend}</legend>
            {is_empty.then(|| view! { <p class="hint">{empty.unwrap_or("Nothing to choose yet.")}</p> })}
            {boxes}
            {error_view(name, &errors)}
        </fieldset>
    }
}

/// A message about the whole form, above it.
#[component]
pub fn FormMessage(message: Option<String>, errors: FieldErrors) -> impl IntoView {
    message.map(|m| {
        let has_field_errors = !errors.is_empty();
        view! {
            <div class="form-message" role="alert">
                <p>{m}</p>
                {has_field_errors.then(|| view! {
                    <p class="hint">"Nothing was saved. Each problem is marked next to its field below; everything you typed is still here."</p>
                })}
            </div>
        }
    })
}
