//! The operators' command line: `izde serve | migrate | check | backup | restore | keys | users |
//! audit | demo | generate`.

use crate::server::db::DatabaseUrl;
use crate::server::state::Storage;
use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Izde: testimonies about people missing in Xinjiang, recorded safely.
#[derive(Debug, Parser)]
#[command(name = "izde", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of `serve`, the default command.
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web application (the default).
    Serve(ServeArgs),
    /// Apply pending database migrations (serve does this too) and exit.
    Migrate(StorageArgs),
    /// Check the database (reachable, migrations current) and the key; exit 1 on any problem.
    Check(StorageArgs),
    /// Write a consistent, encrypted snapshot of the database to a file.
    Backup(BackupArgs),
    /// Restore a backup file into an empty database (SQLite or PostgreSQL).
    Restore(RestoreArgs),
    /// Manage the key hierarchy: init, recipients, rotation, offline recovery.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Manage accounts.
    #[command(subcommand)]
    Users(UsersCommand),
    /// Check or read the tamper-evident audit log (needs only the database, not the keys).
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Load about 30 fictional demo cases with timelines and sources.
    Demo(StorageArgs),
    /// Generate synthetic cases for benchmarks.
    Generate(GenerateArgs),
    /// Import cases from a spreadsheet (CSV, XLSX) or JSON lines; `--dry-run` checks every row
    /// and imports nothing.
    Import(ImportArgs),
    /// Export an anonymized dataset or report into a new directory (`izde export verify DIR`
    /// checks one).
    Export(ExportArgs),
    /// Build the public register (a static website of the cases whose families agreed, each
    /// approved by an admin) into a folder (`izde publish verify DIR` checks one).
    Publish(PublishArgs),
    /// The evidence locker: check every stored file.
    #[command(subcommand)]
    Evidence(EvidenceCommand),
    /// Sources' archived web pages: fetch each again, and say which are gone or changed.
    #[command(subcommand)]
    Sources(SourcesCommand),
}

#[derive(Debug, Subcommand)]
pub enum SourcesCommand {
    /// Fetch every archived source's page again: still there, changed, or taken down.
    Recheck(StorageArgs),
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Read every stored file whole, check its chunks, size and SHA-256; exit 1 naming each file
    /// that no longer matches (the case page marks them too).
    Verify(StorageArgs),
}

/// `izde export --profile public --k 5 --out DIR`, or `izde export verify DIR`.
#[derive(Debug, Clone, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub verify: Option<ExportCommand>,
    /// public (rows: places by prefecture, dates by year), researcher (rows: counties, months) or
    /// aggregate (tables of counts only).
    #[arg(long, required = true, value_parser = ["public", "researcher", "aggregate"])]
    pub profile: Option<String>,
    /// The data file's format.
    #[arg(long, default_value = "csv", value_parser = ["csv", "json"])]
    pub format: String,
    /// In the report's tables, counts below this are suppressed (and the cells they could be
    /// worked out from).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(2..=1000))]
    pub threshold: u64,
    /// Every released group of quasi-identifiers has at least k cases.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(2..=1000))]
    pub k: u32,
    /// Every released group has at least l different statuses.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub l: u32,
    /// The largest share of cases that may be left out to reach k and l (0 to 0.5).
    #[arg(long, default_value_t = 0.05)]
    pub max_suppressed: f64,
    /// Ids that stay the same across exports (recorded in the manifest); fresh ones otherwise.
    #[arg(long)]
    pub stable_ids: bool,
    /// Case list filters, as in the list's address: status=sentenced&prefecture=cn-xj-ili.
    #[arg(long, default_value = "")]
    pub filters: String,
    /// A new (or empty) directory to write into.
    #[arg(long, required = true)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Subcommand)]
pub enum ExportCommand {
    /// Check an export (a directory or its zip): the manifest's signature, then every file's size
    /// and SHA-256.
    Verify {
        /// The export's directory, or the zip archive downloaded from the export page.
        dir: PathBuf,
        /// A signing key the installation published (`izde keys signing-key`, hex); repeatable.
        /// The export must be signed by one of them: without it, verification only proves that
        /// the files match a manifest someone signed, with any key.
        #[arg(long = "expect-key", value_name = "HEX")]
        expect_key: Vec<String>,
    },
}

/// `izde publish --out DIR`, or `izde publish verify DIR`.
#[derive(Debug, Clone, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct PublishArgs {
    #[command(subcommand)]
    pub verify: Option<PublishCommand>,
    /// A new or empty folder, or the folder of an earlier publication (updated in place: changed
    /// entries rewritten, withdrawn ones removed).
    #[arg(long, required = true)]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Subcommand)]
pub enum PublishCommand {
    /// Check a register's folder: the manifest's signature, every file's size and SHA-256, and
    /// that nothing was added.
    Verify {
        dir: PathBuf,
        /// A signing key the installation published (`izde keys signing-key`, hex); repeatable.
        #[arg(long = "expect-key", value_name = "HEX")]
        expect_key: Vec<String>,
    },
}

/// Where the data and keys live.
#[derive(Debug, Clone, Args)]
pub struct StorageArgs {
    /// Directory of the database and (in development) the generated key; created on first run.
    #[arg(long, env = "IZDE_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// The database: postgres://USER@HOST:PORT/DATABASE, or sqlite://PATH. Without it, the SQLite
    /// file izde.db in the data directory. A password belongs in ~/.pgpass or PGPASSWORD rather
    /// than in the URL.
    #[arg(long, env = "IZDE_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// An age identity file (AGE-SECRET-KEY-1…). Without it a development key is generated.
    #[arg(long, env = "IZDE_IDENTITY")]
    pub identity: Option<PathBuf>,
    /// Keep evidence files in this bucket of S3-compatible object storage (for several app
    /// instances) instead of the data directory's evidence/ folder. The keys are read from
    /// IZDE_S3_ACCESS_KEY_ID and IZDE_S3_SECRET_ACCESS_KEY.
    #[arg(long, env = "IZDE_S3_BUCKET")]
    pub s3_bucket: Option<String>,
    /// The object storage's address (e.g. https://s3.example.org); without it, AWS's.
    #[arg(long, env = "IZDE_S3_ENDPOINT", requires = "s3_bucket")]
    pub s3_endpoint: Option<String>,
    #[arg(long, env = "IZDE_S3_REGION", default_value = "us-east-1")]
    pub s3_region: String,
    /// A folder inside the bucket for this installation's files.
    #[arg(long, env = "IZDE_S3_PREFIX", requires = "s3_bucket")]
    pub s3_prefix: Option<String>,
}

impl StorageArgs {
    /// The storage these options name; a malformed database URL is refused here, in words that
    /// never repeat it (it may hold a password).
    /// The data directory is created here (readable by its owner only) whatever the backend: it
    /// holds the development key and the demo accounts' passwords even when the database is
    /// PostgreSQL.
    pub fn storage(&self) -> anyhow::Result<Storage> {
        let database = self
            .database_url
            .as_deref()
            .map(DatabaseUrl::parse)
            .transpose()?;
        create_private_dir(&self.data_dir)?;
        let s3 = match &self.s3_bucket {
            None => None,
            Some(bucket) => {
                let var = |name: &str| {
                    std::env::var(name)
                        .with_context(|| format!("--s3-bucket needs {name} to be set"))
                };
                Some(crate::server::evidence::store::S3Settings {
                    endpoint: self.s3_endpoint.clone(),
                    bucket: bucket.clone(),
                    region: self.s3_region.clone(),
                    access_key_id: var("IZDE_S3_ACCESS_KEY_ID")?,
                    secret_access_key: crate::server::evidence::store::Secret(var(
                        "IZDE_S3_SECRET_ACCESS_KEY",
                    )?),
                    prefix: self.s3_prefix.clone(),
                })
            }
        };
        Ok(Storage {
            data_dir: self.data_dir.clone(),
            database,
            identity: self.identity.clone(),
            s3,
        })
    }
}

/// Creates `dir` and its missing parents, the new ones readable by their owner only (0700); an
/// existing directory is left as it is.
fn create_private_dir(dir: &std::path::Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("cannot create the data directory {}", dir.display()))
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Create an account (the first admin is made this way). Asks for the password twice.
    Add(UsersAddArgs),
    /// List the accounts.
    List(StorageArgs),
    /// Give an account a new password (and enable it): for an admin locked out. Ends its sessions
    /// and turns off its two-step verification, so it can log in and set that up again.
    SetPassword(UsersPasswordArgs),
}

#[derive(Debug, Clone, Args)]
pub struct UsersPasswordArgs {
    #[arg(long)]
    pub username: String,
    /// Read the password from stdin (one line) instead of prompting twice.
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct UsersAddArgs {
    /// The login name (3–64 letters, digits, `.`, `_`, `-`; case does not matter).
    #[arg(long)]
    pub username: String,
    /// admin, volunteer or researcher.
    #[arg(long)]
    pub role: String,
    /// Read the password from stdin (one line) instead of prompting twice.
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check the whole hash chain; exit 1 naming the first entry that does not hold.
    Verify(AuditVerifyArgs),
    /// Print the newest entries, one a line.
    List(AuditListArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AuditVerifyArgs {
    /// A head noted earlier outside the server (HASH@ENTRY, the hash shortened to 8 or more hex
    /// digits): also check that this entry still has this hash, which catches a log rewritten
    /// wholesale by someone with write access to the database.
    #[arg(long, value_name = "HASH@ENTRY")]
    pub expect_head: Option<crate::server::audit::NotedHead>,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct AuditListArgs {
    /// How many entries to print, newest first.
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
    /// Only entries of this action (e.g. case.update).
    #[arg(long)]
    pub action: Option<String>,
    /// Only entries about this record id.
    #[arg(long)]
    pub record: Option<String>,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a passphrase-protected server identity and the first key-encryption key, encrypted to
    /// it and to one or more offline recovery keys.
    Init(KeysInitArgs),
    /// List who can open the key-encryption key, and its versions.
    List(StorageArgs),
    /// Let one more age key open the key-encryption key (re-encrypts only the KEK).
    AddRecipient(RecipientArgs),
    /// Stop an age key from opening the key-encryption key (re-encrypts only the KEK).
    RemoveRecipient(RemoveRecipientArgs),
    /// Make a new key-encryption key and re-wrap every data key under it; resumes an interrupted
    /// rotation.
    Rotate(RotateArgs),
    /// Prove that an offline identity alone opens everything in the database (writes nothing).
    Recover(RecoverArgs),
    /// Print the installation's export signing keys, current and past, to publish: recipients
    /// check exports with `izde export verify --expect-key`.
    SigningKey(StorageArgs),
    /// Authenticate a keyring written before Izde did (after checking `izde keys list`): tags its
    /// KEKs and recipient list with this server's key, so that every start can check them.
    Authenticate(AuthenticateArgs),
}

#[derive(Debug, Clone, Args)]
pub struct AuthenticateArgs {
    /// Do not ask: the recipients and versions listed are known to be yours.
    #[arg(long)]
    pub yes: bool,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct KeysInitArgs {
    /// Where to write the new passphrase-protected server identity (must not exist).
    #[arg(long = "new-identity", value_name = "FILE")]
    pub new_identity: PathBuf,
    /// An offline recovery key (age1…), whose secret a person keeps off the server. Repeatable;
    /// at least one.
    #[arg(long = "recovery", value_name = "AGE_RECIPIENT", required = true)]
    pub recovery: Vec<String>,
    /// Read the new passphrase from stdin (one line) instead of prompting twice.
    #[arg(long)]
    pub passphrase_stdin: bool,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RecipientArgs {
    /// The age recipient (age1…).
    pub recipient: String,
    /// Who holds it, e.g. "Aigerim's offline key, in the office safe".
    #[arg(long, default_value = "offline recovery key")]
    pub label: String,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RemoveRecipientArgs {
    /// The age recipient (age1…).
    pub recipient: String,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RotateArgs {
    /// Also make new data keys and seal every field again (to revoke someone who may hold old keys).
    #[arg(long)]
    pub reencrypt: bool,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RecoverArgs {
    /// Where the database is (and no server key is needed).
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct BackupArgs {
    /// The file to write; it must not exist yet.
    #[arg(long)]
    pub out: PathBuf,
    /// Also encrypt the backup to this age recipient (age1…), e.g. an offline recovery key kept
    /// off the server. The server's own key is always a recipient. Repeatable.
    #[arg(long = "recipient", value_name = "AGE_RECIPIENT")]
    pub recipients: Vec<String>,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RestoreArgs {
    /// The backup file written by `izde backup`.
    pub file: PathBuf,
    /// Do not ask before committing: the recipients, admin accounts and audit head it prints are
    /// known to be right (without a terminal, restore refuses unless this is given).
    #[arg(long)]
    pub yes: bool,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on. Any address other than loopback needs --origin and a real key.
    #[arg(long, env = "IZDE_ADDR")]
    pub addr: Option<SocketAddr>,
    /// How browsers reach Izde, e.g. https://izde.example.org (behind a TLS proxy). Forms and
    /// server calls from any other origin are refused; over https the session cookie is Secure
    /// and `__Host-` prefixed. Default: http:// and the listening address.
    #[arg(long, env = "IZDE_ORIGIN")]
    pub origin: Option<String>,
    /// The reverse proxy in front of Izde, as an address or range (e.g. 127.0.0.1/32; several
    /// separated by commas). Only requests from it have their client read from
    /// X-Forwarded-For, so that failed log-ins are counted per client, not for everyone behind
    /// the proxy. Default: none; the client is the connection's peer.
    #[arg(
        long = "trusted-proxy",
        env = "IZDE_TRUSTED_PROXY",
        value_delimiter = ','
    )]
    pub trusted_proxy: Vec<ipnet::IpNet>,
    /// Load the demo cases first if the database has no cases yet.
    #[arg(long, env = "IZDE_DEMO")]
    pub demo: bool,
    /// How often (hours) to check every evidence file's integrity and re-check every archived
    /// source's page; 0: never (run `izde evidence verify` and `izde sources recheck` instead).
    #[arg(long, env = "IZDE_CHECK_EVERY_HOURS", default_value_t = 24)]
    pub check_every_hours: u64,
    /// Where the fonts of UN submission packs (PDF) are: directories searched for Noto Sans,
    /// Noto Naskh Arabic (or Noto Sans Arabic) and Noto Sans CJK SC, separated by commas.
    /// Default: Debian's fonts-noto-core and fonts-noto-cjk directories.
    #[arg(
        long = "pdf-font-dir",
        env = "IZDE_PDF_FONT_DIR",
        value_delimiter = ','
    )]
    pub pdf_font_dirs: Vec<std::path::PathBuf>,
    #[command(flatten)]
    pub storage: StorageArgs,
}

/// `izde import FILE [--mapping MAP.toml] [--dry-run] [--as USERNAME]`.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The file: CSV (any delimiter and encoding), XLSX, or JSON lines.
    pub file: PathBuf,
    /// A TOML file saying which column is which field, what values mean, and how to read the
    /// file (see README, "Importing cases").
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// Check every row and list the problems by line; import nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The account the cases are entered as (an admin or volunteer); without it, the command
    /// line (the cases then belong to no volunteer).
    #[arg(long = "as", value_name = "USERNAME")]
    pub r#as: Option<String>,
    /// Where the rejected rows go, with a reason column (default: FILE.rejects.csv beside FILE).
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// The language of the problems reported: kk, ru, ug, zh or en.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Rows per transaction.
    #[arg(long, default_value_t = 1000, hide = true)]
    pub batch: usize,
    #[command(flatten)]
    pub storage: StorageArgs,
}

#[derive(Debug, Clone, Args)]
pub struct GenerateArgs {
    /// How many synthetic cases to add.
    #[arg(long)]
    pub cases: u32,
    #[command(flatten)]
    pub storage: StorageArgs,
}

/// Parses the command line and runs the command; errors are printed as one readable chain.
pub fn run() -> ExitCode {
    // Every file and directory this process creates (the database and its WAL, exports, backups,
    // keys) is its owner's alone, whatever the shell's umask.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let cli = Cli::parse();
    crate::server::ops::startup::init_tracing();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            None => crate::server::ops::startup::serve(&cli.serve).await,
            Some(Command::Serve(args)) => crate::server::ops::startup::serve(&args).await,
            Some(Command::Migrate(args)) => {
                crate::server::ops::commands::migrate(&args.storage()?).await
            }
            Some(Command::Check(args)) => {
                crate::server::ops::commands::check(&args.storage()?).await
            }
            Some(Command::Backup(args)) => {
                crate::server::ops::commands::backup(
                    &args.storage.storage()?,
                    &args.out,
                    &args.recipients,
                )
                .await
            }
            Some(Command::Restore(args)) => {
                crate::server::ops::commands::restore(
                    &args.storage.storage()?,
                    &args.file,
                    args.yes,
                )
                .await
            }
            Some(Command::Keys(command)) => crate::server::ops::commands::keys(command).await,
            Some(Command::Users(command)) => crate::server::ops::commands::users(command).await,
            Some(Command::Audit(command)) => crate::server::ops::commands::audit(command).await,
            Some(Command::Demo(args)) => {
                let storage = args.storage()?;
                let n = crate::server::ops::demo::load_demo(&storage).await?;
                println!(
                    "loaded {n} fictional demo cases into {}",
                    storage.database_url()?
                );
                Ok(())
            }
            Some(Command::Export(args)) => crate::server::ops::commands::export(args).await,
            Some(Command::Publish(args)) => crate::server::ops::commands::publish(args).await,
            Some(Command::Evidence(EvidenceCommand::Verify(args))) => {
                crate::server::ops::commands::verify_evidence(&args.storage()?).await
            }
            Some(Command::Sources(SourcesCommand::Recheck(args))) => {
                crate::server::ops::commands::recheck_sources(&args.storage()?).await
            }
            Some(Command::Import(args)) => crate::server::ops::commands::import(args).await,
            Some(Command::Generate(args)) => {
                let started = std::time::Instant::now();
                crate::server::ops::demo::generate(&args.storage.storage()?, args.cases).await?;
                println!(
                    "generated {} synthetic cases in {:.1} s",
                    args.cases,
                    started.elapsed().as_secs_f64()
                );
                Ok(())
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

impl ServeArgs {
    /// The storage the server uses.
    pub fn storage(&self) -> anyhow::Result<Storage> {
        self.storage.storage()
    }
}
