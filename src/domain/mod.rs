//! Pure types shared by the server and the browser: the record, its validation, partial dates.
//! No SQL, no keys, no HTTP here.

pub mod account;
pub mod aggregate;
pub mod anonymize;
pub mod audit;
pub mod case;
pub mod case_filter;
pub mod document;
pub mod evidence;
pub mod export;
pub mod forms;
pub mod history;
pub mod merge;
pub mod pack;
pub mod partial_date;
pub mod provenance;
pub mod register;
pub mod release;
pub mod report;
pub mod reveal;
pub mod sensitive;
pub mod sentence;
pub mod stats;
#[cfg(test)]
pub(crate) mod test_support;
pub mod timeline;
pub mod vocab;
pub mod waves;

pub use partial_date::PartialDate;
pub use sensitive::Sensitive;
