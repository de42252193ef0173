//! Writing a backup: the tables read in a consistent snapshot, as lines, into the age stream.

use super::*;

enum Chunk {
    Line(Vec<u8>),
    Done,
}

/// Writes a backup of the database behind `pool` to `out`, encrypted to `recipients`, its last line
/// authenticated with a key derived from the KEK current in the snapshot (one of `keys`).
///
/// The file appears at `out` only when it is complete: it is written to `out.partial` and linked
/// into place after the last line and an fsync. `out` must not exist yet.
///
/// With `blobs`, every evidence file of the snapshot is carried too, its sealed bytes read from the
/// store (a file missing from the store is left out, with a warning: `izde evidence verify`
/// names it). Without, only their records are (the store is backed up on its own).
pub async fn backup(
    pool: &Pool,
    backend: Backend,
    out: &Path,
    recipients: Vec<StreamRecipient>,
    keys: &ServerKeys,
    blobs: Option<&crate::server::evidence::store::BlobStore>,
) -> anyhow::Result<Summary> {
    if recipients.is_empty() {
        bail!("a backup needs at least one age recipient to be encrypted to");
    }
    if out.exists() {
        bail!(
            "{} already exists: choose another file name (a backup never overwrites a file)",
            out.display()
        );
    }
    let status = schema_status(pool, backend).await?;
    status.require_current("back it up with that version")?;
    let mut tx = pool.begin().await.context("cannot start the snapshot")?;
    // One snapshot for every table: REPEATABLE READ on PostgreSQL; on SQLite (WAL) a read
    // transaction sees the database as it was at its first read.
    postgres_only(
        &mut tx,
        backend,
        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
    )
    .await
    .context("cannot start the snapshot")?;
    let installation = installation::get(&mut tx)
        .await
        .context("cannot read the installation")?
        .context("the database has no installation yet (no server has started on it): nothing to back up")?;
    let kek_version: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM keyring")
        .fetch_one(&mut *tx)
        .await
        .context("cannot read the keyring")?;
    let kek_version = kek_version.context("the database has no keyring: nothing to back up")?;
    let seal = keys.kek(kek_version).map(BackupSeal::new).context(
        "the keyring changed after it was opened (a rotation started?): run the backup again",
    )?;

    let mut rows = BTreeMap::new();
    for table in TABLES {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {}", rows_of(table)))
            .fetch_one(&mut *tx)
            .await
            .with_context(|| format!("cannot count the rows of {table}"))?;
        rows.insert((*table).to_string(), n.max(0) as u64);
    }
    let header = Header {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        installation: installation.clone(),
        schema_version: status.current().unwrap_or(0),
        rows: rows.clone(),
        created_at: crate::server::db::now(),
        izde_version: env!("CARGO_PKG_VERSION").into(),
        source_backend: backend.name().into(),
        files: if blobs.is_some() {
            rows.get("evidence_files").copied().unwrap_or(0)
        } else {
            0
        },
    };

    let (sender, receiver) = std::sync::mpsc::sync_channel::<Chunk>(256);
    let partial = partial_path(out);
    let writer = {
        let (partial, out) = (partial.clone(), out.to_path_buf());
        std::thread::spawn(move || write_file(&partial, &out, recipients, receiver))
    };
    let progress = indicatif::ProgressBar::new(rows.values().sum());
    let mut hasher = Sha256::new();
    let mut files_written = 0u64;
    let mut send = |line: Vec<u8>| -> anyhow::Result<()> {
        hasher.update(&line);
        sender
            .send(Chunk::Line(line))
            .map_err(|_| anyhow::anyhow!("the backup writer stopped"))
    };
    let produced: anyhow::Result<()> = async {
        send(json_line(&Marker::Header(Box::new(header.clone())))?)?;
        for table in TABLES {
            let columns = columns_of(pool, backend, table).await?;
            let list = columns
                .iter()
                .map(|c| c.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            send(json_line(&Marker::Table(TableHeader {
                name: (*table).to_string(),
                columns: columns.clone(),
            }))?)?;
            let sql = format!("SELECT {list} FROM {} ORDER BY 1, 2", rows_of(table));
            let mut stream = sqlx::query(&sql).fetch(&mut *tx);
            while let Some(row) = stream
                .try_next()
                .await
                .with_context(|| format!("cannot read {table}"))?
            {
                send(row_line(&row, &columns)?)?;
                progress.inc(1);
            }
        }
        if let Some(blobs) = blobs {
            let files: Vec<(String,)> =
                sqlx::query_as("SELECT id FROM evidence_files ORDER BY id")
                    .fetch_all(&mut *tx)
                    .await
                    .context("cannot list the evidence files")?;
            for (id,) in files {
                let Some(size) = blobs.size(&id).await? else {
                    tracing::warn!(file = %id, "an evidence file is missing from the store: left out of the backup");
                    continue;
                };
                send(json_line(&Marker::File(FileHeader {
                    id: id.clone(),
                    size,
                }))?)?;
                let mut at = 0;
                while at < size {
                    let upto = (at + PART_BYTES).min(size);
                    let bytes = blobs.read(&id, at..upto).await?;
                    send(json_line(&Marker::Part(
                        base64::engine::general_purpose::STANDARD.encode(&bytes),
                    ))?)?;
                    at = upto;
                }
                files_written += 1;
            }
        }
        Ok(())
    }
    .await;
    tx.rollback().await.ok();
    progress.finish_and_clear();
    if let Err(e) = produced {
        drop(sender);
        let written = writer.join();
        let _ = std::fs::remove_file(&partial);
        // When the writer failed first (a full disk, say), its error is the cause.
        return Err(match written {
            Ok(Err(cause)) => cause,
            _ => e,
        });
    }
    let digest = hasher.finalize();
    let totals = Totals {
        rows: rows.clone(),
        files: files_written,
        sha256: hex::encode(digest),
        kek_version,
        tag: hex::encode(seal.tag(&installation.id, &digest)),
    };
    let trailer = json_line(&Marker::End(totals))?;
    let finished = sender
        .send(Chunk::Line(trailer))
        .and_then(|()| sender.send(Chunk::Done));
    drop(sender);
    let bytes = writer
        .join()
        .map_err(|_| anyhow::anyhow!("the backup writer panicked"))??;
    finished.map_err(|_| anyhow::anyhow!("the backup writer stopped"))?;
    Ok(Summary {
        rows,
        files: files_written,
        installation,
        schema_version: header.schema_version,
        bytes,
    })
}

fn partial_path(out: &Path) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    out.with_file_name(name)
}

fn json_line<T: Serialize>(value: &T) -> anyhow::Result<Vec<u8>> {
    let mut line = serde_json::to_vec(value).context("cannot encode a backup line")?;
    line.push(b'\n');
    Ok(line)
}

fn row_line(row: &AnyRow, columns: &[Column]) -> anyhow::Result<Vec<u8>> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut values = Vec::with_capacity(columns.len());
    for (i, column) in columns.iter().enumerate() {
        let value = match column.kind {
            Kind::Integer => row
                .try_get::<Option<i64>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, Into::into)),
            Kind::Real => row
                .try_get::<Option<f64>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, Into::into)),
            Kind::Text => row
                .try_get::<Option<String>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, Into::into)),
            Kind::Blob => row
                .try_get::<Option<Vec<u8>>, _>(i)
                .map(|v| v.map_or(serde_json::Value::Null, |b| b64.encode(b).into())),
        }
        .with_context(|| format!("cannot read column {}", column.name))?;
        values.push(value);
    }
    json_line(&values)
}

/// The writer thread: encrypts lines into `partial`, and links it to `out` once complete.
fn write_file(
    partial: &Path,
    out: &Path,
    recipients: Vec<StreamRecipient>,
    receiver: std::sync::mpsc::Receiver<Chunk>,
) -> anyhow::Result<u64> {
    let result = (|| -> anyhow::Result<u64> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options
            .open(partial)
            .with_context(|| format!("cannot create {}", partial.display()))?;
        let mut writer =
            backup_stream::encrypt_to(&recipients, BufWriter::with_capacity(1 << 20, file))
                .map_err(|e| match e {
                    StreamError::Io(e) => {
                        anyhow::Error::new(e).context("cannot start the encrypted stream")
                    }
                    other => anyhow::anyhow!("cannot encrypt the backup: {other}"),
                })?;
        let mut complete = false;
        for chunk in receiver {
            match chunk {
                Chunk::Line(line) => writer
                    .write_all(&line)
                    .with_context(|| format!("cannot write {}", partial.display()))?,
                Chunk::Done => {
                    complete = true;
                    break;
                }
            }
        }
        if !complete {
            bail!("the backup stopped before its end");
        }
        let file = writer
            .finish()
            .and_then(|w| w.into_inner().map_err(|e| e.into_error()))
            .with_context(|| format!("cannot finish {}", partial.display()))?;
        file.sync_all()
            .with_context(|| format!("cannot flush {}", partial.display()))?;
        let bytes = file.metadata().map(|m| m.len()).unwrap_or(0);
        // A link, unlike a rename, never replaces a file that appeared at `out` meanwhile.
        std::fs::hard_link(partial, out)
            .with_context(|| format!("cannot move the finished backup to {}", out.display()))?;
        std::fs::remove_file(partial).ok();
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(dir) = std::fs::File::open(dir) {
                dir.sync_all().ok();
            }
        }
        Ok(bytes)
    })();
    if result.is_err() {
        std::fs::remove_file(partial).ok();
    }
    result
}
