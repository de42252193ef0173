//! The evidence locker: files (videos, photos, documents) attached to a case, one of its
//! testimonies or one of its sources, stored sealed in chunks under the case's key.
//!
//! An upload streams: the server never holds a whole file. As the bytes arrive they are hashed
//! (SHA-256 of the original), sealed a chunk at a time (server::crypto::chunks) and written to the
//! blob store ([`store`]); only when the last byte is in does one transaction record the file (its
//! name, hash and key sealed with the case's key) and the audit entry. An upload that fails — too
//! large, empty, cut off, refused — leaves nothing behind: the partial blob is removed.
//!
//! Reading opens only the chunks a range needs, so a video seeks without the rest being read.
//! Only readers of the case's sealed fields get the bytes, the name or the hash; every read is in
//! the audit log.

pub mod archive;
pub mod fetch;
pub mod store;

use crate::domain::audit::{action, kind};
use crate::domain::evidence::EvidenceItem;
use crate::domain::forms::FieldErrors;
use crate::i18n::tr;
use crate::server::audit;
use crate::server::auth::access::{self, Actor};
use crate::server::context::Context;
use crate::server::crypto::chunks::{FileKey, Layout, CHUNK_SIZE};
use crate::server::crypto::{DataKey, FieldRef};
use crate::server::db::evidence::{self as repo, EvidenceRow};
use crate::server::db::{self, Conn, Pool};
use crate::server::records::{self, Reading, RecordError};
use anyhow::Context as _;
use axum::body::Bytes;
use futures_util::{Stream, StreamExt};
use sha2::{Digest, Sha256};
use std::ops::Range;
use store::BlobStore;
use uuid::Uuid;

type Result<T> = std::result::Result<T, RecordError>;

/// The setting that holds the largest file an upload may store, in bytes.
pub const MAX_FILE_SETTING: &str = "evidence_max_bytes";
/// The largest file when an admin has set none: 2 GiB.
pub const DEFAULT_MAX_FILE: u64 = 2 * 1024 * 1024 * 1024;
/// How many chunks one read from the blob store fetches (1 MiB of the original).
const CHUNKS_PER_READ: u64 = 16;
/// How many of a file's first bytes are read to tell its type.
const SNIFF_LEN: usize = 8192;
/// The longest file name kept (in characters).
const MAX_NAME_CHARS: usize = 255;

/// The largest file an upload may store (the admin's setting, or [`DEFAULT_MAX_FILE`]).
pub async fn max_file_bytes(pool: &Pool) -> Result<u64> {
    Ok(db::settings::get(pool, MAX_FILE_SETTING)
        .await?
        .and_then(|v| v.parse().ok())
        .filter(|&n: &u64| n > 0)
        .unwrap_or(DEFAULT_MAX_FILE))
}

/// What a file documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attach {
    Case,
    Testimony(Uuid),
    Source(Uuid),
}

impl Attach {
    /// Reads the form's choice: "case", "testimony:<id>" or "source:<id>".
    pub fn parse(value: &str) -> Option<Self> {
        match value.split_once(':') {
            None if value == "case" || value.is_empty() => Some(Self::Case),
            Some(("testimony", id)) => Uuid::parse_str(id).ok().map(Self::Testimony),
            Some(("source", id)) => Uuid::parse_str(id).ok().map(Self::Source),
            _ => None,
        }
    }

    fn columns(&self, case: Uuid) -> (&'static str, String) {
        match self {
            Self::Case => ("case", case.to_string()),
            Self::Testimony(id) => ("testimony", id.to_string()),
            Self::Source(id) => ("source", id.to_string()),
        }
    }
}

/// A file's kind and the type it is served with, from its first bytes (never from its name): a
/// file whose content is not a known video, audio, image or PDF format is "other", served as
/// `application/octet-stream` and only ever downloaded. Images are shown in the page only in the
/// raster formats browsers decode without running anything (not SVG, which may carry script).
pub fn detect(head: &[u8]) -> (&'static str, String) {
    const IMAGES: &[&str] = &[
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/avif",
        "image/bmp",
    ];
    let Some(found) = infer::get(head) else {
        return ("other", "application/octet-stream".into());
    };
    let mime = found.mime_type();
    let kind = match mime {
        "application/pdf" => "pdf",
        m if m.starts_with("video/") => "video",
        m if m.starts_with("audio/") => "audio",
        m if IMAGES.contains(&m) => "image",
        _ => return ("other", "application/octet-stream".into()),
    };
    (kind, mime.to_string())
}

/// The name a file is kept under: the last part of what the browser sent, trimmed, at most
/// [`MAX_NAME_CHARS`] characters.
fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default().trim();
    let kept: String = last
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    if kept.is_empty() {
        "unnamed file".into()
    } else {
        kept
    }
}

fn invalid(field: &str, message: impl Into<String>) -> RecordError {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    RecordError::Invalid(errors)
}

/// A new file for a case.
pub struct NewFile<'a> {
    pub case_id: &'a str,
    /// What it documents (the form's "attach" field; see [`Attach::parse`]).
    pub attach: &'a str,
    /// The file's name as the browser sent it.
    pub name: &'a str,
}

/// What a file's bytes were, once all of them arrived.
struct Received {
    size: u64,
    sha256: String,
    kind: &'static str,
    media_type: String,
}

/// Stores a file read from `body` for a case: refused unless `actor` may change the case; an
/// empty, oversized or cut-off upload leaves nothing behind. Returns the file's id.
pub async fn add_file<S, E>(
    cx: &Context,
    blobs: &BlobStore,
    actor: &Actor,
    new: NewFile<'_>,
    body: S,
) -> Result<Uuid>
where
    S: Stream<Item = std::result::Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let case = records::parse_id(new.case_id)?;
    let attach = Attach::parse(new.attach).ok_or_else(|| {
        let lang = crate::i18n::current();
        invalid("attach", tr!(lang, "evidence-choose-target"))
    })?;
    {
        let mut conn = cx.pool.acquire().await.context("acquire")?;
        check_target(&mut conn, cx, actor, case, &attach).await?;
    }
    let pending = receive_pending(cx, blobs, new.name, body).await?;
    match record_file(cx, actor, case, &attach, &pending).await {
        Ok(()) => Ok(pending.id),
        Err(e) => {
            // The row was not written: the bytes must not stay either.
            pending.discard(blobs).await;
            Err(e)
        }
    }
}

/// Refuses unless `actor` may change the case and the testimony or source is the case's.
async fn check_target(
    conn: &mut Conn,
    cx: &Context,
    actor: &Actor,
    case: Uuid,
    attach: &Attach,
) -> Result<()> {
    let row = db::records::get_case(&mut *conn, &case.to_string())
        .await?
        .ok_or(RecordError::NotFound)?;
    access::require_edit(
        &mut *conn,
        &cx.clock,
        actor,
        &row.id,
        row.created_by.as_deref(),
    )
    .await?;
    let (kind, id) = attach.columns(case);
    if kind != "case" && !repo::item_of_case(&mut *conn, kind, &id, &row.id).await? {
        let lang = crate::i18n::current();
        return Err(invalid("attach", tr!(lang, "evidence-not-of-case")));
    }
    Ok(())
}

/// Reads the whole body: hashes it, seals it in chunks and writes them; fails on a body over
/// `limit` bytes, an empty one or one cut off.
async fn receive<S, E>(
    key: &FileKey,
    writer: &mut store::BlobWriter,
    mut body: S,
    limit: u64,
) -> Result<Received>
where
    S: Stream<Item = std::result::Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let mut sealer = key.sealer();
    let mut hasher = Sha256::new();
    let mut head = Vec::with_capacity(SNIFF_LEN);
    let mut size: u64 = 0;
    let mut out = Vec::with_capacity(2 * CHUNK_SIZE as usize);
    while let Some(piece) = body.next().await {
        let piece = piece.map_err(|e| {
            tracing::info!(error = %e, "an upload was cut off");
            let lang = crate::i18n::current();
            invalid("file", tr!(lang, "evidence-cut-off"))
        })?;
        size += piece.len() as u64;
        if size > limit {
            let lang = crate::i18n::current();
            let limit = crate::domain::evidence::size_label(limit);
            return Err(invalid(
                "file",
                tr!(lang, "evidence-too-large", {"limit" => limit}),
            ));
        }
        if head.len() < SNIFF_LEN {
            let take = (SNIFF_LEN - head.len()).min(piece.len());
            head.extend_from_slice(&piece[..take]);
        }
        hasher.update(&piece);
        sealer
            .push(&piece, &mut out)
            .map_err(|e| RecordError::Internal(e.into()))?;
        if !out.is_empty() {
            writer.write(&out).await.map_err(RecordError::Internal)?;
            out.clear();
        }
    }
    if size == 0 {
        let lang = crate::i18n::current();
        return Err(invalid("file", tr!(lang, "evidence-empty")));
    }
    sealer
        .finish(&mut out)
        .map_err(|e| RecordError::Internal(e.into()))?;
    writer.write(&out).await.map_err(RecordError::Internal)?;
    let (kind, media_type) = detect(&head);
    Ok(Received {
        size,
        sha256: hex::encode(hasher.finalize()),
        kind,
        media_type,
    })
}

/// Writes the row of a file received for `case` and its audit entry in one transaction.
async fn record_file(
    cx: &Context,
    actor: &Actor,
    case: Uuid,
    attach: &Attach,
    pending: &Pending,
) -> Result<()> {
    let mut tx = db::begin(&cx.pool).await?;
    // Checked again under the case's lock: the case may have changed hands during the upload.
    let (_, dek) = records::open_for_edit(&mut tx, cx, actor, case).await?;
    check_target(&mut tx, cx, actor, case, attach).await?;
    insert_file(&mut tx, &dek, actor, attach, pending, &cx.clock.stamp()).await?;
    tx.commit().await?;
    Ok(())
}

/// Inserts a stored file's row (its name, hash and key sealed with `dek`, its case's key) and the
/// audit entry, through the caller's transaction.
async fn insert_file(
    conn: &mut Conn,
    dek: &DataKey,
    actor: &Actor,
    attach: &Attach,
    pending: &Pending,
    now: &str,
) -> Result<()> {
    let Pending {
        id: file,
        key,
        name,
        received,
    } = pending;
    let file = *file;
    let case = dek.owner();
    let (attached_kind, attached_id) = attach.columns(case);
    let field = |name| FieldRef::of_row(case, name, file);
    let evidence = EvidenceRow {
        id: file.to_string(),
        case_id: case.to_string(),
        attached_kind: attached_kind.into(),
        attached_id,
        kind: received.kind.into(),
        media_type: received.media_type.clone(),
        size_bytes: i64::try_from(received.size).context("a file size over i64")?,
        name_sealed: dek.seal(&field("evidence_files.name"), &clean_name(name)),
        sha256_sealed: dek.seal(&field("evidence_files.sha256"), &received.sha256),
        key_sealed: key.seal_under(dek),
        added_by: actor.user_id().map(str::to_string),
        added_at: now.to_string(),
        checked_at: None,
        damaged_at: None,
    };
    db::sql::insert(&mut *conn, std::slice::from_ref(&evidence)).await?;
    let digest = audit::digest(&[
        evidence.case_id.as_bytes(),
        evidence.kind.as_bytes(),
        &evidence.name_sealed,
        &evidence.sha256_sealed,
        &evidence.key_sealed,
    ]);
    audit::append(
        &mut *conn,
        &records::entry(actor, action::EVIDENCE_ADD, kind::EVIDENCE, &evidence.id)
            .change(None, Some(digest)),
    )
    .await?;
    Ok(())
}

/// A file received into the store before its row is written (an upload, checked again under the
/// case's lock; the recording sent with an intake, whose case does not exist yet): its bytes
/// hashed and sealed under its own key; then recorded ([`record_pending`] in the intake's
/// transaction) or removed ([`Pending::discard`]).
pub struct Pending {
    id: Uuid,
    key: FileKey,
    name: String,
    received: Received,
}

impl Pending {
    /// Removes the stored bytes of a file that will not be recorded.
    pub async fn discard(self, blobs: &BlobStore) {
        if let Err(e) = blobs.delete(&self.id.to_string()).await {
            tracing::warn!(error = ?e, "an unrecorded file could not be removed from the store");
        }
    }
}

/// Stores a file read from `body` before its row is written; an empty, oversized or cut-off one
/// leaves nothing behind.
pub async fn receive_pending<S, E>(
    cx: &Context,
    blobs: &BlobStore,
    name: &str,
    body: S,
) -> Result<Pending>
where
    S: Stream<Item = std::result::Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let limit = max_file_bytes(&cx.pool).await?;
    let id = Uuid::new_v4();
    let key = FileKey::generate(id);
    let mut writer = blobs
        .writer(&id.to_string())
        .await
        .map_err(RecordError::Internal)?;
    let received = match receive(&key, &mut writer, body, limit).await {
        Ok(received) => received,
        Err(e) => {
            writer.abort().await;
            return Err(e);
        }
    };
    if let Err(e) = writer.finish().await {
        let _ = blobs.delete(&id.to_string()).await;
        return Err(RecordError::Internal(e));
    }
    Ok(Pending {
        id,
        key,
        name: name.to_string(),
        received,
    })
}

/// Records a pending file for a testimony of the case whose key is `dek`, in the caller's
/// transaction (the intake's).
pub(crate) async fn record_pending(
    conn: &mut Conn,
    dek: &DataKey,
    actor: &Actor,
    testimony: Uuid,
    pending: &Pending,
    now: &str,
) -> Result<()> {
    insert_file(
        conn,
        dek,
        actor,
        &Attach::Testimony(testimony),
        pending,
        now,
    )
    .await
}

/// The files of a case as the page lists them; names, hashes and who added them are opened only
/// for a whole reading.
pub async fn items_of(
    conn: &mut Conn,
    dek: &DataKey,
    case_id: &str,
    reading: Reading,
) -> Result<Vec<EvidenceItem>> {
    let whole = reading == Reading::Whole;
    let mut items = Vec::new();
    for r in repo::of_case(&mut *conn, case_id).await? {
        let id = records::parse_id(&r.id)?;
        let field = |name| FieldRef::of_row(dek.owner(), name, id);
        let (name, sha256, added_by) = if whole {
            (
                Some(dek.open(&field("evidence_files.name"), &r.name_sealed)?),
                Some(dek.open(&field("evidence_files.sha256"), &r.sha256_sealed)?),
                match r.added_by.as_deref() {
                    Some(user) => db::accounts::username_of(&mut *conn, user).await?,
                    None => None,
                },
            )
        } else {
            (None, None, None)
        };
        items.push(EvidenceItem {
            id: r.id,
            kind: r.kind,
            media_type: r.media_type,
            size_bytes: u64::try_from(r.size_bytes).unwrap_or_default(),
            attached_kind: r.attached_kind,
            attached_id: r.attached_id,
            added_at: r.added_at,
            added_by,
            damaged: r.damaged_at.is_some(),
            checked_at: r.checked_at,
            name: name.map(|n| n.expose().to_string()),
            sha256: sha256.map(|h| h.expose().to_string()),
        });
    }
    Ok(items)
}

/// Puts each source's archive (if its page was archived) on the case page's sources.
pub async fn attach_archives(
    conn: &mut Conn,
    case_id: &str,
    sources: &mut [crate::domain::case::SourceView],
) -> Result<()> {
    for a in repo::archives_of(&mut *conn, case_id).await? {
        if let Some(s) = sources.iter_mut().find(|s| s.id.to_string() == a.source_id) {
            s.archive = Some(crate::domain::evidence::ArchiveView {
                evidence_id: a.evidence_id,
                url: a.url,
                final_url: a.final_url,
                http_status: a.http_status,
                archived_at: a.archived_at,
                state: a.state,
                state_since: a.state_since,
                checked_at: a.checked_at,
            });
        }
    }
    Ok(())
}

/// A stored file opened for reading: its row, name and key.
pub struct Opened {
    pub row: EvidenceRow,
    /// The name as uploaded.
    pub name: crate::domain::Sensitive,
    key: FileKey,
}

impl Opened {
    /// The original's size.
    pub fn size(&self) -> u64 {
        u64::try_from(self.row.size_bytes).unwrap_or_default()
    }
}

/// How a file is read: played or shown in the page, or downloaded whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadKind {
    View,
    Download,
}

/// Opens a file of a case for `actor`: refused (Forbidden) unless they may read the case's
/// sealed fields; the read is in the audit log before a byte is sent.
pub async fn open_file(
    cx: &Context,
    actor: &Actor,
    case_id: &str,
    file_id: &str,
    how: ReadKind,
) -> Result<Opened> {
    let case = records::parse_id(case_id)?;
    let file = records::parse_id(file_id)?;
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    let row = db::records::get_case(&mut conn, &case.to_string())
        .await?
        .ok_or(RecordError::NotFound)?;
    let evidence = repo::get(&mut conn, &row.id, &file.to_string())
        .await?
        .ok_or(RecordError::NotFound)?;
    let access = access::case_access(
        &mut conn,
        &cx.clock,
        actor,
        &row.id,
        row.created_by.as_deref(),
    )
    .await?;
    if !access.sensitive {
        let lang = crate::i18n::current();
        return Err(RecordError::Forbidden(tr!(lang, "evidence-forbidden")));
    }
    let dek = cx.keys.unwrap_data_key(case, &row.dek_wrapped)?;
    let key = FileKey::open_under(&dek, file, &evidence.key_sealed)?;
    let name = dek.open(
        &FieldRef::of_row(case, "evidence_files.name", file),
        &evidence.name_sealed,
    )?;
    drop(conn);
    let what = match how {
        ReadKind::View => action::EVIDENCE_VIEW,
        ReadKind::Download => action::EVIDENCE_DOWNLOAD,
    };
    audit::record(
        &cx.pool,
        &records::entry(actor, what, kind::EVIDENCE, &evidence.id),
    )
    .await?;
    Ok(Opened {
        row: evidence,
        name,
        key,
    })
}

/// Why a stored file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("the stored file could not be read: {0:#}")]
    Store(anyhow::Error),
    /// A chunk failed to open, or the stored file is shorter than its record says.
    #[error("a chunk of a stored file does not open: it was changed, moved or cut off")]
    Damaged,
}

impl From<ReadError> for std::io::Error {
    fn from(e: ReadError) -> Self {
        std::io::Error::other(e)
    }
}

/// The original bytes `range` of an opened file (non-empty, inside the file), read from the store
/// and opened [`CHUNKS_PER_READ`] chunks at a time: a stream that fails at the first chunk that
/// does not open.
pub fn read_range(
    blobs: BlobStore,
    opened: &Opened,
    range: Range<u64>,
) -> impl Stream<Item = std::result::Result<Bytes, ReadError>> + Send + 'static {
    let layout = Layout {
        size: opened.size(),
    };
    let opener = std::sync::Arc::new(opened.key.opener(layout));
    let file = opened.row.id.clone();
    let (first, last) = layout.chunks_of(&range);
    futures_util::stream::try_unfold(first, move |next| {
        let (blobs, file, range) = (blobs.clone(), file.clone(), range.clone());
        let opener = opener.clone();
        async move {
            if next > last {
                return Ok(None);
            }
            let upto = (next + CHUNKS_PER_READ - 1).min(last);
            let span = layout.sealed_range(next, upto);
            let sealed = blobs
                .read(&file, span.clone())
                .await
                .map_err(ReadError::Store)?;
            if sealed.len() as u64 != span.end - span.start {
                return Err(ReadError::Damaged);
            }
            let mut out = Vec::with_capacity(((upto - next + 1) * CHUNK_SIZE) as usize);
            for index in next..=upto {
                let at = layout.sealed_range(index, index);
                let chunk =
                    &sealed[(at.start - span.start) as usize..(at.end - span.start) as usize];
                let plain = opener.open(index, chunk).map_err(|_| ReadError::Damaged)?;
                let p = layout.plain_range(index);
                let from = range.start.max(p.start) - p.start;
                let to = range.end.min(p.end) - p.start;
                out.extend_from_slice(&plain[from as usize..to as usize]);
            }
            Ok(Some((Bytes::from(out), upto + 1)))
        }
    })
}

/// What an integrity check found.
#[derive(Debug, Default)]
pub struct Verification {
    /// Files read whole.
    pub checked: u64,
    /// Their original bytes, in all.
    pub bytes: u64,
    /// The files whose chunks, size or hash no longer hold: (case, file).
    pub damaged: Vec<(String, String)>,
}

/// Reads every stored file whole, checking every chunk, its size and its SHA-256 against the
/// sealed one; notes each file's check, and writes an audit entry for a file first found damaged.
pub async fn verify_all(cx: &Context, blobs: &BlobStore) -> anyhow::Result<Verification> {
    let mut report = Verification::default();
    let files = {
        let mut conn = cx.pool.acquire().await.context("acquire")?;
        repo::all_ids(&mut conn).await?
    };
    for (file, case) in files {
        let sound = match check_file(cx, blobs, &case, &file).await? {
            Some(size) => {
                report.bytes += size;
                true
            }
            None => false,
        };
        report.checked += 1;
        let mut tx = db::begin(&cx.pool).await?;
        let was_damaged = repo::get(&mut tx, &case, &file)
            .await?
            .is_some_and(|r| r.damaged_at.is_some());
        repo::mark_checked(&mut tx, &file, &cx.clock.stamp(), !sound).await?;
        if !sound && !was_damaged {
            audit::append(
                &mut tx,
                &audit::Entry::new(action::EVIDENCE_DAMAGED).on(kind::EVIDENCE, &file),
            )
            .await?;
        }
        tx.commit().await?;
        if !sound {
            tracing::warn!(%case, %file, "a stored evidence file is damaged");
            report.damaged.push((case, file));
        }
    }
    Ok(report)
}

/// Reads one file whole: its size when every chunk opens, the stored form has exactly its size
/// and the original's SHA-256 matches; None when not.
async fn check_file(
    cx: &Context,
    blobs: &BlobStore,
    case_id: &str,
    file_id: &str,
) -> anyhow::Result<Option<u64>> {
    let mut conn = cx.pool.acquire().await.context("acquire")?;
    check_stored(&mut conn, &cx.keys, blobs, case_id, file_id).await
}

/// [`check_file`] through a connection (a restore's transaction) with `keys`. A file whose record
/// is gone (erased meanwhile) counts as sound.
pub async fn check_stored(
    conn: &mut Conn,
    keys: &crate::server::crypto::ServerKeys,
    blobs: &BlobStore,
    case_id: &str,
    file_id: &str,
) -> anyhow::Result<Option<u64>> {
    let case = Uuid::parse_str(case_id).context("a case id is not a UUID")?;
    let file = Uuid::parse_str(file_id).context("a file id is not a UUID")?;
    let Some(row) = repo::get(&mut *conn, case_id, file_id).await? else {
        return Ok(Some(0));
    };
    let case_row = db::records::get_case(&mut *conn, case_id)
        .await?
        .context("a file's case is missing")?;
    let dek = keys.unwrap_data_key(case, &case_row.dek_wrapped)?;
    let opened = Opened {
        key: FileKey::open_under(&dek, file, &row.key_sealed)?,
        name: crate::domain::Sensitive::new(""),
        row,
    };
    let expected = dek.open(
        &FieldRef::of_row(case, "evidence_files.sha256", file),
        &opened.row.sha256_sealed,
    )?;
    let size = opened.size();
    if blobs.size(file_id).await? != Some(Layout { size }.sealed_size()) {
        return Ok(None);
    }
    let mut hasher = Sha256::new();
    let mut chunks = std::pin::pin!(read_range(blobs.clone(), &opened, 0..size));
    while let Some(piece) = chunks.next().await {
        match piece {
            Ok(bytes) => hasher.update(&bytes),
            Err(ReadError::Damaged) => return Ok(None),
            Err(ReadError::Store(e)) => return Err(e),
        }
    }
    Ok((hex::encode(hasher.finalize()) == expected.expose()).then_some(size))
}
