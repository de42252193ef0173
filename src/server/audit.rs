//! The tamper-evident audit log: every write and every reveal appends an entry, in the same
//! transaction as the change, to an append-only hash chain (migrations/*/0009_audit.sql).
//!
//! An entry holds ids, an action name and SHA-256 hashes of the record's stored (sealed) form
//! before and after the change: never a plaintext value. Each entry's hash covers its fields and
//! the previous entry's hash, so changing, removing or reordering any entry breaks the chain from
//! there on, and [`verify`] names the first entry that no longer holds.
//!
//! # The hash of an entry
//!
//! `hash = SHA-256(item("izde-audit-v1") ‖ item(seq) ‖ item(at) ‖ item(actor) ‖ item(action) ‖
//! item(record_kind) ‖ item(record_id) ‖ item(before_hash) ‖ item(after_hash) ‖ item(prev_hash))`,
//! written as 64 lower-case hex digits, where `item(NULL)` is the single byte `0x00` and
//! `item(text)` is the byte `0x01`, the length of the text's UTF-8 bytes as an 8-byte big-endian
//! integer, and those bytes. `seq` is written in decimal; `prev_hash` of entry 1 is [`GENESIS`].
//! The lengths make the encoding unambiguous (no two entries encode alike), and the tag lets the
//! scheme change later without old and new hashes meaning the same.
//!
//! # Reading entries
//!
//! A page that shows names (the case list, a name search, a case) appends one `case.read` entry per
//! view. The cases it showed are listed in `audit_read_cases`, and the entry's `after_hash` is
//! [`reading_digest`] of that list, so the chain covers the list too. Such entries go through one
//! writer per app ([`ReadLog`]), which appends the entries of every request waiting into one
//! transaction and answers each request only once that transaction is committed: the page is not
//! sent before its entry is durable, and a busy server commits once for many readers instead of
//! once per reader.
//!
//! # What it does not catch on its own
//!
//! Someone who can write to the database can drop the append-only triggers and write a whole new
//! chain that verifies. Against that, note the head (`izde audit verify` prints it) somewhere the
//! server cannot write, e.g. with each backup, and check it later with `--expect-head`.

use crate::domain::audit::{AuditFilter, AuditRow};
use crate::server::db::audit::{
    self as store, EntryRow as Stored, ListFilter, ListedRow, ReadCaseRow,
};
use crate::server::db::{self, Conn, Pool};
use anyhow::{bail, Context};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;

/// The first entry from which the chain can no longer be trusted.
pub use crate::domain::audit::AuditBreak as Broken;
/// The verdict of [`verify`].
pub use crate::domain::audit::AuditVerification as Verification;
pub use crate::domain::audit::{action, kind};

/// The `prev_hash` of the first entry, and the head of an empty log.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Tags the encoding of an entry, so that a later scheme cannot be confused with this one.
const SCHEME: &str = "izde-audit-v1";

/// Entries read per query while verifying: memory stays flat however long the log.
const VERIFY_PAGE: i64 = 10_000;

/// Longest id or name an entry accepts.
const MAX_TOKEN: usize = 128;

/// What happened, to what, by whom: one entry before it is chained.
///
/// ```
/// use izde::server::audit::{action, digest, kind, Entry};
/// let before = digest(&[b"sealed name, old", b"sealed narrative, old"]);
/// let after = digest(&[b"sealed name, new", b"sealed narrative, new"]);
/// let entry = Entry::new(action::CASE_UPDATE)
///     .by("0193a1f2-0000-7000-8000-000000000001")
///     .on(kind::CASE, "0193a1f2-0000-7000-8000-000000000002")
///     .change(Some(before), Some(after));
/// assert_eq!(entry.record_kind, Some("case"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The acting user's id; `None` for the system or the command line.
    pub actor: Option<&'a str>,
    /// One of [`action`].
    pub action: &'a str,
    /// One of [`kind`].
    pub record_kind: Option<&'a str>,
    pub record_id: Option<&'a str>,
    /// [`digest`] of the record's stored form before the change (none for a creation).
    pub before: Option<String>,
    /// [`digest`] of the record's stored form after the change.
    pub after: Option<String>,
}

impl<'a> Entry<'a> {
    /// An entry for `action`, by no one in particular, about no record.
    pub fn new(action: &'a str) -> Self {
        Self {
            action,
            ..Self::default()
        }
    }

    /// Done by the user with this id.
    pub fn by(mut self, actor: &'a str) -> Self {
        self.actor = Some(actor);
        self
    }

    /// Done to the record of this kind and id.
    pub fn on(mut self, kind: &'a str, id: &'a str) -> Self {
        self.record_kind = Some(kind);
        self.record_id = Some(id);
        self
    }

    /// The record's digests before and after.
    pub fn change(mut self, before: Option<String>, after: Option<String>) -> Self {
        self.before = before;
        self.after = after;
        self
    }

    /// Refuses anything that is not an id, a name or a digest: the log must never receive a
    /// plaintext value by mistake. The messages name the field, never the value.
    fn check(&self) -> anyhow::Result<()> {
        token("actor", self.actor)?;
        token("action", Some(self.action))?;
        token("record kind", self.record_kind)?;
        token("record id", self.record_id)?;
        for (field, value) in [("before", &self.before), ("after", &self.after)] {
            if value.as_deref().is_some_and(|v| !is_digest(v)) {
                bail!("an audit entry's {field} must be a digest (64 lower-case hex digits)");
            }
        }
        Ok(())
    }
}

/// Refuses a `field` value that is not an id or a name (up to [`MAX_TOKEN`] letters, digits, `.`,
/// `_`, `:` or `-`); the message names the field, never the value.
fn token(field: &str, value: Option<&str>) -> anyhow::Result<()> {
    let ok = value.is_none_or(|v| {
        !v.is_empty()
            && v.len() <= MAX_TOKEN
            && v.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._:-".contains(&b))
    });
    if !ok {
        bail!(
            "an audit entry's {field} must be an id or a name (up to {MAX_TOKEN} letters, \
             digits, `.`, `_`, `:` or `-`)"
        );
    }
    Ok(())
}

fn is_digest(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// SHA-256 of `parts`, each preceded by its length as an 8-byte big-endian integer, in lower-case
/// hex: what an entry records of a record's stored form (its ciphertexts, say), so that
/// `["ab", "c"]` and `["a", "bc"]` differ.
///
/// ```
/// use izde::server::audit::digest;
/// assert_ne!(digest(&[b"ab", b"c"]), digest(&[b"a", b"bc"]));
/// assert_eq!(digest(&[b"x"]).len(), 64);
/// ```
pub fn digest(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    format!("{:x}", hasher.finalize())
}

/// The hash a stored entry's fields call for (see the module's documentation).
fn expected_hash(e: &Stored) -> String {
    let mut hasher = Sha256::new();
    let mut item = |value: Option<&str>| match value {
        None => hasher.update([0u8]),
        Some(text) => {
            hasher.update([1u8]);
            hasher.update((text.len() as u64).to_be_bytes());
            hasher.update(text.as_bytes());
        }
    };
    item(Some(SCHEME));
    item(Some(&e.seq.to_string()));
    item(Some(&e.at));
    item(e.actor.as_deref());
    item(Some(&e.action));
    item(e.record_kind.as_deref());
    item(e.record_id.as_deref());
    item(e.before_hash.as_deref());
    item(e.after_hash.as_deref());
    item(Some(&e.prev_hash));
    format!("{:x}", hasher.finalize())
}

/// Appends `entry` to the chain through `conn`, which must be inside the caller's transaction: the
/// entry commits or rolls back with the change it records. Returns the entry's number.
///
/// The first statement moves the head on, which takes SQLite's write lock or PostgreSQL's lock on
/// the head row until the transaction ends: appenders queue there, so numbers follow commit order
/// without gaps. Call it last, just before committing, so that the lock is held briefly. (Under
/// PostgreSQL's REPEATABLE READ or SERIALIZABLE, a concurrent append makes the transaction fail
/// with a serialization error, to be retried like any other.)
pub async fn append(conn: &mut Conn, entry: &Entry<'_>) -> anyhow::Result<i64> {
    entry.check()?;
    let store::HeadRow {
        seq,
        hash: prev_hash,
    } = store::advance_head(&mut *conn, GENESIS)
        .await
        .context("cannot take the audit log's next entry")?;
    // Timed once the lock is held, so that times never go backwards along the chain.
    let mut stored = Stored {
        seq,
        at: db::now(),
        actor: entry.actor.map(str::to_string),
        action: entry.action.to_string(),
        record_kind: entry.record_kind.map(str::to_string),
        record_id: entry.record_id.map(str::to_string),
        before_hash: entry.before.clone(),
        after_hash: entry.after.clone(),
        prev_hash,
        hash: String::new(),
    };
    stored.hash = expected_hash(&stored);
    store::insert_entry(&mut *conn, &stored)
        .await
        .context("cannot write the audit entry")?;
    store::set_head_hash(&mut *conn, &stored.hash)
        .await
        .context("cannot move the audit log's head")?;
    Ok(seq)
}

/// Appends `entries` in order, as [`append`] would one by one, with one move of the head and one
/// insert per few thousand entries (a bulk import's batch: an entry per case it made).
pub async fn append_all(conn: &mut Conn, entries: &[Entry<'_>]) -> anyhow::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    for entry in entries {
        entry.check()?;
    }
    let n = entries.len() as i64;
    let store::HeadRow {
        seq: last,
        hash: mut prev_hash,
    } = store::advance_head_by(&mut *conn, GENESIS, n)
        .await
        .context("cannot take the audit log's next entries")?;
    let at = db::now();
    let mut rows = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        let mut stored = Stored {
            seq: last - n + 1 + i as i64,
            at: at.clone(),
            actor: entry.actor.map(str::to_string),
            action: entry.action.to_string(),
            record_kind: entry.record_kind.map(str::to_string),
            record_id: entry.record_id.map(str::to_string),
            before_hash: entry.before.clone(),
            after_hash: entry.after.clone(),
            prev_hash: prev_hash.clone(),
            hash: String::new(),
        };
        stored.hash = expected_hash(&stored);
        prev_hash = stored.hash.clone();
        rows.push(stored);
    }
    store::insert_entries(&mut *conn, &rows)
        .await
        .context("cannot write the audit entries")?;
    store::set_head_hash(&mut *conn, &prev_hash)
        .await
        .context("cannot move the audit log's head")?;
    Ok(())
}

/// Appends `entry` in a transaction of its own: for what changes nothing else (a log-in, a read).
pub async fn record(pool: &Pool, entry: &Entry<'_>) -> anyhow::Result<i64> {
    let mut tx = crate::server::db::begin(pool)
        .await
        .context("cannot start the audit entry")?;
    let seq = append(&mut tx, entry).await?;
    tx.commit().await.context("cannot commit the audit entry")?;
    Ok(seq)
}

/// The `after_hash` of a reading entry: [`digest`] of the ids of the cases it showed, sorted.
pub fn reading_digest(case_ids: &[String]) -> String {
    let mut ids: Vec<&[u8]> = case_ids.iter().map(|id| id.as_bytes()).collect();
    ids.sort_unstable();
    ids.dedup();
    digest(&ids)
}

/// Appends that `actor` was shown the cases `case_ids` (their names or other sealed fields), as
/// one `case.read` entry listing them, through `conn` (inside the caller's transaction). The
/// entry names the case when there is one.
pub async fn append_read(conn: &mut Conn, actor: &str, case_ids: &[String]) -> anyhow::Result<i64> {
    append_listing(conn, action::CASE_READ, actor, None, case_ids).await
}

/// Appends a search by `actor` for what hashes to `query` (a keyed digest, never the text), as
/// one `case.search` entry listing every case it matched.
pub async fn record_search(
    pool: &Pool,
    actor: &str,
    query: String,
    case_ids: &[String],
) -> anyhow::Result<i64> {
    let mut tx = crate::server::db::begin(pool)
        .await
        .context("cannot start the audit entry")?;
    let seq = append_listing(&mut tx, action::CASE_SEARCH, actor, Some(query), case_ids).await?;
    tx.commit().await.context("cannot commit the audit entry")?;
    Ok(seq)
}

/// One entry of `action` listing `case_ids` (see [`append_read`]), with `before` when given.
async fn append_listing(
    conn: &mut Conn,
    action: &str,
    actor: &str,
    before: Option<String>,
    case_ids: &[String],
) -> anyhow::Result<i64> {
    let mut ids = case_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut entry = Entry::new(action)
        .by(actor)
        .change(before, Some(reading_digest(&ids)));
    entry.record_kind = Some(kind::CASE);
    if let [only] = ids.as_slice() {
        entry.record_id = Some(only);
    }
    // Checked like the entry's own fields: the list holds ids, never a value.
    for id in &ids {
        token("record id", Some(id))?;
    }
    let seq = append(&mut *conn, &entry).await?;
    let rows: Vec<ReadCaseRow> = ids
        .into_iter()
        .map(|case_id| ReadCaseRow { seq, case_id })
        .collect();
    store::insert_read_cases(&mut *conn, &rows)
        .await
        .context("cannot list the cases read")?;
    Ok(seq)
}

/// The app's writer of reading entries (see the module's documentation): a handle to one task that
/// commits the entries of many requests together. Cheap to clone; every clone feeds the same task.
#[derive(Clone)]
pub struct ReadLog {
    jobs: tokio::sync::mpsc::Sender<ReadJob>,
    /// How far this process has verified the chain (see [`verify_since`]): in memory only, so
    /// that nobody who can write to the database can move it.
    checkpoint: std::sync::Arc<std::sync::Mutex<Option<Checkpoint>>>,
}

/// A point up to which a process verified the chain: the entry's number and hash, and how many
/// entries there were up to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub seq: i64,
    pub hash: String,
    pub entries: u64,
}

struct ReadJob {
    actor: String,
    case_ids: Vec<String>,
    done: tokio::sync::oneshot::Sender<anyhow::Result<i64>>,
}

/// The most entries one transaction appends.
const READ_BATCH: usize = 256;

impl ReadLog {
    /// Starts the writer on the current tokio runtime; it stops when every handle is dropped.
    pub fn start(pool: Pool) -> Self {
        let (jobs, queue) = tokio::sync::mpsc::channel(4 * READ_BATCH);
        tokio::spawn(write_reads(pool, queue));
        Self {
            jobs,
            checkpoint: Default::default(),
        }
    }

    fn checkpoint(&self) -> Option<Checkpoint> {
        self.checkpoint
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn set_checkpoint(&self, checkpoint: Option<Checkpoint>) {
        *self.checkpoint.lock().unwrap_or_else(|e| e.into_inner()) = checkpoint;
    }

    /// Appends that `actor` was shown `case_ids`, returning once the entry is committed (its
    /// number), or the error that kept it out: the caller must then not show the cases.
    pub async fn record(&self, actor: &str, case_ids: &[String]) -> anyhow::Result<i64> {
        let (done, committed) = tokio::sync::oneshot::channel();
        let job = ReadJob {
            actor: actor.to_string(),
            case_ids: case_ids.to_vec(),
            done,
        };
        self.jobs
            .send(job)
            .await
            .map_err(|_| anyhow::anyhow!("the audit log's writer has stopped"))?;
        committed
            .await
            .map_err(|_| anyhow::anyhow!("the audit log's writer has stopped"))?
    }
}

/// The writer's loop: waits for an entry, takes every other one already waiting (up to
/// [`READ_BATCH`]), appends them in one transaction and answers each once it is committed. If the
/// batch fails, each entry is tried again in a transaction of its own, so that one bad entry
/// cannot keep the others out and each request gets its own answer.
async fn write_reads(pool: Pool, mut queue: tokio::sync::mpsc::Receiver<ReadJob>) {
    let mut batch = Vec::with_capacity(READ_BATCH);
    while queue.recv_many(&mut batch, READ_BATCH).await > 0 {
        let jobs = std::mem::take(&mut batch);
        match append_reads(&pool, &jobs).await {
            Ok(seqs) => {
                for (job, seq) in jobs.into_iter().zip(seqs) {
                    let _ = job.done.send(Ok(seq));
                }
            }
            Err(e) if jobs.len() == 1 => {
                if let Some(job) = jobs.into_iter().next() {
                    let _ = job.done.send(Err(e));
                }
            }
            Err(_) => {
                for job in jobs {
                    let one = append_reads(&pool, std::slice::from_ref(&job)).await;
                    let _ = job.done.send(one.map(|seqs| seqs[0]));
                }
            }
        }
    }
}

/// Appends the entries of `jobs` in one transaction; their numbers, in order.
async fn append_reads(pool: &Pool, jobs: &[ReadJob]) -> anyhow::Result<Vec<i64>> {
    let mut tx = crate::server::db::begin(pool)
        .await
        .context("cannot start the audit entries")?;
    let mut seqs = Vec::with_capacity(jobs.len());
    for job in jobs {
        seqs.push(append_read(&mut tx, &job.actor, &job.case_ids).await?);
    }
    tx.commit()
        .await
        .context("cannot commit the audit entries")?;
    Ok(seqs)
}

/// Walks the whole chain in one consistent snapshot, a page at a time, and names the first entry
/// that does not hold: a number missing, contents that do not match their hash, a link to the
/// previous entry that does not match, or a head that does not name the last entry.
pub async fn verify(pool: &Pool) -> anyhow::Result<Verification> {
    Ok(verify_from(pool, None).await?.0)
}

/// What the audit page shows: the chain verified from where this process last verified it (the
/// whole chain the first time), so that a view costs the entries written since, not the whole
/// log. A rewrite of the chain that keeps it linked changes the checkpoint entry's hash, which is
/// compared first; an entry before the checkpoint whose contents were changed without relinking
/// is found by `izde audit verify`, which walks everything.
pub async fn verify_since(pool: &Pool, reads: &ReadLog) -> anyhow::Result<Verification> {
    let (verdict, end) = verify_from(pool, reads.checkpoint()).await?;
    reads.set_checkpoint(if verdict.first_broken.is_none() {
        end
    } else {
        None
    });
    Ok(verdict)
}

/// [`verify`] from `start` (None: from the first entry); with the verdict, where it ended.
async fn verify_from(
    pool: &Pool,
    start: Option<Checkpoint>,
) -> anyhow::Result<(Verification, Option<Checkpoint>)> {
    let mut tx = pool
        .begin()
        .await
        .context("cannot start reading the audit log")?;
    // One snapshot: REPEATABLE READ on PostgreSQL; on SQLite (WAL) a read transaction sees the
    // database as it was at its first read.
    store::read_snapshot(&mut tx)
        .await
        .context("cannot start reading the audit log")?;
    let head = store::head(&mut tx)
        .await
        .context("cannot read the audit log's head")?
        .map(|h| (h.seq, h.hash));
    let mut verdict = Verification {
        entries: 0,
        head: head
            .as_ref()
            .map_or_else(|| GENESIS.to_string(), |(_, h)| h.clone()),
        first_broken: None,
    };
    let mut last = 0i64;
    let mut last_hash = GENESIS.to_string();
    // Starts below any number, so that an entry numbered 0 or less is seen too.
    let mut cursor = i64::MIN;
    if let Some(start) = start {
        let still = store::entries_after(&mut tx, start.seq - 1, 1)
            .await
            .context("cannot read the audit log")?;
        if still
            .first()
            .is_none_or(|e| e.seq != start.seq || e.hash != start.hash)
        {
            verdict.first_broken = Some(Broken {
                seq: start.seq,
                reason: "this entry changed since it was last verified: the chain was rewritten"
                    .to_string(),
            });
            tx.rollback().await.ok();
            return Ok((verdict, None));
        }
        (last, cursor, verdict.entries) = (start.seq, start.seq, start.entries);
        last_hash = start.hash;
    }
    loop {
        let page = store::entries_after(&mut tx, cursor, VERIFY_PAGE)
            .await
            .context("cannot read the audit log")?;
        let Some(end) = page.last() else { break };
        let first = page.first().map_or(end.seq, |e| e.seq);
        let mut lists: std::collections::BTreeMap<i64, Vec<String>> = Default::default();
        for row in store::read_cases_between(&mut tx, first, end.seq)
            .await
            .context("cannot read the audit log")?
        {
            lists.entry(row.seq).or_default().push(row.case_id);
        }
        cursor = end.seq;
        for entry in &page {
            let broken = if entry.seq > last + 1 {
                Some((last + 1, format!("entry {} is missing", last + 1)))
            } else if entry.seq != last + 1 {
                Some((entry.seq, "its number is out of sequence".to_string()))
            } else if expected_hash(entry) != entry.hash {
                Some((entry.seq, "its contents do not match its hash".to_string()))
            } else if !read_list_holds(entry, lists.remove(&entry.seq)) {
                Some((
                    entry.seq,
                    "its list of cases read does not match its hash".to_string(),
                ))
            } else if entry.prev_hash != last_hash {
                Some((
                    entry.seq,
                    if last == 0 {
                        "prev_hash is not the start of the chain".to_string()
                    } else {
                        format!("prev_hash does not match entry {last}")
                    },
                ))
            } else {
                None
            };
            if let Some((seq, reason)) = broken {
                verdict.first_broken = Some(Broken { seq, reason });
                tx.rollback().await.ok();
                return Ok((verdict, None));
            }
            verdict.entries += 1;
            last = entry.seq;
            last_hash.clone_from(&entry.hash);
        }
    }
    tx.rollback().await.ok();
    let ends = if last == 0 {
        "the log is empty".to_string()
    } else {
        format!("the log ends at {last}")
    };
    verdict.first_broken = match head {
        None if last > 0 => Some(Broken {
            seq: 1,
            reason: format!("the head is missing but {ends}"),
        }),
        Some((seq, _)) if seq != last => Some(Broken {
            seq: seq.min(last) + 1,
            reason: format!("the head names entry {seq} but {ends}"),
        }),
        Some((_, hash)) if hash != last_hash => Some(Broken {
            seq: last,
            reason: format!("the head's hash does not match entry {last}"),
        }),
        _ => None,
    };
    let end = (last > 0).then_some(Checkpoint {
        seq: last,
        hash: last_hash,
        entries: verdict.entries,
    });
    Ok((verdict, end))
}

/// Whether the cases listed by `entry` are those its hash covers: a reading or search entry's
/// `after_hash` is the digest of its list (reading entries from before lists, with none, list
/// nothing); any other entry lists nothing.
fn read_list_holds(entry: &Stored, listed: Option<Vec<String>>) -> bool {
    let lists = [action::CASE_READ, action::CASE_SEARCH].contains(&entry.action.as_str());
    let covers = |ids: &[String]| entry.after_hash.as_deref() == Some(reading_digest(ids).as_str());
    match listed {
        // A search that matched nothing lists nothing, and says so in its hash.
        None if entry.action == action::CASE_SEARCH => covers(&[]),
        None => entry.action != action::CASE_READ || entry.after_hash.is_none(),
        Some(ids) => lists && covers(&ids),
    }
}

/// An entry's hash as noted outside the server: `HASH@SEQ`, where HASH may be shortened to its first
/// 8 or more hex digits (`izde audit verify` prints the full head).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotedHead {
    pub seq: i64,
    /// Lower-case hex, 8 to 64 digits.
    pub prefix: String,
}

impl FromStr for NotedHead {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let usage = || format!("{text:?} is not HASH@ENTRY (e.g. 3fa9c2e1d07b5a44@1234)");
        let (hash, seq) = text.trim().split_once('@').ok_or_else(usage)?;
        let seq: i64 = seq.parse().map_err(|_| usage())?;
        let prefix = hash.to_ascii_lowercase();
        if seq < 1
            || !(8..=64).contains(&prefix.len())
            || !prefix.bytes().all(|b| b.is_ascii_hexdigit())
        {
            return Err(usage());
        }
        Ok(Self { seq, prefix })
    }
}

impl fmt::Display for NotedHead {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.prefix, self.seq)
    }
}

/// Whether entry `noted.seq` still has the noted hash: `None` when it does, else what differs. A
/// chain rewritten from that entry back verifies on its own, but fails this.
pub async fn check_noted(pool: &Pool, noted: &NotedHead) -> anyhow::Result<Option<String>> {
    let found = store::hash_of(pool, noted.seq)
        .await
        .context("cannot read the audit log")?;
    Ok(match found {
        None => Some(format!(
            "the noted head is entry {}, which the log no longer has",
            noted.seq
        )),
        Some(hash) if !hash.starts_with(&noted.prefix) => Some(format!(
            "entry {} has the hash {hash}, not the noted {}",
            noted.seq, noted.prefix
        )),
        Some(_) => None,
    })
}

impl From<ListedRow> for AuditRow {
    fn from(l: ListedRow) -> Self {
        let e = l.entry;
        AuditRow {
            seq: e.seq,
            at: e.at,
            actor: e.actor,
            actor_username: l.actor_username,
            action: e.action,
            record_kind: e.record_kind,
            record_id: e.record_id,
            before_hash: e.before_hash,
            after_hash: e.after_hash,
            hash: e.hash,
            read_cases: Vec::new(),
        }
    }
}

/// One page of the log, newest first, and how many entries match the filter. A malformed date is
/// an [`InvalidDate`](crate::domain::audit::InvalidDate) error.
pub async fn list(pool: &Pool, filter: &AuditFilter) -> anyhow::Result<(Vec<AuditRow>, u64)> {
    let range = filter.time_range()?;
    let conditions = ListFilter {
        actor: AuditFilter::text(&filter.actor),
        action: AuditFilter::text(&filter.action),
        record_id: AuditFilter::text(&filter.record_id),
        start: range.start.as_deref(),
        end: range.end.as_deref(),
    };
    let total = store::count(pool, &conditions)
        .await
        .context("cannot count the audit entries")?;
    let size = i64::from(filter.page_size());
    let rows = store::list(pool, &conditions, size, i64::from(filter.page() - 1) * size)
        .await
        .context("cannot read the audit log")?;
    let seqs: Vec<i64> = rows.iter().map(|r| r.entry.seq).collect();
    let mut items: Vec<AuditRow> = rows.into_iter().map(Into::into).collect();
    for read in store::read_cases_of(pool, &seqs)
        .await
        .context("cannot read the audit log")?
    {
        if let Some(item) = items.iter_mut().find(|i| i.seq == read.seq) {
            item.read_cases.push(read.case_id);
        }
    }
    Ok((items, total.max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, prev_hash: &str) -> Stored {
        let mut e = Stored {
            seq,
            at: "2024-05-01T12:00:00.000Z".into(),
            actor: Some("0193a1f2-0000-7000-8000-000000000001".into()),
            action: action::CASE_UPDATE.into(),
            record_kind: Some(kind::CASE.into()),
            record_id: Some("0193a1f2-0000-7000-8000-000000000002".into()),
            before_hash: Some(digest(&[b"old"])),
            after_hash: None,
            prev_hash: prev_hash.into(),
            hash: String::new(),
        };
        e.hash = expected_hash(&e);
        e
    }

    #[test]
    fn digests_are_length_prefixed() {
        assert_ne!(digest(&[b"ab", b"c"]), digest(&[b"a", b"bc"]));
        assert_ne!(digest(&[b"abc"]), digest(&[b"abc", b""]));
        // SHA-256 of the 8-byte length 3 followed by "abc", computed independently.
        assert_eq!(
            digest(&[b"abc"]),
            "c3494ca1a2cf8eeb8a11ded316fb55b83c3bbbedb6313cd50415251e5d09e12f"
        );
    }

    #[test]
    fn an_entry_hash_matches_the_documented_encoding() {
        // Computed from the module's description with another implementation (Python's hashlib).
        let e = entry(2, GENESIS);
        assert_eq!(
            e.hash,
            "8e758285474e8986ef35a337ae6baa5b443a480b1b7c095ea9fd316f0f8faa3f"
        );
    }

    #[test]
    fn every_field_is_covered_by_the_hash() {
        let base = entry(7, &digest(&[b"previous"]));
        let changes: [fn(&mut Stored); 10] = [
            |e| e.seq += 1,
            |e| e.at.push('Z'),
            |e| e.actor = None,
            |e| e.action = action::CASE_READ.into(),
            |e| e.record_kind = Some(kind::EVENT.into()),
            |e| e.record_id = None,
            |e| e.before_hash = None,
            |e| e.after_hash = Some(digest(&[b"new"])),
            |e| e.prev_hash = GENESIS.into(),
            // NULL and empty text differ.
            |e| e.actor = Some(String::new()),
        ];
        for (i, change) in changes.iter().enumerate() {
            let mut changed = base.clone();
            change(&mut changed);
            assert_ne!(expected_hash(&changed), base.hash, "change {i}");
        }
        assert_eq!(expected_hash(&base), base.hash);
    }

    #[test]
    fn entries_refuse_anything_but_ids_names_and_digests() {
        let ok = Entry::new(action::CASE_UPDATE)
            .by("0193a1f2-0000-7000-8000-000000000001")
            .on(kind::CASE, "0193a1f2-0000-7000-8000-000000000002")
            .change(None, Some(digest(&[b"x"])));
        assert!(ok.check().is_ok());
        let name = Entry::new(action::CASE_UPDATE).on(kind::CASE, "Erlan Serikuly");
        let err = name.check().unwrap_err().to_string();
        assert!(err.contains("record id") && !err.contains("Erlan"), "{err}");
        let plain = ok.clone().change(Some("Erlan Serikuly".into()), None);
        assert!(plain.check().is_err());
        let upper = ok.change(Some(digest(&[b"x"]).to_uppercase()), None);
        assert!(upper.check().is_err());
        assert!(Entry::new("").check().is_err());
    }

    #[test]
    fn a_noted_head_is_parsed_strictly() {
        let noted: NotedHead = "3FA9C2E1D07B@12".parse().unwrap();
        assert_eq!(
            noted,
            NotedHead {
                seq: 12,
                prefix: "3fa9c2e1d07b".into()
            }
        );
        assert_eq!(noted.to_string(), "3fa9c2e1d07b@12");
        for bad in [
            "3fa9c2e1",
            "3fa9@12",
            "3fa9c2e1d07b@0",
            "xyz9c2e1d07b@3",
            "3fa9c2e1@x",
        ] {
            assert!(bad.parse::<NotedHead>().is_err(), "{bad}");
        }
    }
}
