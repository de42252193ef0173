//! Reusable view pieces with typed props.

pub mod chart;
pub mod claims;
pub mod fields;
pub mod layout;
pub mod timeline;
pub mod waves;

use crate::domain::case::Coded;
use crate::domain::PartialDate;
use leptos::prelude::*;

/// The label of an optional coded value, or an empty string.
pub fn label(value: &Option<Coded>) -> String {
    value.as_ref().map(|c| c.label.clone()).unwrap_or_default()
}

/// A partial date as a volunteer reads it, or an empty string.
pub fn date(value: &Option<PartialDate>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A table's column headers: a `<th scope="col">` each.
pub fn column_heads(labels: &[&'static str]) -> impl IntoView {
    labels
        .iter()
        .map(|&label| view! { <th scope="col">{label}</th> })
        .collect_view()
}
