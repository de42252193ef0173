//! Criterion benchmarks of the key hierarchy: sealing and opening one field, sealing a whole
//! testimony, opening what a list row needs, and a KEK rotation over 100 000 cases.
//!
//! Run: `make bench-crypto` (or `cargo bench --features ssr --bench crypto`). The rotation group
//! generates 100 000 synthetic cases once (about 15 s) in a temp directory; set
//! IZDE_BENCH_CASES to change that number.

use criterion::{criterion_group, criterion_main, Criterion};
use izde::domain::forms::IntakeForm;
use izde::server::crypto::{FieldRef, Kek, OnlineIdentity, ServerKeys};
use izde::server::state::{open_storage, Storage};
use std::time::{Duration, Instant};
use uuid::Uuid;

const NARRATIVE: &str =
    "Менің ағам 2017 жылдың мамырында Құлжаға анамызға барды. Екі аптадан кейін \
    телефоны өшіп қалды. 2018 жылы полиция оның «қайта тәрбиелеу» лагерінде екенін айтты.";

fn keys() -> ServerKeys {
    ServerKeys::new(
        OnlineIdentity::from_identity(age::x25519::Identity::generate(), false),
        vec![Kek::generate(1)],
        1,
    )
}

/// A development installation on SQLite in `dir`.
fn sqlite_storage(dir: &std::path::Path) -> Storage {
    Storage {
        data_dir: dir.to_path_buf(),
        database: None,
        identity: None,
        s3: None,
    }
}

fn fields(c: &mut Criterion) {
    let keys = keys();
    let case = Uuid::now_v7();
    let (dek, wrapped) = keys.new_data_key(case).unwrap();
    let at = FieldRef::of(case, "cases.narrative");
    let sealed = dek.seal(&at, NARRATIVE);
    let mut g = c.benchmark_group("field");
    g.bench_function("seal a 300-byte narrative", |b| {
        b.iter(|| dek.seal(&at, NARRATIVE))
    });
    g.bench_function("open a 300-byte narrative", |b| {
        b.iter(|| dek.open(&at, &sealed).unwrap())
    });
    g.bench_function("unwrap a data key (KEK)", |b| {
        b.iter(|| keys.unwrap_data_key(case, &wrapped).unwrap())
    });
    g.bench_function("new data key, wrapped", |b| {
        b.iter(|| keys.new_data_key(case).unwrap())
    });
    g.finish();
}

fn cases(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let storage = sqlite_storage(dir.path());
    let (_pool, keys, vocab) = runtime.block_on(open_storage(&storage)).unwrap();
    let mut form = IntakeForm {
        testifier_name: "Айгүл Жақсылық".into(),
        testifier_contact: "+7 700 000 0000".into(),
        relationship: "sister".into(),
        consent: "anonymized".into(),
        pressure_notes: "A police officer called from Ghulja.".into(),
        testimony_medium: "video".into(),
        transcript: NARRATIVE.repeat(4),
        ..IntakeForm::default()
    };
    form.person.name = "Нұрлан Сейітқали".into();
    form.person.other_names = "نۇرلان سەيىتقالي\nNurlan Seitkali".into();
    form.person.id_numbers = "654021197503141234".into();
    form.person.birth_year = "1975".into();
    form.person.status = "sentenced".into();
    form.person.narrative = NARRATIVE.into();
    let intake = form.validate(&vocab).unwrap();

    let mut g = c.benchmark_group("case");
    g.bench_function(
        "seal a whole testimony (2 data keys, 9 fields, name index)",
        |b| {
            b.iter(|| {
                izde::server::records::seal_testimony(
                    &keys,
                    &vocab,
                    &intake,
                    "2026-01-01T00:00:00.000Z",
                )
                .unwrap()
            })
        },
    );
    g.finish();
}

fn rotation(c: &mut Criterion) {
    let count: u32 = std::env::var("IZDE_BENCH_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let storage = sqlite_storage(dir.path());
    runtime
        .block_on(izde::server::ops::demo::generate(&storage, count))
        .unwrap();
    let (pool, keys, _) = runtime.block_on(open_storage(&storage)).unwrap();
    let identity = keys.identity().clone();
    let quiet = indicatif::ProgressBar::hidden();

    let mut g = c.benchmark_group("rotation");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(60));
    g.bench_function(
        format!("KEK rotation: re-wrap the data keys of {count} cases and their testifiers"),
        |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let started = Instant::now();
                    runtime
                        .block_on(izde::server::crypto::keyring::rotate(
                            &pool, &identity, false, &quiet,
                        ))
                        .unwrap();
                    total += started.elapsed();
                }
                total
            })
        },
    );
    g.finish();
}

/// The evidence locker's work per byte: sealing a 16 MiB file in 64 KiB STREAM chunks, opening it
/// again, and the SHA-256 of the original (what an upload computes besides sealing).
fn evidence(c: &mut Criterion) {
    use izde::server::crypto::chunks::{FileKey, Layout};
    use sha2::Digest;
    let data: Vec<u8> = (0..16u32 << 20).map(|i| (i % 251) as u8).collect();
    let key = FileKey::generate(Uuid::now_v7());
    let mut sealed = Vec::new();
    let mut sealer = key.sealer();
    sealer.push(&data, &mut sealed).unwrap();
    sealer.finish(&mut sealed).unwrap();
    let layout = Layout {
        size: data.len() as u64,
    };
    let mut g = c.benchmark_group("evidence");
    g.throughput(criterion::Throughput::Bytes(data.len() as u64));
    g.sample_size(20);
    g.bench_function("seal 16 MiB in 64 KiB chunks", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(sealed.len());
            let mut sealer = key.sealer();
            sealer.push(&data, &mut out).unwrap();
            sealer.finish(&mut out).unwrap();
            out
        })
    });
    g.bench_function("open 16 MiB of chunks", |b| {
        let opener = key.opener(layout);
        b.iter(|| {
            for i in 0..layout.chunks() {
                let r = layout.sealed_range(i, i);
                opener
                    .open(i, &sealed[r.start as usize..r.end as usize])
                    .unwrap();
            }
        })
    });
    g.bench_function("SHA-256 of 16 MiB", |b| {
        b.iter(|| sha2::Sha256::digest(&data))
    });
    g.finish();
}

criterion_group!(benches, fields, cases, rotation, evidence);
criterion_main!(benches);
