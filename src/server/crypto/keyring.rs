//! The key hierarchy in the database: recipients, KEKs, unsealing, rotation and offline recovery.
//! (The cryptography itself is in `server::crypto`; this module walks it, reading and writing
//! through the queries of `db::keyring`.)

use crate::server::crypto::{
    open_kek, parse_recipient, seal_kek, FieldRef, Kek, KeyringAuth, OnlineIdentity, ServerKeys,
    TaggedRecipient, KEY_SCHEME_KEK,
};
use crate::server::db::keyring::{self as store, KekRow, SealedColumn, WrappedKeyRow};
use crate::server::db::{self, Conn, Pool};
use anyhow::{bail, Context};
use uuid::Uuid;

pub use crate::server::db::keyring::Recipient;

/// Every sealed column: (table, column, field name in the associated data, owner column, row
/// column). The owner's data key seals it; a test checks that no `*_sealed` column is missing.
pub const SEALED_COLUMNS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "case_external_refs",
        "ref_sealed",
        "case_external_refs.ref",
        "case_id",
        "id",
    ),
    ("cases", "name_sealed", "cases.name", "id", "id"),
    (
        "cases",
        "other_names_sealed",
        "cases.other_names",
        "id",
        "id",
    ),
    ("cases", "aliases_sealed", "cases.aliases", "id", "id"),
    ("cases", "id_numbers_sealed", "cases.id_numbers", "id", "id"),
    ("cases", "birth_date_sealed", "cases.birth_date", "id", "id"),
    ("cases", "address_sealed", "cases.address", "id", "id"),
    ("cases", "narrative_sealed", "cases.narrative", "id", "id"),
    (
        "cases",
        "last_place_note_sealed",
        "cases.last_place_note",
        "id",
        "id",
    ),
    (
        "detentions",
        "place_note_sealed",
        "detentions.place_note",
        "case_id",
        "id",
    ),
    (
        "events",
        "place_note_sealed",
        "events.place_note",
        "case_id",
        "id",
    ),
    (
        "case_testifiers",
        "pressure_notes_sealed",
        "case_testifiers.pressure_notes",
        "case_id",
        "testifier_id",
    ),
    (
        "case_testifiers",
        "consent_note_sealed",
        "case_testifiers.consent_note",
        "case_id",
        "testifier_id",
    ),
    (
        "events",
        "summary_sealed",
        "events.summary",
        "case_id",
        "id",
    ),
    (
        "sources",
        "author_sealed",
        "sources.author",
        "case_id",
        "id",
    ),
    (
        "sources",
        "retraction_sealed",
        "sources.retraction",
        "case_id",
        "id",
    ),
    (
        "testimonies",
        "recording_location_sealed",
        "testimonies.recording_location",
        "case_id",
        "id",
    ),
    (
        "testimonies",
        "transcript_sealed",
        "testimonies.transcript",
        "case_id",
        "id",
    ),
    ("testifiers", "name_sealed", "testifiers.name", "id", "id"),
    (
        "testifiers",
        "contact_sealed",
        "testifiers.contact",
        "id",
        "id",
    ),
    (
        "reveal_requests",
        "reason_sealed",
        "reveal_requests.reason",
        "case_id",
        "id",
    ),
    (
        "claim_reviews",
        "reason_sealed",
        "claim_reviews.reason",
        "case_id",
        "id",
    ),
    ("erasures", "reason_sealed", "erasures.reason", "id", "id"),
    (
        "evidence_files",
        "name_sealed",
        "evidence_files.name",
        "case_id",
        "id",
    ),
    (
        "evidence_files",
        "sha256_sealed",
        "evidence_files.sha256",
        "case_id",
        "id",
    ),
    // The file's own key (crypto::chunks): a merge re-seals it; the chunks stay as they are.
    (
        "evidence_files",
        "key_sealed",
        crate::server::crypto::chunks::KEY_FIELD,
        "case_id",
        "id",
    ),
    (
        "removals",
        "reason_sealed",
        "removals.reason",
        "case_id",
        "id",
    ),
    (
        "case_versions",
        "snapshot_sealed",
        "case_versions.snapshot",
        "case_id",
        "id",
    ),
    (
        "case_versions",
        "public_snapshot_sealed",
        "case_versions.public_snapshot",
        "case_id",
        "id",
    ),
    (
        "case_merges",
        "notes_sealed",
        "case_merges.notes",
        "kept_id",
        "merged_id",
    ),
    (
        "merged_versions",
        "snapshot_sealed",
        "merged_versions.snapshot",
        "case_id",
        "id",
    ),
    (
        "merged_versions",
        "public_snapshot_sealed",
        "merged_versions.public_snapshot",
        "case_id",
        "id",
    ),
    (
        "account_secrets",
        "totp_sealed",
        "account_secrets.totp",
        "id",
        "id",
    ),
];

/// The tables whose rows own a data key.
const KEY_OWNERS: &[&str] = &["cases", "testifiers", "account_secrets", "erasures"];

/// The key owner of a table's sealed columns: tables that own a key seal their own columns with
/// it; every other table's columns belong to a case.
fn owner_of(table: &str) -> &'static str {
    match table {
        "testifiers" => "testifiers",
        "account_secrets" => "account_secrets",
        "erasures" => "erasures",
        _ => "cases",
    }
}

/// The `(table, column, …)` of [`SEALED_COLUMNS`] as the queries take it, and the field name.
fn sealed_column(
    &(table, column, field, owner_col, row_col): &(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ),
) -> (SealedColumn, &'static str) {
    (
        SealedColumn {
            table,
            column,
            owner_col,
            row_col,
        },
        field,
    )
}

pub async fn recipients(pool: &Pool) -> anyhow::Result<Vec<Recipient>> {
    store::recipients(pool)
        .await
        .context("cannot read the key recipients")
}

/// (version, rotation, completed_at) of every KEK in the keyring.
pub async fn versions(pool: &Pool) -> anyhow::Result<Vec<(i64, String, Option<String>)>> {
    let versions = store::versions(pool)
        .await
        .context("cannot read the keyring")?;
    Ok(versions
        .into_iter()
        .map(|v| (v.version, v.rotation, v.completed_at))
        .collect())
}

async fn kek_rows(conn: &mut Conn) -> anyhow::Result<Vec<KekRow>> {
    store::kek_rows(conn)
        .await
        .context("cannot read the keyring")
}

/// A recipient read from text, or an error that repeats the text.
fn recipient_from(text: &str) -> anyhow::Result<age::x25519::Recipient> {
    parse_recipient(text)
        .map_err(|_| anyhow::anyhow!("{text:?} is not an age x25519 recipient (age1…)"))
}

/// Opens every KEK with `identity`: the unsealed keys of a server. With `create`, a database without
/// a keyring gets one (the first KEK, to `identity` alone): what development mode does on first run.
/// Refuses a keyring whose KEKs or recipient set this installation's key did not authenticate.
pub async fn unseal(
    pool: &Pool,
    identity: OnlineIdentity,
    create: bool,
) -> anyhow::Result<ServerKeys> {
    let mut conn = pool
        .acquire()
        .await
        .context("cannot open a database connection")?;
    if kek_rows(&mut conn).await?.is_empty() {
        if !create {
            bail!("this database has no keyring yet: run `izde keys init` first");
        }
        let label = if identity.is_development() {
            "development key (generated on first run)"
        } else {
            "server key"
        };
        init_keyring(pool, &identity, label, &[]).await?;
    }
    let (keys, _) = authenticated(&mut conn, identity).await?;
    Ok(keys)
}

/// Opens the keyring as it is seen through `conn` (restore checks a keyring it has not committed).
pub async fn unseal_conn(conn: &mut Conn, identity: OnlineIdentity) -> anyhow::Result<ServerKeys> {
    let (keys, _) = authenticated(conn, identity).await?;
    Ok(keys)
}

/// The recipients as seen through `conn`.
async fn recipients_in(conn: &mut Conn) -> anyhow::Result<Vec<Recipient>> {
    store::recipients_conn(conn)
        .await
        .context("cannot read the key recipients")
}

/// Opens every KEK of `rows` with `identity`; `who` names that identity in the error.
fn open_keks(rows: &[KekRow], identity: &dyn age::Identity, who: &str) -> anyhow::Result<Vec<Kek>> {
    rows.iter()
        .map(|row| {
            open_kek(row.version, &row.kek_age, identity).map_err(|_| {
                anyhow::anyhow!(
                    "{who} cannot open the installation's key-encryption key (version {}): it is \
                     not one of the installation's recipients. Pass --identity with one of the \
                     installation's keys",
                    row.version
                )
            })
        })
        .collect()
}

/// How errors name an online identity.
fn named(identity: &OnlineIdentity) -> String {
    format!("the key {}", identity.recipient())
}

/// The keyring and the recipient set as seen through `conn`, opened with `identity` and checked
/// against their authentication tags: the keys and the recipients, or an error that says which
/// part was not authenticated (and never any key material).
pub async fn authenticated(
    conn: &mut Conn,
    identity: OnlineIdentity,
) -> anyhow::Result<(ServerKeys, Vec<Recipient>)> {
    let rows = kek_rows(conn).await?;
    if rows.is_empty() {
        bail!("there is no keyring");
    }
    let recipients = recipients_in(conn).await?;
    let keys = open_rows(&rows, &recipients, identity)?;
    Ok((keys, recipients))
}

/// Opens every KEK seen through `conn` with `identity` without checking the tags: only for a
/// restore with an offline recovery key, which cannot check them (they are keyed by the online
/// identity), and which shows the administrator what it would install and re-tags it with the
/// restoring key once they confirm ([`retag`]).
pub async fn open_unchecked(
    conn: &mut Conn,
    identity: OnlineIdentity,
) -> anyhow::Result<ServerKeys> {
    let rows = kek_rows(conn).await?;
    let keks = open_keks(&rows, identity.age_identity(), &named(&identity))?;
    let current = keks
        .last()
        .map(|k| k.version)
        .context("there is no keyring")?;
    Ok(ServerKeys::new(identity, keks, current))
}

/// Tags every KEK and the recipient set seen through `conn` with `keys`' identity, replacing any
/// tag (see [`open_unchecked`]).
pub async fn retag(conn: &mut Conn, keys: &ServerKeys) -> anyhow::Result<()> {
    let auth = keys.identity().keyring_auth();
    for kek in keys.keks() {
        store::set_kek_auth(conn, kek.version, &auth.kek_tag(kek))
            .await
            .context("cannot store a tag")?;
    }
    tag_recipients(conn, &auth, keys.current_kek()).await
}

/// What to do about a keyring row or recipient set without a tag.
const UNTAGGED_HELP: &str = "it was written before Izde authenticated its keyring, or its tag was \
     removed. Check that `izde keys list` shows only your recipients and KEK versions, then run \
     `izde keys authenticate`";

/// Why a keyring is refused when a tag does not match.
const FORGED_HELP: &str = "it was added or changed outside Izde, by someone who can write to the \
     database but does not hold this installation's key. Izde refuses to use it and changed \
     nothing; compare `izde keys list` with your records and restore the keyring from a backup";

fn open_rows(
    rows: &[KekRow],
    recipients: &[Recipient],
    identity: OnlineIdentity,
) -> anyhow::Result<ServerKeys> {
    let auth = identity.keyring_auth();
    let keks = open_keks(rows, identity.age_identity(), &named(&identity))?;
    for (row, kek) in rows.iter().zip(&keks) {
        match &row.auth {
            None => bail!(
                "key-encryption key version {} carries no authentication tag: {UNTAGGED_HELP}",
                row.version
            ),
            Some(tag) if !auth.kek_is_authentic(kek, tag) => bail!(
                "key-encryption key version {} is not authenticated by this installation's key: \
                 {FORGED_HELP}",
                row.version
            ),
            Some(_) => {}
        }
    }
    let (Some(newest), Some(newest_row)) = (keks.last(), rows.last()) else {
        bail!("there is no keyring");
    };
    let tagged = tagged(recipients);
    match &newest_row.recipients_auth {
        None => bail!(
            "the list of keys that can open the key-encryption key carries no authentication tag: \
             {UNTAGGED_HELP}"
        ),
        Some(tag) if !auth.recipients_are_authentic(newest, &tagged, tag) => bail!(
            "the list of keys that can open the key-encryption key ({}) is not the one this \
             installation's key authenticated: {FORGED_HELP}",
            describe(recipients)
        ),
        Some(_) => {}
    }
    let current = newest.version;
    Ok(ServerKeys::new(identity, keks, current))
}

/// The recipients as their tag covers them.
fn tagged(recipients: &[Recipient]) -> Vec<TaggedRecipient<'_>> {
    recipients
        .iter()
        .map(|r| TaggedRecipient {
            recipient: &r.recipient,
            role: &r.role,
            label: &r.label,
        })
        .collect()
}

/// The recipients in a sentence (public keys and labels only).
fn describe(recipients: &[Recipient]) -> String {
    recipients
        .iter()
        .map(|r| format!("{} {} \"{}\"", r.role, r.recipient, r.label))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Tags the recipient set now seen through `conn` under the newest KEK, `newest`.
async fn tag_recipients(conn: &mut Conn, auth: &KeyringAuth, newest: &Kek) -> anyhow::Result<()> {
    let recipients = recipients_in(conn).await?;
    let tag = auth.recipients_tag(newest, &tagged(&recipients));
    store::set_recipients_auth(conn, newest.version, &tag)
        .await
        .context("cannot store the recipients' authentication tag")
}

/// Creates the keyring: the first KEK, encrypted to the online identity and the recovery
/// recipients, and its tags. When another instance created it meanwhile, theirs stays and nothing
/// is written.
pub async fn init_keyring(
    pool: &Pool,
    identity: &OnlineIdentity,
    label: &str,
    recovery: &[(String, String)],
) -> anyhow::Result<bool> {
    let mut recipients = vec![identity.age_recipient()];
    for (text, _) in recovery {
        recipients.push(recipient_from(text)?);
    }
    let auth = identity.keyring_auth();
    let kek = Kek::generate(1);
    let sealed = seal_kek(&kek, &recipients).context("cannot encrypt the key-encryption key")?;
    let now = db::now();
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let inserted = store::insert_first_kek(&mut tx, &sealed, &auth.kek_tag(&kek), &now)
        .await
        .context("cannot store the key-encryption key")?;
    if !inserted {
        tx.rollback().await.ok();
        return Ok(false);
    }
    insert_recipient(&mut tx, &identity.recipient(), "online", label, &now).await?;
    for (text, label) in recovery {
        insert_recipient(&mut tx, text.trim(), "recovery", label, &now).await?;
    }
    tag_recipients(&mut tx, &auth, &kek).await?;
    tx.commit().await.context("commit")?;
    Ok(true)
}

/// What `izde keys authenticate` found and tagged.
#[derive(Debug, Default)]
pub struct Adoption {
    pub keks: Vec<i64>,
    pub recipients: bool,
}

/// `izde keys authenticate`: tags the KEKs and the recipient set that carry no tag yet (a keyring
/// written before Izde authenticated it), after an administrator has checked them. Refuses a
/// keyring in which a tag is present but wrong: that is tampering, not age.
pub async fn authenticate(pool: &Pool, identity: &OnlineIdentity) -> anyhow::Result<Adoption> {
    let auth = identity.keyring_auth();
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let rows = kek_rows(&mut tx).await?;
    let mut adoption = Adoption::default();
    let keks = open_keks(&rows, identity.age_identity(), &named(identity))?;
    for (row, kek) in rows.iter().zip(&keks) {
        match &row.auth {
            Some(tag) if !auth.kek_is_authentic(kek, tag) => bail!(
                "key-encryption key version {} has a tag that this key did not make: {FORGED_HELP}",
                row.version
            ),
            Some(_) => {}
            None => {
                store::set_kek_auth(&mut tx, row.version, &auth.kek_tag(kek))
                    .await
                    .context("cannot store a tag")?;
                adoption.keks.push(row.version);
            }
        }
    }
    let (Some(newest), Some(newest_row)) = (keks.last(), rows.last()) else {
        bail!("this database has no keyring yet: run `izde keys init` first");
    };
    if newest_row.recipients_auth.is_none() {
        tag_recipients(&mut tx, &auth, newest).await?;
        adoption.recipients = true;
    }
    tx.commit().await.context("commit")?;
    Ok(adoption)
}

async fn insert_recipient(
    conn: &mut Conn,
    recipient: &str,
    role: &str,
    label: &str,
    now: &str,
) -> anyhow::Result<()> {
    store::insert_recipient(conn, recipient, role, label, now)
        .await
        .with_context(|| format!("cannot add the recipient {recipient} (is it already there?)"))
}

/// The recipients' keys, to encrypt to.
fn age_recipients(recipients: &[Recipient]) -> anyhow::Result<Vec<age::x25519::Recipient>> {
    recipients
        .iter()
        .map(|r| recipient_from(&r.recipient))
        .collect()
}

/// Re-encrypts every KEK to the recipients now in `key_recipients` and tags that set (inside the
/// caller's transaction, after it checked the set as it was).
async fn reseal_keks(conn: &mut Conn, keys: &ServerKeys) -> anyhow::Result<()> {
    let recipients = age_recipients(&recipients_in(conn).await?)?;
    for row in kek_rows(conn).await? {
        let kek = keys
            .kek(row.version)
            .with_context(|| format!("KEK version {} is not unsealed", row.version))?;
        let sealed = seal_kek(kek, &recipients).context("cannot encrypt the KEK")?;
        store::update_kek(conn, row.version, &sealed)
            .await
            .context("cannot store the KEK")?;
    }
    tag_recipients(conn, &keys.identity().keyring_auth(), keys.current_kek()).await
}

/// `izde keys add-recipient`: one more key that can open the KEK (re-encrypts only the KEKs).
pub async fn add_recipient(
    pool: &Pool,
    identity: &OnlineIdentity,
    recipient: &str,
    role: &str,
    label: &str,
) -> anyhow::Result<()> {
    recipient_from(recipient)?;
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (keys, _) = authenticated(&mut tx, identity.clone()).await?;
    insert_recipient(&mut tx, recipient.trim(), role, label, &db::now()).await?;
    reseal_keks(&mut tx, &keys).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// `izde keys remove-recipient`: the key can no longer open the KEK (as stored from now on).
/// Refuses to remove the server's own key or the last recovery key.
pub async fn remove_recipient(
    pool: &Pool,
    identity: &OnlineIdentity,
    recipient: &str,
) -> anyhow::Result<()> {
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (keys, all) = authenticated(&mut tx, identity.clone()).await?;
    let Some(found) = all.iter().find(|r| r.recipient == recipient.trim()) else {
        bail!("{recipient} is not a recipient of this installation's key");
    };
    if found.recipient == keys.recipient() {
        bail!("refusing to remove this server's own key: it could no longer unseal");
    }
    if found.role == "recovery" && all.iter().filter(|r| r.role == "recovery").count() == 1 {
        bail!(
            "refusing to remove the last offline recovery key: add another one first \
             (`izde keys add-recipient age1…`)"
        );
    }
    store::delete_recipient(&mut tx, &found.recipient)
        .await
        .context("cannot remove the recipient")?;
    reseal_keks(&mut tx, &keys).await?;
    tx.commit().await.context("commit")?;
    Ok(())
}

/// The recipients an authenticated keyring is encrypted to (what a backup is encrypted to).
pub async fn authenticated_recipients(
    pool: &Pool,
    identity: &OnlineIdentity,
) -> anyhow::Result<(ServerKeys, Vec<Recipient>)> {
    let mut conn = pool
        .acquire()
        .await
        .context("cannot open a database connection")?;
    authenticated(&mut conn, identity.clone()).await
}

/// What a rotation did.
#[derive(Debug, Default)]
pub struct Rotation {
    pub version: i64,
    pub resumed: bool,
    pub reencrypted: bool,
    pub data_keys: u64,
    pub retired: Vec<i64>,
}

/// How many rows a rotation handles per transaction.
const ROTATION_BATCH: i64 = 1_000;

/// `izde keys rotate [--reencrypt]`: a new KEK, every data key re-wrapped under it (with
/// `reencrypt`, also new data keys and every field sealed again), in batches; resumes an unfinished
/// rotation instead of starting another. Every data key stays openable at every moment: each batch
/// is a transaction, and an old KEK is deleted only when no data key needs it any more.
pub async fn rotate(
    pool: &Pool,
    identity: &OnlineIdentity,
    reencrypt: bool,
    progress: &indicatif::ProgressBar,
) -> anyhow::Result<Rotation> {
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    let (keys, recipients) = authenticated(&mut tx, identity.clone()).await?;
    let rows = kek_rows(&mut tx).await?;
    let Some(latest) = rows.last() else {
        bail!("this database has no keyring yet: run `izde keys init` first");
    };
    let mut report = Rotation::default();
    let version = if latest.completed_at.is_none() {
        report.resumed = true;
        report.reencrypted = latest.rotation == "reencrypt";
        latest.version
    } else {
        let version = latest.version + 1;
        let kek = Kek::generate(version);
        let sealed =
            seal_kek(&kek, &age_recipients(&recipients)?).context("cannot encrypt the new KEK")?;
        let rotation = if reencrypt { "reencrypt" } else { "rewrap" };
        let auth = keys.identity().keyring_auth();
        store::insert_kek(
            &mut tx,
            version,
            &sealed,
            &auth.kek_tag(&kek),
            rotation,
            &db::now(),
        )
        .await
        .context("cannot store the new KEK")?;
        tag_recipients(&mut tx, &auth, &kek).await?;
        report.reencrypted = reencrypt;
        version
    };
    tx.commit().await.context("commit")?;
    report.version = version;
    let keys = unseal(pool, identity.clone(), false).await?;
    if keys.current_kek_version() != version {
        bail!("another rotation started meanwhile; run `izde keys rotate` again to resume it");
    }
    report.data_keys = move_data_keys(pool, &keys, report.reencrypted, progress).await?;

    // Done: mark it, and delete the KEKs that no data key needs any more.
    let mut tx = crate::server::db::begin(pool).await.context("begin")?;
    store::complete_rotation(&mut tx, version, &db::now())
        .await
        .context("cannot mark the rotation complete")?;
    let unused = store::unused_versions(&mut tx, version)
        .await
        .context("cannot find unused KEKs")?;
    for old in &unused {
        store::delete_kek(&mut tx, *old)
            .await
            .context("cannot delete an unused KEK")?;
    }
    tx.commit().await.context("commit")?;
    report.retired = unused;
    Ok(report)
}

/// Data keys not yet under the current KEK, counted.
pub async fn pending_data_keys(pool: &Pool, current: i64) -> anyhow::Result<u64> {
    let mut total = 0;
    for table in KEY_OWNERS {
        let n = store::count_stale_data_keys(pool, table, current)
            .await
            .with_context(|| format!("cannot count the data keys of {table}"))?;
        total += n.max(0) as u64;
    }
    Ok(total)
}

/// Moves every data key under the current KEK, batch by batch (also the first scheme's keys).
pub async fn move_data_keys(
    pool: &Pool,
    keys: &ServerKeys,
    reencrypt: bool,
    progress: &indicatif::ProgressBar,
) -> anyhow::Result<u64> {
    let current = keys.current_kek_version();
    progress.set_length(pending_data_keys(pool, current).await?);
    let mut moved = 0;
    for table in KEY_OWNERS {
        // Keyset pagination: each batch is a range of the primary key, whatever was moved before.
        let mut after = String::new();
        loop {
            let mut tx = crate::server::db::begin(pool).await.context("begin")?;
            let batch = store::stale_data_keys(&mut tx, table, &after, current, ROTATION_BATCH)
                .await
                .with_context(|| format!("cannot read the data keys of {table}"))?;
            let Some(last) = batch.last() else {
                break;
            };
            after = last.id.clone();
            let mut rewrapped = Vec::with_capacity(batch.len());
            for WrappedKeyRow { id, dek_wrapped } in &batch {
                let owner = Uuid::parse_str(id).context("a record id is not a UUID")?;
                let old = keys
                    .unwrap_data_key(owner, dek_wrapped)
                    .with_context(|| format!("cannot open the data key of {table} {id}"))?;
                let new_wrapped = if reencrypt {
                    let (fresh, new_wrapped) = keys.new_data_key(owner)?;
                    reseal_owner(&mut tx, table, owner, &old, &fresh).await?;
                    new_wrapped
                } else {
                    keys.wrap_data_key(&old)
                };
                rewrapped.push(WrappedKeyRow {
                    id: id.clone(),
                    dek_wrapped: new_wrapped,
                });
            }
            // One statement per batch.
            store::store_data_keys(&mut tx, table, KEY_SCHEME_KEK, current, &rewrapped)
                .await
                .with_context(|| format!("cannot store the data keys of {table}"))?;
            tx.commit().await.context("commit")?;
            moved += batch.len() as u64;
            progress.inc(batch.len() as u64);
        }
    }
    Ok(moved)
}

/// One sealed value and where it lives (a row of [`SEALED_COLUMNS`] plus the row's id).
struct SealedValue {
    at: SealedColumn,
    field: &'static str,
    row: String,
    sealed: Vec<u8>,
}

/// Every sealed value that `owner`'s data key protects (see [`owner_of`]).
async fn sealed_values_of(
    conn: &mut Conn,
    owner_table: &str,
    owner_id: &str,
) -> anyhow::Result<Vec<SealedValue>> {
    let mut out = Vec::new();
    for entry in SEALED_COLUMNS {
        let (at, field) = sealed_column(entry);
        if owner_of(at.table) != owner_table {
            continue;
        }
        let cells = store::sealed_cells(&mut *conn, &at, owner_id)
            .await
            .with_context(|| format!("cannot read {}.{}", at.table, at.column))?;
        out.extend(cells.into_iter().map(|cell| SealedValue {
            at,
            field,
            row: cell.row_id,
            sealed: cell.sealed,
        }));
    }
    Ok(out)
}

/// Re-seals every sealed field that `owner`'s data key protects, from `old` to `new`.
async fn reseal_owner(
    conn: &mut Conn,
    owner_table: &str,
    owner: Uuid,
    old: &crate::server::crypto::DataKey,
    new: &crate::server::crypto::DataKey,
) -> anyhow::Result<()> {
    let owner_id = owner.to_string();
    for SealedValue {
        at,
        field,
        row,
        sealed,
    } in sealed_values_of(conn, owner_table, &owner_id).await?
    {
        let row_id = Uuid::parse_str(&row).context("a row id is not a UUID")?;
        let field_ref = FieldRef::of_row(owner, field, row_id);
        let value = old
            .open(&field_ref, &sealed)
            .with_context(|| format!("cannot open {field} of {owner_id}"))?;
        let resealed = new.seal(&field_ref, value.expose());
        store::update_sealed_cell(&mut *conn, &at, &owner_id, &row, &resealed)
            .await
            .with_context(|| format!("cannot store {}.{}", at.table, at.column))?;
    }
    Ok(())
}

/// The tables a merge re-seals and moves: every table of a case's rows but the case's own row and
/// its kept versions (those become `merged_versions`, see `records::merge`).
fn moves_with_merge(table: &str) -> bool {
    owner_of(table) == "cases" && !matches!(table, "cases" | "case_versions")
}

/// Re-seals every sealed field of case `from`'s rows (events, sources, testimonies, testifier
/// links, reviews, removals, reveal requests, earlier merges) for case `to`: opened with `from`'s
/// key and bound to `from`, sealed with `to`'s key and bound to `to`. The rows still belong to
/// `from` afterwards; the caller moves them in the same transaction (`db::merges::move_rows`).
pub async fn reseal_case_rows(
    conn: &mut Conn,
    (from, from_key): (Uuid, &crate::server::crypto::DataKey),
    (to, to_key): (Uuid, &crate::server::crypto::DataKey),
) -> anyhow::Result<u64> {
    let from_id = from.to_string();
    let mut moved = 0;
    for v in sealed_values_of(conn, "cases", &from_id).await? {
        if !moves_with_merge(v.at.table) {
            continue;
        }
        let row_id = Uuid::parse_str(&v.row).context("a row id is not a UUID")?;
        let value = from_key
            .open(&FieldRef::of_row(from, v.field, row_id), &v.sealed)
            .with_context(|| format!("cannot open {} of {from_id}", v.field))?;
        let resealed = to_key.seal(&FieldRef::of_row(to, v.field, row_id), value.expose());
        store::update_sealed_cell(&mut *conn, &v.at, &from_id, &v.row, &resealed)
            .await
            .with_context(|| format!("cannot store {}.{}", v.at.table, v.at.column))?;
        moved += 1;
    }
    Ok(moved)
}

/// What offline recovery opened.
#[derive(Debug, Default)]
pub struct Recovery {
    pub keks: u64,
    pub data_keys: u64,
    pub fields: u64,
}

/// `izde keys recover --identity FILE`: opens every KEK with an offline identity, every data key
/// with the KEKs, and every sealed field with the data keys, without writing anything. Proves that
/// the database and that one key are enough to read everything.
pub async fn recover(
    pool: &Pool,
    identity: &dyn age::Identity,
) -> anyhow::Result<(Recovery, ServerKeys)> {
    let mut conn = pool
        .acquire()
        .await
        .context("cannot open a database connection")?;
    let rows = kek_rows(&mut conn).await?;
    if rows.is_empty() {
        bail!("this database has no keyring");
    }
    let keks = open_keks(&rows, identity, "this identity")?;
    let mut report = Recovery {
        keks: keks.len() as u64,
        ..Recovery::default()
    };
    let current = rows.last().map(|r| r.version).unwrap_or(1);
    // Without the online identity: a throwaway one stands in, able to open nothing.
    let keys = ServerKeys::new(OnlineIdentity::generate(), keks, current);
    for owner_table in KEY_OWNERS {
        let owners = store::all_data_keys(&mut conn, owner_table)
            .await
            .with_context(|| format!("cannot read {owner_table}"))?;
        for WrappedKeyRow { id, dek_wrapped } in owners {
            let owner = Uuid::parse_str(&id).context("a record id is not a UUID")?;
            let dek = keys
                .unwrap_data_key(owner, &dek_wrapped)
                .with_context(|| format!("cannot open the data key of {owner_table} {id}"))?;
            report.data_keys += 1;
            for v in sealed_values_of(&mut conn, owner_table, &id).await? {
                let row_id = Uuid::parse_str(&v.row).context("a row id is not a UUID")?;
                let field = v.field;
                dek.open(&FieldRef::of_row(owner, field, row_id), &v.sealed)
                    .with_context(|| format!("cannot open {field} of {id}"))?;
                report.fields += 1;
            }
        }
    }
    Ok((report, keys))
}
