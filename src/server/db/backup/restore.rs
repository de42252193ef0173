//! Restoring a backup: the stream read and checked line by line, the rows written in one
//! transaction into a database that holds no records.

use super::*;
use crate::server::evidence::store::{BlobStore, BlobWriter};

/// What the reader thread hands over, line by line.
enum Item {
    Header(Box<Header>),
    Table(TableHeader),
    Row(Vec<serde_json::Value>),
    /// An evidence file begins; its sealed bytes follow in parts.
    File(FileHeader),
    Part(Vec<u8>),
    /// The last line, and the SHA-256 of every line before it (already compared with its own).
    End(Totals, Vec<u8>),
}

/// A value ready to bind, typed so that PostgreSQL accepts even its NULLs.
enum Value {
    Null(Kind),
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl Value {
    fn from_json(value: serde_json::Value, kind: Kind) -> Option<Value> {
        use serde_json::Value as J;
        Some(match (value, kind) {
            (J::Null, kind) => Value::Null(kind),
            (J::Number(n), Kind::Integer) => Value::Integer(n.as_i64()?),
            (J::Number(n), Kind::Real) => Value::Real(n.as_f64()?),
            (J::String(s), Kind::Text) => Value::Text(s),
            (J::String(s), Kind::Blob) => {
                Value::Blob(base64::engine::general_purpose::STANDARD.decode(s).ok()?)
            }
            _ => return None,
        })
    }

    fn bind<'q>(&'q self, values: &mut Values<'_, 'q>) {
        match self {
            Value::Null(Kind::Integer) => values.bind(None::<i64>),
            Value::Null(Kind::Real) => values.bind(None::<f64>),
            Value::Null(Kind::Text) => values.bind(None::<String>),
            Value::Null(Kind::Blob) => values.bind(None::<Vec<u8>>),
            Value::Integer(v) => values.bind(*v),
            Value::Real(v) => values.bind(*v),
            Value::Text(v) => values.bind(v.as_str()),
            Value::Blob(v) => values.bind(v.as_slice()),
        };
    }
}

/// Opens a backup file for reading lines: decrypts it with `identity` when it is an age file.
fn open_backup(file: &Path, identity: &OnlineIdentity) -> anyhow::Result<Box<dyn BufRead + Send>> {
    let mut raw = BufReader::new(
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
    );
    let encrypted = raw
        .fill_buf()
        .map(backup_stream::is_encrypted)
        .with_context(|| format!("cannot read {}", file.display()))?;
    if !encrypted {
        bail!(
            "{} is not an encrypted Izde backup (not an age file). Izde writes every backup \
             encrypted and refuses plain ones: anyone could have written it; nothing was changed",
            file.display()
        );
    }
    let reader = backup_stream::decrypt_with(identity, raw).map_err(|e| match e {
        StreamError::NotAge(e) => {
            anyhow::anyhow!("{} is not a readable age file: {e}", file.display())
        }
        StreamError::OtherKeys => anyhow::anyhow!(
            "{} is encrypted to other keys than this server's ({}): it is from a \
             different installation, or needs that installation's key",
            file.display(),
            identity.recipient()
        ),
        other => anyhow::anyhow!("cannot decrypt {}: {other}", file.display()),
    })?;
    Ok(Box::new(BufReader::with_capacity(1 << 20, reader)))
}

/// The reader thread: parses lines, checks the trailer's hash, and hands items over.
fn read_items(
    mut reader: Box<dyn BufRead + Send>,
    sender: tokio::sync::mpsc::Sender<anyhow::Result<Item>>,
) {
    let mut hasher = Sha256::new();
    let mut line = Vec::new();
    let mut number = 0u64;
    loop {
        line.clear();
        let read = match reader.read_until(b'\n', &mut line) {
            Ok(n) => n,
            Err(e) => {
                let _ = sender.blocking_send(Err(anyhow::anyhow!(
                    "the backup is damaged or cut short (after line {number}): {e}"
                )));
                return;
            }
        };
        if read == 0 || line.last() != Some(&b'\n') {
            let _ = sender.blocking_send(Err(anyhow::anyhow!(
                "the backup is incomplete: it ends after line {number} without its closing line \
                 (the file was cut short, or the backup was stopped before it finished)"
            )));
            return;
        }
        number += 1;
        let item = if line.first() == Some(&b'[') {
            serde_json::from_slice(&line)
                .map(Item::Row)
                .map_err(|e| e.to_string())
        } else {
            serde_json::from_slice::<Marker>(&line)
                .map_err(|e| e.to_string())
                .and_then(|m| {
                    Ok(match m {
                        Marker::Header(h) => Item::Header(h),
                        Marker::Table(t) => Item::Table(t),
                        Marker::File(f) => Item::File(f),
                        Marker::Part(b64) => Item::Part(
                            base64::engine::general_purpose::STANDARD
                                .decode(b64)
                                .map_err(|e| e.to_string())?,
                        ),
                        // The digest is filled in below, once the line is known to be the last.
                        Marker::End(t) => Item::End(t, Vec::new()),
                    })
                })
        };
        let mut item = match item {
            Ok(item) => item,
            Err(e) => {
                let _ = sender.blocking_send(Err(anyhow::anyhow!(
                    "line {number} of the backup is not valid: {e}"
                )));
                return;
            }
        };
        if let Item::End(totals, digest) = &mut item {
            *digest = hasher.finalize_reset().to_vec();
            let mut rest = [0u8; 1];
            let problem = if hex::encode(&*digest) != totals.sha256 {
                Some("the backup's checksum does not match its contents: the file was altered")
            } else if reader.read(&mut rest).map(|n| n > 0).unwrap_or(true) {
                Some("the backup has data after its closing line: the file was altered")
            } else {
                None
            };
            let _ = sender.blocking_send(match problem {
                Some(problem) => Err(anyhow::anyhow!(problem)),
                None => Ok(item),
            });
            return;
        }
        hasher.update(&line);
        if sender.blocking_send(Ok(item)).is_err() {
            return;
        }
    }
}

/// Completes the evidence file being written, if its size is the one the backup announced.
async fn finish_file(file: Option<(FileHeader, BlobWriter, u64)>) -> anyhow::Result<()> {
    let Some((header, writer, done)) = file else {
        return Ok(());
    };
    if done != header.size {
        writer.abort().await;
        bail!(
            "an evidence file of the backup has {done} bytes, not the {} it announced: the file was \
             altered",
            header.size
        );
    }
    writer.finish().await
}

/// What a backup would install, shown to the administrator before a restore commits: who could
/// open the keys, who could administer, and where the audit trail stands.
#[derive(Debug)]
pub struct Installing {
    pub installation: String,
    pub created_at: String,
    pub cases: u64,
    /// Who can open the key-encryption key (public keys and labels).
    pub recipients: Vec<crate::server::crypto::keyring::Recipient>,
    /// The usernames of the enabled admin accounts.
    pub admins: Vec<String>,
    /// The audit log's head: its last entry's number and hash.
    pub audit_head: Option<(i64, String)>,
    /// True when the keyring's tags were checked with the server's own key; false when the restore
    /// is made with an offline recovery key, which cannot check them: the tags are made again with
    /// that key if the administrator confirms.
    pub keyring_checked: bool,
    /// The public key of the identity restoring (which becomes the server's key when it was a
    /// recovery key).
    pub restoring_key: String,
}

/// Asked before a restore commits; an error refuses it (and nothing is written).
pub type Confirm<'a> = &'a mut (dyn FnMut(&Installing) -> anyhow::Result<()> + Send);

/// Restores `file` into the database at `url`, which must hold no records.
///
/// Checks, before anything is written: the file is `age`, decrypts with `identity`, was made by a
/// schema this build knows; the target is empty and not newer than the backup. Then migrates the
/// target to the backup's schema version and inserts every row in one transaction, which commits
/// only after: the closing line's checksum and counts match; the keyring opens with `identity` and
/// its tags hold (when `identity` is the backup's online key); the closing line's tag holds under
/// the keyring's KEK; and `confirm` accepts what the file would install. Finally applies the
/// migrations that came after the backup.
pub async fn restore(
    url: &DatabaseUrl,
    identity: &OnlineIdentity,
    file: &Path,
    confirm: Confirm<'_>,
    blobs: &BlobStore,
) -> anyhow::Result<Summary> {
    let reader = open_backup(file, identity)?;
    let (sender, mut items) = tokio::sync::mpsc::channel(1024);
    let reader_thread = std::thread::spawn(move || read_items(reader, sender));
    let result = restore_items(url, identity, file, confirm, blobs, &mut items).await;
    drop(items);
    let _ = reader_thread.join();
    result
}

async fn next(
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<Item> {
    items
        .recv()
        .await
        .unwrap_or_else(|| Err(anyhow::anyhow!("the backup reader stopped")))
}

async fn restore_items(
    url: &DatabaseUrl,
    identity: &OnlineIdentity,
    file: &Path,
    confirm: Confirm<'_>,
    blobs: &BlobStore,
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<Summary> {
    let Item::Header(header) = next(items).await? else {
        bail!("{} does not start like an Izde backup", file.display());
    };
    if header.format != FORMAT {
        bail!("{} is not an Izde backup", file.display());
    }
    if header.version > FORMAT_VERSION {
        bail!(
            "the backup was written in format {} by a newer Izde ({}); this build reads up to \
             format {FORMAT_VERSION}",
            header.version,
            header.izde_version
        );
    }
    if header.version < OLDEST_FORMAT {
        bail!(
            "the backup was written by Izde {} in format {}, whose last line is not \
             authenticated, so nothing proves who wrote it: restore it with that version, check \
             it, and make a new backup; nothing was changed",
            header.izde_version,
            header.version
        );
    }
    let backend = url.backend();
    let latest = crate::server::db::latest_version(backend);
    if header.schema_version > latest {
        bail!(
            "the backup was made by a newer Izde (schema version {}; this build knows up to \
             {latest}): restore it with that version",
            header.schema_version
        );
    }

    let pool = crate::server::db::connect(url).await?;
    let result = restore_into(
        &pool,
        backend,
        (identity, blobs),
        file,
        &header,
        confirm,
        items,
    )
    .await;
    pool.close().await;
    result
}

async fn restore_into(
    pool: &Pool,
    backend: Backend,
    (identity, blobs): (&OnlineIdentity, &BlobStore),
    file: &Path,
    header: &Header,
    confirm: Confirm<'_>,
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<Summary> {
    let status = schema_status(pool, backend).await?;
    if !status.unknown.is_empty() {
        bail!("the target database was migrated by a newer Izde; nothing was changed");
    }
    let holding = record_counts(pool, backend).await?;
    if holding.values().any(|n| *n > 0) {
        bail!(
            "the target database already holds records ({} cases, {} rows in all): restore only \
             into an empty database; nothing was changed",
            holding["cases"],
            holding.values().sum::<u64>()
        );
    }
    if status.current().unwrap_or(0) > header.schema_version {
        bail!(
            "the target database is already at schema version {}, newer than the backup's {}: \
             restore into a new, empty database; nothing was changed",
            status.current().unwrap_or(0),
            header.schema_version
        );
    }
    migrate_to(pool, backend, header.schema_version).await?;

    let mut tx = crate::server::db::begin(pool)
        .await
        .context("cannot start the restore")?;
    let mut written = Vec::new();
    let loaded = load_rows(
        pool,
        backend,
        (identity, blobs, &mut written),
        header,
        confirm,
        &mut tx,
        items,
    )
    .await;
    let committed = match loaded {
        Ok(counts) => tx
            .commit()
            .await
            .context("cannot commit the restore")
            .map(|()| counts),
        Err(e) => {
            // Rolled back here rather than on drop, so no lock outlives the failed restore.
            tx.rollback().await.ok();
            Err(e)
        }
    };
    let counts = match committed {
        Ok(counts) => counts,
        Err(e) => {
            // Nothing of a refused restore stays: neither rows nor files.
            for id in &written {
                let _ = blobs.delete(id).await;
            }
            return Err(e);
        }
    };
    migrate(pool, backend).await?;
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    Ok(Summary {
        files: written.len() as u64,
        rows: counts,
        installation: header.installation.clone(),
        schema_version: header.schema_version,
        bytes,
    })
}

/// Inserts every row of the backup through `tx`; checks counts and keys before the caller commits.
async fn load_rows(
    pool: &Pool,
    backend: Backend,
    (identity, blobs, written): (&OnlineIdentity, &BlobStore, &mut Vec<String>),
    header: &Header,
    confirm: Confirm<'_>,
    tx: &mut crate::server::db::Conn,
    items: &mut tokio::sync::mpsc::Receiver<anyhow::Result<Item>>,
) -> anyhow::Result<BTreeMap<String, u64>> {
    let progress = indicatif::ProgressBar::new(header.rows.values().sum());
    installation::replace(&mut *tx, &header.installation)
        .await
        .context("cannot write the installation")?;
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    let mut current: Option<(TableHeader, Vec<Vec<Value>>)> = None;
    // The evidence file being written: its header, writer and the bytes written so far.
    let mut file: Option<(FileHeader, BlobWriter, u64)> = None;
    let (totals, digest) = loop {
        match next(items).await? {
            Item::File(next_file) => {
                if let Some((t, rows)) = current.take() {
                    flush(&mut *tx, &t, &rows).await?;
                }
                finish_file(file.take()).await?;
                if uuid::Uuid::parse_str(&next_file.id).is_err() {
                    bail!("an evidence file of the backup has no valid id: the file was altered");
                }
                let writer = blobs.writer(&next_file.id).await?;
                written.push(next_file.id.clone());
                file = Some((next_file, writer, 0));
            }
            Item::Part(bytes) => {
                let Some((_, writer, done)) = file.as_mut() else {
                    bail!("the backup has file contents before any file: the file was altered");
                };
                writer.write(&bytes).await?;
                *done += bytes.len() as u64;
            }
            Item::Header(_) => bail!("the backup has a second header: the file was altered"),
            Item::Table(table) => {
                if file.is_some() {
                    bail!("the backup has a table after its files: the file was altered");
                }
                if let Some((t, rows)) = current.take() {
                    flush(&mut *tx, &t, &rows).await?;
                }
                check_table(pool, backend, &table).await?;
                counts.insert(table.name.clone(), 0);
                current = Some((table, Vec::with_capacity(RESTORE_BATCH)));
            }
            Item::Row(values) => {
                let Some((table, rows)) = current.as_mut() else {
                    bail!("the backup has rows before any table: the file was altered");
                };
                if values.len() != table.columns.len() {
                    bail!("a row of {} has the wrong number of values", table.name);
                }
                let row = values
                    .into_iter()
                    .zip(&table.columns)
                    .map(|(v, c)| {
                        Value::from_json(v, c.kind).with_context(|| {
                            format!("a value of {}.{} is not a {:?}", table.name, c.name, c.kind)
                        })
                    })
                    .collect::<anyhow::Result<Vec<_>>>()?;
                rows.push(row);
                *counts.entry(table.name.clone()).or_default() += 1;
                progress.inc(1);
                if rows.len() >= RESTORE_BATCH {
                    flush(&mut *tx, table, rows).await?;
                    rows.clear();
                }
            }
            Item::End(totals, digest) => {
                if let Some((t, rows)) = current.take() {
                    flush(&mut *tx, &t, &rows).await?;
                }
                finish_file(file.take()).await?;
                break (totals, digest);
            }
        }
    };
    progress.finish_and_clear();
    for table in TABLES {
        let got = counts.get(*table).copied().unwrap_or(0);
        let expected = totals.rows.get(*table).copied().unwrap_or(0);
        if got != expected || header.rows.get(*table).copied().unwrap_or(0) != expected {
            bail!("the backup should hold {expected} rows of {table} but holds {got}");
        }
    }
    let (keys, keyring_checked, recipients) = verify_keys(&mut *tx, identity).await?;
    let authentic = keys
        .kek(totals.kek_version)
        .map(BackupSeal::new)
        .zip(hex::decode(&totals.tag).ok())
        .is_some_and(|(seal, tag)| seal.is_authentic(&header.installation.id, &digest, &tag));
    if !authentic {
        bail!(
            "the backup's last line is not authenticated by its keyring: the file was changed by \
             someone without the installation's keys; nothing was restored"
        );
    }
    if written.len() as u64 != totals.files {
        bail!(
            "the backup should hold {} evidence files but holds {}",
            totals.files,
            written.len()
        );
    }
    // Every file restored is read back from the store and checked, chunk by chunk and against
    // its sealed SHA-256, before anything is committed.
    for id in written.iter() {
        let case: Option<String> =
            sqlx::query_scalar("SELECT case_id FROM evidence_files WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await
                .context("cannot read the restored evidence records")?;
        let Some(case) = case else {
            bail!("the backup holds an evidence file without a record: the file was altered");
        };
        if crate::server::evidence::check_stored(&mut *tx, &keys, blobs, &case, id)
            .await?
            .is_none()
        {
            bail!(
                "the evidence file {id} (case {case}) does not match its record after restoring: \
                 a chunk or its SHA-256 differs; nothing was restored"
            );
        }
    }
    let mut installing = installing(&mut *tx, header, keyring_checked, recipients).await?;
    installing.restoring_key = keys.recipient();
    confirm(&installing)?;
    if !keyring_checked {
        // The recovery key now runs the server: it is its online key from here on.
        crate::server::db::keyring::set_recipient_role(&mut *tx, &keys.recipient(), "online")
            .await
            .context("cannot record the recovery key as the server's key")?;
        crate::server::crypto::keyring::retag(&mut *tx, &keys)
            .await
            .context("cannot authenticate the restored keyring with this key")?;
    }
    Ok(counts)
}

/// What the rows loaded through `conn` would install (`recipients` as [`verify_keys`] read them).
async fn installing(
    conn: &mut crate::server::db::Conn,
    header: &Header,
    keyring_checked: bool,
    recipients: Vec<crate::server::crypto::keyring::Recipient>,
) -> anyhow::Result<Installing> {
    let admins: Vec<String> = sqlx::query_scalar(
        "SELECT username FROM users WHERE role = 'admin' AND disabled = 0 ORDER BY username",
    )
    .fetch_all(&mut *conn)
    .await
    .context("cannot read back the accounts")?;
    let audit_head: Option<(i64, String)> =
        sqlx::query_as("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_optional(&mut *conn)
            .await
            .context("cannot read back the audit log's head")?;
    Ok(Installing {
        installation: header.installation.id.clone(),
        created_at: header.created_at.clone(),
        cases: header.rows.get("cases").copied().unwrap_or(0),
        recipients,
        admins,
        audit_head,
        keyring_checked,
        restoring_key: String::new(),
    })
}

/// Refuses a table this build does not know, or a column the target does not have: names from a
/// file never reach SQL unchecked.
async fn check_table(pool: &Pool, backend: Backend, table: &TableHeader) -> anyhow::Result<()> {
    if !TABLES.contains(&table.name.as_str()) {
        bail!("the backup holds a table this Izde does not know: the file was altered");
    }
    let target = columns_of(pool, backend, &table.name).await?;
    for column in &table.columns {
        if !target.iter().any(|c| c.name == column.name) {
            bail!(
                "the backup's {} table has a column {} that the target schema lacks",
                table.name,
                column.name
            );
        }
    }
    Ok(())
}

async fn flush(
    conn: &mut crate::server::db::Conn,
    table: &TableHeader,
    rows: &[Vec<Value>],
) -> anyhow::Result<()> {
    let columns: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    insert_rows(conn, &table.name, &columns, rows, |values, row| {
        for value in row {
            value.bind(values);
        }
    })
    .await
    .with_context(|| format!("cannot restore the rows of {}", table.name))
}

/// Proves before committing that the restored keyring opens with `identity` and, when `identity`
/// is the backup's online key, that its tags hold; and a data key of each kind opens with the
/// keyring. Returns the keys, whether the tags were checked, and the recipients.
async fn verify_keys(
    conn: &mut crate::server::db::Conn,
    identity: &OnlineIdentity,
) -> anyhow::Result<(
    ServerKeys,
    bool,
    Vec<crate::server::crypto::keyring::Recipient>,
)> {
    use crate::server::crypto::keyring;
    let recipients = crate::server::db::keyring::recipients_conn(&mut *conn)
        .await
        .context("cannot read back the recipients")?;
    let online = recipients
        .iter()
        .any(|r| r.role == "online" && r.recipient == identity.recipient());
    let keys = if online {
        keyring::unseal_conn(conn, identity.clone()).await
    } else {
        keyring::open_unchecked(conn, identity.clone()).await
    }
    .context("the backup's keyring is refused with this key: nothing was restored")?;
    for table in ["cases", "testifiers"] {
        let sample: Option<(String, Vec<u8>)> = sqlx::query_as(&format!(
            "SELECT id, dek_wrapped FROM {table} ORDER BY id LIMIT 1"
        ))
        .fetch_optional(&mut *conn)
        .await
        .with_context(|| format!("cannot read back {table}"))?;
        if let Some((id, wrapped)) = sample {
            let owner = uuid::Uuid::parse_str(&id).context("a restored id is not a UUID")?;
            keys.unwrap_data_key(owner, &wrapped).map_err(|_| {
                anyhow::anyhow!(
                    "the restored data keys do not open with this server's key: nothing was restored"
                )
            })?;
        }
    }
    Ok((keys, online, recipients))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_values_must_match_their_column() {
        let text = Value::from_json(serde_json::json!("x"), Kind::Integer);
        assert!(text.is_none(), "a string is not an integer");
        assert!(Value::from_json(serde_json::json!("not base64!"), Kind::Blob).is_none());
        assert!(matches!(
            Value::from_json(serde_json::json!("AAE="), Kind::Blob),
            Some(Value::Blob(b)) if b == [0, 1]
        ));
    }

    /// Every item the reader hands over for `bytes`, until it stops (an error or the last line).
    fn read_all(bytes: Vec<u8>) -> Vec<anyhow::Result<Item>> {
        let (sender, mut receiver) = tokio::sync::mpsc::channel(1 << 16);
        read_items(Box::new(std::io::Cursor::new(bytes)), sender);
        let mut out = Vec::new();
        while let Ok(item) = receiver.try_recv() {
            out.push(item);
        }
        out
    }

    /// A line as a backup may hold one, or not: a marker, a row, or anything.
    fn line() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        prop_oneof![
            Just(br#"{"header":{"format":"izde-backup","version":2}}"#.to_vec()),
            Just(br#"{"table":{"name":"cases","columns":[{"name":"id","type":"text"}]}}"#.to_vec()),
            Just(br#"{"end":{"rows":{},"sha256":"00","kek_version":1,"tag":"00"}}"#.to_vec()),
            Just(b"[\"a\", 1, null, 2.5]".to_vec()),
            "[\\[\\]{}\",:a-z0-9 ]{0,40}".prop_map(String::into_bytes),
            proptest::collection::vec(any::<u8>(), 0..80),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Restore's line reader, on any lines: it answers each with an item or stops with an
        /// error, never panics, and never hands over anything after an error.
        #[test]
        fn the_line_reader_never_panics_on_any_input(
            lines in proptest::collection::vec(line(), 0..12),
            newline_at_end in proptest::bool::ANY,
        ) {
            let mut bytes = lines.join(&b'\n');
            if newline_at_end {
                bytes.push(b'\n');
            }
            let items = read_all(bytes);
            if let Some(i) = items.iter().position(|r| r.is_err()) {
                proptest::prop_assert_eq!(i, items.len() - 1, "an item after an error");
            }
        }
    }
}
