//! Fictional demo cases and synthetic cases for benchmarks.
//!
//! Every person in `demo_cases.json` is invented. The demo goes through the same validation and the
//! same sealing as a volunteer's intake, so it can never hold something the forms would refuse.

use crate::domain::account::{Me, Role};
use crate::domain::forms::{EventForm, FieldErrors, IntakeForm, NewTestimony, SourceForm};
use crate::domain::vocab::{names, LocationLevel, Vocabularies};
use crate::server::auth::access::Actor;
use crate::server::auth::accounts;
use crate::server::context::Context;
use crate::server::db::{installation, Pool};
use crate::server::records::{self, RecordError};
use crate::server::state::{open_storage, AppState, Storage};
use anyhow::{bail, Context as _};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde::Deserialize;
use std::path::Path;
use std::sync::Arc;

const DEMO_CASES: &str = include_str!("demo_cases.json");

#[derive(Deserialize)]
struct DemoCase {
    intake: IntakeForm,
    #[serde(default)]
    sources: Vec<SourceForm>,
    #[serde(default)]
    events: Vec<DemoEvent>,
    /// Sources cited for the case's claims (charge and sentence: of its first detention).
    #[serde(default)]
    claims: Vec<DemoClaim>,
}

#[derive(Deserialize)]
struct DemoClaim {
    /// status, last_location, charge or sentence.
    claim: String,
    /// Index into the case's `sources`.
    source: usize,
    #[serde(default = "supports")]
    stance: String,
    #[serde(default)]
    timecode: String,
}

fn supports() -> String {
    "supports".into()
}

#[derive(Deserialize)]
struct DemoEvent {
    kind: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    reported: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    summary: String,
    /// Indices into the case's `sources`.
    #[serde(default)]
    sources: Vec<usize>,
}

fn describe(errors: &FieldErrors) -> String {
    errors
        .iter()
        .map(|(field, message)| format!("{field}: {message}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn demo_error(index: usize, e: RecordError) -> anyhow::Error {
    match e {
        RecordError::Invalid(errors) => {
            anyhow::anyhow!("demo case {} is invalid: {}", index + 1, describe(&errors))
        }
        other => anyhow::Error::new(other).context(format!("demo case {}", index + 1)),
    }
}

/// The demo's accounts: (username, role). The demo's cases are entered by the two volunteers in
/// turn, so each volunteer sees the names of half of them and a researcher sees none.
pub const DEMO_ACCOUNTS: &[(&str, Role)] = &[
    ("demo-admin", Role::Admin),
    ("demo-volunteer", Role::Volunteer),
    ("demo-volunteer-2", Role::Volunteer),
    ("demo-researcher", Role::Researcher),
];

/// The file, in the data directory, that lists the demo accounts and their generated passwords.
pub const DEMO_ACCOUNTS_FILE: &str = "demo-accounts.txt";

/// A password of 16 random letters and digits in groups of four.
fn demo_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rngs::OsRng;
    (0..4)
        .map(|_| {
            (0..4)
                .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Creates the demo accounts that do not exist yet, each with a new random password written to
/// `data_dir/demo-accounts.txt` (readable by its owner only). Returns every demo account as an
/// actor, in [`DEMO_ACCOUNTS`] order.
pub async fn ensure_demo_accounts(pool: &Pool, data_dir: &Path) -> anyhow::Result<Vec<Actor>> {
    use std::io::Write;
    let path = data_dir.join(DEMO_ACCOUNTS_FILE);
    let existing = accounts::list_users(pool).await?;
    let mut actors = Vec::new();
    let mut new_lines = String::new();
    for (username, role) in DEMO_ACCOUNTS {
        let user = match existing.iter().find(|u| u.username == *username) {
            Some(u) => u.clone(),
            None => {
                let password = demo_password();
                let user = accounts::add_user(
                    pool,
                    username,
                    *role,
                    zeroize::Zeroizing::new(password.clone()),
                )
                .await?;
                new_lines.push_str(&format!(
                    "{username:<18} {:<11} {password}\n",
                    role.as_str()
                ));
                user
            }
        };
        actors.push(Actor::User(Me {
            id: user.id,
            username: user.username,
            role: *role,
            must_enrol: false,
            language: None,
        }));
    }
    if !new_lines.is_empty() {
        let fresh = !path.exists();
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        if fresh {
            file.write_all(
                b"# Izde DEMO accounts: fictional data on the development key only.\n\
                  # Log in at http://127.0.0.1:3000/login with one of these.\n\
                  # username         role        password\n",
            )?;
        }
        file.write_all(new_lines.as_bytes())?;
        tracing::debug!(
            file = %path.display(),
            "demo accounts created: their passwords are in this file"
        );
    }
    Ok(actors)
}

/// Loads every demo case, entered by the demo volunteers in turn; returns how many.
pub async fn load_demo_cases(cx: &Context, data_dir: &Path) -> anyhow::Result<usize> {
    let cases: Vec<DemoCase> =
        serde_json::from_str(DEMO_CASES).context("the built-in demo data is not valid")?;
    let actors = ensure_demo_accounts(&cx.pool, data_dir).await?;
    let volunteers: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.role() == Role::Volunteer)
        .collect();
    for (index, case) in cases.iter().enumerate() {
        let actor = volunteers[index % volunteers.len()];
        let id = records::create_testimony(cx, actor, &case.intake)
            .await
            .map_err(|e| demo_error(index, e))?
            .to_string();
        let mut source_ids = Vec::new();
        for source in &case.sources {
            let sid = records::add_source(cx, actor, &id, source)
                .await
                .map_err(|e| demo_error(index, e))?;
            source_ids.push(sid.to_string());
        }
        for event in &case.events {
            let form = EventForm {
                place_note: String::new(),
                kind: event.kind.clone(),
                date: event.date.clone(),
                reported: event.reported.clone(),
                location: event.location.clone(),
                summary: event.summary.clone(),
                sources: event
                    .sources
                    .iter()
                    .filter_map(|i| source_ids.get(*i).cloned())
                    .collect(),
                revision: String::new(),
            };
            records::save_event(cx, actor, &id, None, &form)
                .await
                .map_err(|e| demo_error(index, e))?;
        }
        for claim in &case.claims {
            let detail = records::case_detail(cx, actor, &id)
                .await
                .map_err(|e| demo_error(index, e))?;
            let key = match claim.claim.as_str() {
                "charge" | "sentence" => format!(
                    "{}:{}",
                    claim.claim,
                    detail.detentions.first().map(|d| d.id).unwrap_or_default()
                ),
                other => other.to_string(),
            };
            let form = crate::server::records::provenance::CiteForm {
                claim: key,
                source: source_ids.get(claim.source).cloned().unwrap_or_default(),
                stance: claim.stance.clone(),
                timecode: claim.timecode.clone(),
                revision: detail.revision.to_string(),
            };
            crate::server::records::provenance::cite(cx, actor, &id, &form)
                .await
                .map_err(|e| demo_error(index, e))?;
        }
    }
    Ok(cases.len())
}

async fn case_count(pool: &Pool) -> anyhow::Result<i64> {
    crate::server::db::case_list::total_cases(pool)
        .await
        .context("cannot count cases")
}

/// `izde demo`: loads the demo into the data directory.
pub async fn load_demo(storage: &Storage) -> anyhow::Result<usize> {
    let (pool, keys, vocab) = open_storage(storage).await?;
    if !keys.is_development() {
        bail!(
            "refusing to load fictional demo cases into a database protected by a real server key"
        );
    }
    load_demo_cases(&Context::new(pool, keys, vocab), &storage.data_dir).await
}

/// `izde serve --demo`: loads the demo when the database has no case yet. Of several instances
/// starting together on one database, only the one that claims the work loads it.
pub async fn load_demo_if_empty(state: &AppState, data_dir: &Path) -> anyhow::Result<usize> {
    if case_count(&state.pool).await? > 0 || !state.keys.is_development() {
        return Ok(0);
    }
    let cx = state.context().await.context("the keys are sealed")?;
    if !installation::claim(&state.pool, "demo")
        .await
        .context("cannot claim the demo load")?
    {
        return Ok(0);
    }
    let loaded = load_demo_cases(&cx, data_dir).await;
    if loaded.is_err() {
        installation::release(&state.pool, "demo").await.ok();
    }
    loaded
}

// ---------------------------------------------------------------------------------------------
// Synthetic cases.

const SYLLABLES: &[&str] = &[
    "ai", "bek", "nur", "gul", "zhan", "ar", "dau", "ken", "mar", "sa", "tol", "er", "as", "kan",
];

fn pick(rng: &mut StdRng, vocab: &Vocabularies, vocabulary: &str) -> String {
    vocab
        .terms(vocabulary)
        .choose(rng)
        .map(|t| t.code.clone())
        .unwrap_or_default()
}

fn synthetic_name(rng: &mut StdRng, n: u64) -> String {
    let mut word = |parts: usize| {
        let mut w: String = (0..parts)
            .map(|_| *SYLLABLES.choose(rng).unwrap_or(&"a"))
            .collect();
        if let Some(first) = w.get(0..1) {
            w = first.to_uppercase() + &w[1..];
        }
        w
    };
    format!("{} {} (generated {n})", word(2), word(3))
}

/// A random but valid intake for benchmarks.
fn synthetic_intake(
    rng: &mut StdRng,
    vocab: &Vocabularies,
    places: &[String],
    n: u64,
) -> IntakeForm {
    let year = rng.gen_range(2014..=2021);
    let place = places.choose(rng).cloned().unwrap_or_default();
    let detained = rng.gen_bool(0.7);
    let sentenced = detained && rng.gen_bool(0.5);
    let mut form = IntakeForm {
        testifier_name: synthetic_name(rng, n),
        relationship: pick(rng, vocab, names::RELATIONSHIP),
        // Most families agree to anonymized publication; some to names; a few to nothing.
        consent: match rng.gen_range(0..10) {
            0 => "none",
            1..=3 => "named",
            _ => "anonymized",
        }
        .into(),
        testimony_medium: pick(rng, vocab, names::TESTIMONY_MEDIUM),
        testimony_date: format!("{}", rng.gen_range(2018..=2024)),
        ..IntakeForm::default()
    };
    let p = &mut form.person;
    p.name = synthetic_name(rng, n);
    p.birth_year = rng.gen_range(1940..=2000).to_string();
    p.gender = pick(rng, vocab, names::GENDER);
    p.ethnicity = pick(rng, vocab, names::ETHNICITY);
    p.occupation = pick(rng, vocab, names::OCCUPATION);
    p.residency = pick(rng, vocab, names::RESIDENCY);
    p.status = pick(rng, vocab, names::CASE_STATUS);
    p.last_contact_date = format!("{}-{:02}", year, rng.gen_range(1..=12));
    p.last_contact_location = place.clone();
    if detained {
        form.facility_kind = pick(rng, vocab, names::FACILITY_KIND);
        form.detention_location = place;
        form.detention_date = format!("{}", year + rng.gen_range(0..=1));
        form.legal_charge = pick(rng, vocab, names::LEGAL_CHARGE);
        form.alleged_act = "synthetic alleged act".into();
    }
    if sentenced {
        form.sentence = format!("{} years", rng.gen_range(1..=25));
        form.conviction_date = format!("{}", year + rng.gen_range(1..=3));
    }
    form.source.source_type = pick(rng, vocab, names::SOURCE_TYPE);
    form.source.source_title = format!("Synthetic source {n}");
    form.source.source_reliability = pick(rng, vocab, names::RELIABILITY);
    form.source.source_credibility = pick(rng, vocab, names::CREDIBILITY);
    form
}

/// `izde generate --cases N`: synthetic cases, sealed on worker threads, inserted in batches.
pub async fn generate(storage: &Storage, count: u32) -> anyhow::Result<()> {
    const BATCH: u64 = 1_000;
    let (pool, keys, vocab) = open_storage(storage).await?;
    if !keys.is_development() {
        bail!("refusing to add synthetic cases to a database protected by a real server key");
    }
    let keys = Arc::new(keys);
    let vocab = Arc::new(vocab);
    let places: Arc<Vec<String>> = Arc::new(
        vocab
            .locations()
            .iter()
            .filter(|l| matches!(l.level, LocationLevel::Prefecture | LocationLevel::County))
            .map(|l| l.id.clone())
            .collect(),
    );
    let progress = indicatif::ProgressBar::new(u64::from(count));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()) as u64;
    let mut done: u64 = 0;
    while done < u64::from(count) {
        let batch = BATCH.min(u64::from(count) - done);
        // Seal the batch on every core; then insert it in one transaction.
        let mut handles = Vec::new();
        for w in 0..workers {
            let (keys, vocab, places) = (keys.clone(), vocab.clone(), places.clone());
            let (from, to) = (done + batch * w / workers, done + batch * (w + 1) / workers);
            handles.push(tokio::task::spawn_blocking(move || {
                let mut rng = StdRng::from_entropy();
                (from..to)
                    .map(|n| {
                        let form = synthetic_intake(&mut rng, &vocab, &places, n + 1);
                        let intake: NewTestimony = crate::server::records::validate_intake(
                            &form, &vocab,
                        )
                        .map_err(|e| anyhow::anyhow!("synthetic case invalid: {}", describe(&e)))?;
                        records::seal_testimony(&keys, &vocab, &intake, &crate::server::db::now())
                            .map_err(|e| anyhow::anyhow!("cannot seal a synthetic case: {e}"))
                    })
                    .collect::<anyhow::Result<Vec<_>>>()
            }));
        }
        let mut sealed = Vec::with_capacity(batch as usize);
        for handle in handles {
            sealed.extend(handle.await.context("a sealing worker failed")??);
        }
        let mut tx = crate::server::db::begin(&pool).await.context("begin")?;
        records::insert_sealed(&mut tx, sealed).await.map_err(|e| {
            anyhow::anyhow!("cannot insert synthetic cases: {:#}", anyhow::Error::new(e))
        })?;
        tx.commit().await.context("commit")?;
        done += batch;
        progress.set_position(done);
    }
    progress.finish_and_clear();
    Ok(())
}
