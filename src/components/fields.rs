//! Form fields: a label, the input, a hint, and the error right next to the field.
//!
//! Inputs are plain, named HTML controls inside a `<form method="post">`, so every form works before
//! (or without) WebAssembly; the values come back filled when the server returns errors.

use crate::domain::forms::FieldErrors;
use crate::i18n::tr;
use leptos::prelude::*;

/// The values and errors a form page renders with.
#[derive(Clone, Debug, Default)]
pub struct FormState<T> {
    pub values: T,
    pub errors: FieldErrors,
    pub message: Option<String>,
    /// For each missing relative of an intake, the existing cases they may be.
    pub lookalikes: Vec<crate::domain::forms::Lookalikes>,
}

impl<T> FormState<T> {
    /// (values, field errors, message): what was submitted when the server sent the page back,
    /// else `opened` with no errors, as the form first opens.
    pub fn or_opened(self, opened: impl FnOnce() -> T) -> (T, FieldErrors, Option<String>) {
        match self.message {
            Some(message) => (self.values, self.errors, Some(message)),
            None => (opened(), FieldErrors::default(), None),
        }
    }
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
                lookalikes: s.lookalikes,
            },
            None => Self {
                values: initial(),
                errors: FieldErrors::default(),
                message: None,
                lookalikes: Vec::new(),
            },
        }
    }
}

/// The prefix of the names of the fields rendered inside it (the intake's second missing relative's
/// fields are `r2-name` …): provided around a group of fields, read by every field component.
#[derive(Clone, Copy, Debug)]
pub struct FieldPrefix(pub &'static str);

/// `name` with the [`FieldPrefix`] of where it is rendered.
fn scoped(name: &str) -> String {
    match use_context::<FieldPrefix>() {
        Some(FieldPrefix(prefix)) => format!("{prefix}{name}"),
        None => name.to_string(),
    }
}

pub(crate) fn error_view(name: &str, errors: &FieldErrors) -> impl IntoView {
    errors.get(name).map(|message| {
        view! { <p class="field-error" id=format!("{name}-error") role="alert">{message.to_string()}</p> }
    })
}

fn hint_view(name: &str, hint: Option<String>) -> impl IntoView {
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

/// The frame every one-control field shares: `<div class="field">` (marked when `name` has an
/// error), the label (the words, and any marks after them), the control, the hint and the error.
/// `control` is given the field's name (with the [`FieldPrefix`] where it is rendered) and the
/// values of its `aria-invalid` and `aria-describedby` attributes.
pub fn field<L: IntoView, C: IntoView>(
    name: &'static str,
    label: L,
    hint: Option<String>,
    errors: &FieldErrors,
    control: impl FnOnce(String, Option<&'static str>, Option<String>) -> C,
) -> impl IntoView {
    let name = scoped(name);
    let has_error = errors.get(&name).is_some();
    let described = described_by(&name, hint.is_some(), has_error);
    let (hint, error) = (hint_view(&name, hint), error_view(&name, errors));
    let control = control(name.clone(), has_error.then_some("true"), described);
    view! {
        <div class="field" class:has-error=has_error>
            <label for=name>{label}</label>
            {control}
            {hint}
            {error}
        </div>
    }
}

/// The label's mark of a required field (the control says "required" to screen readers itself).
fn required_mark(required: bool) -> impl IntoView {
    required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })
}

/// The label's mark of a field encrypted before it is stored: seen as a tag, and part of the
/// label screen readers say.
fn sensitive_mark(sensitive: bool) -> impl IntoView {
    sensitive.then(|| {
        view! {
            <span class="sensitive-tag"><span aria-hidden="true">{tr!("encrypted-mark")}</span>
                <span class="visually-hidden">{tr!("encrypted-mark-spoken")}</span></span>
        }
    })
}

/// `<option>`s of (value, label) pairs, the one whose value is `current` selected.
pub fn option_list(options: Vec<(String, String)>, current: &str) -> impl IntoView {
    options
        .into_iter()
        .map(|(code, text)| {
            let selected = code == current;
            view! { <option value=code selected=selected>{text}</option> }
        })
        .collect_view()
}

/// A one-line text input. `dir="auto"` lets Arabic-script names run right to left.
#[component]
pub fn TextField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] sensitive: bool,
) -> impl IntoView {
    let label = (label, required_mark(required), sensitive_mark(sensitive));
    field(
        name,
        label,
        hint,
        &errors,
        move |name, invalid, described_by| {
            view! {
                <input type="text" id=name.clone() name=name value=value dir="auto" autocomplete="off" required=required
                    aria-invalid=invalid aria-describedby=described_by/>
            }
        },
    )
}

/// A partial-date input ("late 2019", "c. 2012", "May–June 2018") that says under it how Izde
/// reads what was typed. The reading is rendered on the server and, where WebAssembly runs,
/// follows the typing (the one interactive piece of a form, [`DateInput`]).
#[component]
pub fn DateField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    // Where the value is not a date the server's error stands next to the field instead.
    let reading = crate::i18n::dates::read_as(crate::i18n::use_lang(), &value).unwrap_or_default();
    field(
        name,
        label,
        hint,
        &errors,
        move |name, invalid, described_by| {
            let described_by = match described_by {
                Some(ids) => format!("{ids} {name}-reading"),
                None => format!("{name}-reading"),
            };
            view! {
                <DateInput name=name value=value invalid=invalid.is_some() described_by reading=reading.clone()/>
            }
        },
    )
}

/// The input of a [`DateField`] and its reading. An island: the only code of a form page that
/// runs in the browser. Its props are in the page already (the value is the input's value, the
/// reading the one the server wrote). While someone types, the server reads the date in the
/// page's language ([`crate::api::read_date`]): the parser and the CLDR data stay on the server.
#[island]
fn DateInput(
    name: String,
    value: String,
    invalid: bool,
    described_by: String,
    reading: String,
) -> impl IntoView {
    let typed = RwSignal::new(value.clone());
    let shown = RwSignal::new(reading);
    let original = StoredValue::new(value);
    let pending = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
    // What was typed before the bundle loaded is read once it has.
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let now = el.value();
            if now != original.get_value() {
                typed.set(now.clone());
                ask_reading(now, typed, shown, original, pending);
            }
        }
    });
    let reading_id = format!("{name}-reading");
    view! {
        <input type="text" node_ref=input id=name.clone() name=name value=typed.get_untracked() dir="auto" autocomplete="off"
            aria-invalid=invalid.then_some("true") aria-describedby=described_by
            on:input=move |ev| {
                let now = event_target_value(&ev);
                typed.set(now.clone());
                ask_reading(now, typed, shown, original, pending);
            }/>
        <p class="hint date-reading" id=reading_id aria-live="polite">{move || shown.get()}</p>
    }
}

/// Asks the server how it reads `now`, a quarter of a second after the typing pauses; an answer
/// for what is no longer typed is dropped.
fn ask_reading(
    now: String,
    typed: RwSignal<String>,
    shown: RwSignal<String>,
    original: StoredValue<String>,
    pending: StoredValue<Option<leptos::prelude::TimeoutHandle>>,
) {
    if let Some(handle) = pending.get_value() {
        handle.clear();
    }
    let handle = set_timeout_with_handle(
        move || {
            leptos::task::spawn_local(async move {
                let answer = crate::api::read_date(now.clone()).await;
                if typed.get_untracked() != now {
                    return;
                }
                match answer {
                    Ok(reading) if reading.understood => shown.set(reading.text),
                    // The server's error already stands next to the field until the value changes.
                    Ok(_) if now == original.get_value() => shown.set(String::new()),
                    Ok(reading) => shown.set(reading.text),
                    // Offline or logged out: the form still posts, and the server says then.
                    Err(_) => shown.set(String::new()),
                }
            });
        },
        std::time::Duration::from_millis(250),
    )
    .ok();
    pending.set_value(handle);
}

/// A password input: never filled in again when the page comes back with errors.
#[component]
pub fn PasswordField(
    name: &'static str,
    #[prop(into)] label: String,
    errors: FieldErrors,
    autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    field(
        name,
        label,
        hint,
        &errors,
        move |name, invalid, described_by| {
            view! {
                <input type="password" id=name.clone() name=name autocomplete=autocomplete required=required
                    aria-invalid=invalid aria-describedby=described_by/>
            }
        },
    )
}

/// A multi-line text input.
#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] sensitive: bool,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    let label = (label, sensitive_mark(sensitive));
    field(
        name,
        label,
        hint,
        &errors,
        move |name, invalid, described_by| {
            view! {
                <textarea id=name.clone() name=name rows=rows dir="auto" aria-invalid=invalid aria-describedby=described_by>
                    {value}
                </textarea>
            }
        },
    )
}

/// A file chooser (the form must post `multipart/form-data`).
#[component]
pub fn FileField(
    name: &'static str,
    #[prop(into)] label: String,
    errors: FieldErrors,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] sensitive: bool,
) -> impl IntoView {
    let label = (label, required_mark(required), sensitive_mark(sensitive));
    field(
        name,
        label,
        hint,
        &errors,
        move |name, invalid, described_by| {
            view! {
                <input type="file" id=name.clone() name=name required=required
                    aria-invalid=invalid aria-describedby=described_by/>
            }
        },
    )
}

/// A drop-down of (value, label) options, with an empty first choice unless `required`.
#[component]
pub fn SelectField(
    name: &'static str,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] value: String,
    errors: FieldErrors,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(into, default = "—".to_string())] empty: String,
) -> impl IntoView {
    let options = option_list(options, &value);
    let label = (label, required_mark(required));
    field(
        name,
        label,
        hint,
        &errors,
        move |name, invalid, described_by| {
            view! {
                <select id=name.clone() name=name required=required aria-invalid=invalid aria-describedby=described_by>
                    <option value="">{empty}</option>
                    {options}
                </select>
            }
        },
    )
}

/// A list of checkboxes sharing one name (several values may be chosen).
#[component]
pub fn CheckboxList(
    name: &'static str,
    #[prop(into)] legend: String,
    options: Vec<(String, String)>,
    checked: Vec<String>,
    errors: FieldErrors,
    #[prop(optional, into)] empty: Option<String>,
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
            {is_empty.then(|| view! { <p class="hint">{empty.unwrap_or_else(|| tr!("checkboxes-empty"))}</p> })}
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
                    <p class="hint">{tr!("form-nothing-saved")}</p>
                })}
            </div>
        }
    })
}

/// The buttons under a form: submit, and a link back to `cancel` where there is one.
#[component]
pub fn FormActions(
    /// The submit button's words.
    #[prop(into)]
    submit: String,
    /// Where "Cancel" leads.
    #[prop(optional, into)]
    cancel: Option<String>,
) -> impl IntoView {
    view! {
        <div class="form-actions">
            <button type="submit">{submit}</button>
            {cancel.map(|href| view! { <a href=href>{tr!("form-cancel")}</a> })}
        </div>
    }
}
