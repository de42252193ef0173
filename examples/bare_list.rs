//! The baseline of `make bench-load`: a bare axum + sqlx handler running the same queries as Izde's
//! case list over the same database — the page's rows for its filters and the number of cases they
//! select — with nothing else: no session, no keys, no names opened, no audit entry, no page
//! rendered. What Izde's list costs beyond this is what the benchmark reports as its ratio.
//!
//! `cargo run --release --features ssr --example bare_list -- ADDR DATABASE_URL`
//! (DATABASE_URL: `sqlite://…/izde.db` or `postgres://…`).

use axum::extract::{RawQuery, State};
use axum::routing::get;
use izde::domain::case::CaseFilter;
use izde::server::db::{self, case_list, DatabaseUrl, Pool};

async fn list(State(pool): State<Pool>, RawQuery(query): RawQuery) -> Result<String, String> {
    let pairs = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect::<Vec<_>>();
    let filter = CaseFilter::from_pairs(pairs);
    let (rows, total) = futures_util::future::try_join(
        case_list::list_cases(&pool, &filter),
        case_list::count_cases(&pool, &filter),
    )
    .await
    .map_err(|e| e.to_string())?;
    let mut body = format!("{total} cases\n");
    for row in rows {
        body.push_str(&row.id);
        body.push('\n');
    }
    Ok(body)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, addr, url] = args.as_slice() else {
        anyhow::bail!("usage: bare_list ADDR DATABASE_URL");
    };
    let pool = db::connect(&DatabaseUrl::parse(url)?).await?;
    let app = axum::Router::new()
        .route("/cases", get(list))
        .with_state(pool);
    let listener = tokio::net::TcpListener::bind(addr.as_str()).await?;
    eprintln!("bare list serving on http://{addr}/cases");
    axum::serve(listener, app).await?;
    Ok(())
}
