//! Server functions: thin — parse, call the record service, return a wire type.
//! (Accounts and role checks arrive with the accounts issue; until then the server listens on
//! loopback only.)

use crate::domain::case::{CaseDetail, CaseFilter, CasePage};
use crate::domain::vocab::Vocabularies;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
fn state() -> Result<crate::server::state::AppState, AppError> {
    use_context::<crate::server::state::AppState>().ok_or_else(|| {
        crate::server::records::RecordError::Internal(anyhow::anyhow!("no AppState in context"))
            .into()
    })
}

/// One page of the case list.
#[server(endpoint = "cases/list")]
pub async fn list_cases(filter: CaseFilter) -> Result<CasePage, AppError> {
    let s = state()?;
    let keys = s.keys.fresh(&s.pool).await?;
    Ok(crate::server::records::list_cases(&s.pool, &keys, &s.vocab, &filter).await?)
}

/// Everything the case page shows.
#[server(endpoint = "cases/get")]
pub async fn get_case(id: String) -> Result<CaseDetail, AppError> {
    let s = state()?;
    let keys = s.keys.fresh(&s.pool).await?;
    Ok(crate::server::records::case_detail(&s.pool, &keys, &s.vocab, &id).await?)
}

/// The vocabularies and gazetteer, for forms and filters.
#[server(endpoint = "vocabularies")]
pub async fn get_vocabularies() -> Result<Vocabularies, AppError> {
    Ok((*state()?.vocab).clone())
}

/// What every page needs to know about the server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerInfo {
    /// The server runs on the generated development key.
    pub development_key: bool,
    /// The server waits to be unsealed: records cannot be shown or saved.
    pub sealed: bool,
}

/// Reads the server info during server rendering (the browser receives it with the page).
pub fn server_info() -> ServerInfo {
    #[cfg(feature = "ssr")]
    {
        use_context::<crate::server::state::AppState>()
            .map(|s| ServerInfo {
                development_key: s.keys.is_development(),
                sealed: s.keys.is_sealed(),
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        ServerInfo::default()
    }
}
