//! One module per route: each fetches its data and composes components.

use leptos::prelude::Read;

pub mod admin;
pub mod alerts;
pub mod case;
pub mod case_edit;
pub mod case_form;
pub mod cases;
pub mod consent;
pub mod detention;
pub mod duplicates;
pub mod erasure;
pub mod event;
pub mod evidence;
pub mod export;
pub mod history;
pub mod import;
pub mod intake;
pub mod login;
pub mod merge;
pub mod pack;
pub mod places;
pub mod register;
pub mod removal;
pub mod search;
pub mod selection;
pub mod source;
pub mod stats;
pub mod testifier;
pub mod testimony;
pub mod waves;

pub use crate::domain::case_filter::urlencode;
use crate::domain::vocab::Vocabularies;

/// (code, English label) options of a vocabulary, for a drop-down.
pub fn options(vocab: &Vocabularies, vocabulary: &str) -> Vec<(String, String)> {
    vocab
        .terms(vocabulary)
        .iter()
        .map(|t| (t.code.clone(), t.label.current().to_string()))
        .collect()
}

/// The id in the current route, or an empty string.
pub fn route_param(name: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let params = leptos_router::hooks::use_params_map();
    move || params.read().get(name).unwrap_or_default()
}
