//! Reusable view pieces with typed props.

pub mod chart;
pub mod claims;
pub mod fields;
pub mod layout;
pub mod timeline;
pub mod waves;

use crate::domain::case::Coded;

/// The label of an optional coded value, or an empty string.
pub fn label(value: &Option<Coded>) -> String {
    value.as_ref().map(|c| c.label.clone()).unwrap_or_default()
}
