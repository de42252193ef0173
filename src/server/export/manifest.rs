//! The signed manifest: the installation's export signing key, and checking an export (signature,
//! then every file's size and SHA-256).

use super::*;

/// The installation's Ed25519 key for signing export manifests (derived from the current KEK).
pub(super) fn signing_key(keys: &ServerKeys) -> ManifestSigner {
    ManifestSigner::new(keys.current_kek())
}

/// The installation's public export key (hex), which recipients compare with the manifest's.
pub fn public_key(keys: &ServerKeys) -> String {
    hex::encode(signing_key(keys).public_key())
}
/// The installation's signature of `text` (a manifest) with its export key.
pub fn sign(keys: &ServerKeys, text: &[u8]) -> [u8; 64] {
    signing_key(keys).sign(text)
}

/// Checks that `signature` (hex, as in `manifest.sig`) is `public_key`'s (hex) of `text`.
pub fn check_signature(public_key: &str, text: &[u8], signature: &[u8]) -> anyhow::Result<()> {
    let key: [u8; 32] = hex::decode(public_key)
        .ok()
        .and_then(|k| k.try_into().ok())
        .context("the manifest's public key is not an Ed25519 key")?;
    let key =
        ManifestKey::from_bytes(&key).context("the manifest's public key is not an Ed25519 key")?;
    let signature: [u8; 64] = std::str::from_utf8(signature)
        .ok()
        .and_then(|s| hex::decode(s.trim()).ok())
        .and_then(|s| s.try_into().ok())
        .context("manifest.sig is not an Ed25519 signature")?;
    key.verify(text, &signature).map_err(|_| {
        anyhow::anyhow!("the signature of manifest.json does not match: the manifest was changed")
    })
}

/// Size and SHA-256 (hex) of what a reader yields.
pub(super) fn hash_of(mut reader: impl std::io::Read) -> anyhow::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let bytes = std::io::copy(&mut reader, &mut hasher)?;
    Ok((bytes, hex::encode(hasher.finalize())))
}

/// Checks an export: a directory, or the zip archive the web page gives (`izde-export/` inside).
/// First the signature of `manifest.json`, then every file's size and SHA-256, and that no file
/// was added. Returns the manifest, or says what does not match.
pub fn verify(path: &Path) -> anyhow::Result<Manifest> {
    if path.is_dir() {
        return verify_dir(path);
    }
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).with_context(|| {
        format!(
            "{} is neither an export's folder nor its zip",
            path.display()
        )
    })?;
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.map(|n| n.into_owned()))
        .collect::<Result<_, _>>()?;
    let prefix = names
        .iter()
        .find_map(|n| n.strip_suffix("manifest.json"))
        .unwrap_or_default()
        .to_string();
    let mut read = |name: &str| -> anyhow::Result<Option<Vec<u8>>> {
        match zip.by_name(&format!("{prefix}{name}")) {
            Ok(mut f) => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut bytes)?;
                Ok(Some(bytes))
            }
            Err(zip::result::ZipError::FileNotFound) => Ok(None),
            Err(e) => Err(e.into()),
        }
    };
    let text = read("manifest.json")?.context("no manifest.json in the archive")?;
    let signature = read("manifest.sig")?.context("no manifest.sig in the archive")?;
    let listed: Vec<String> = names
        .iter()
        .filter_map(|n| n.strip_prefix(&prefix))
        .filter(|n| !n.is_empty() && !n.ends_with('/'))
        .map(str::to_string)
        .collect();
    check(&text, &signature, &listed, |name| {
        read(name)?.map(|b| hash_of(b.as_slice())).transpose()
    })
}

/// Checks an export directory (see [`verify`]), reading each file as a stream.
pub fn verify_dir(dir: &Path) -> anyhow::Result<Manifest> {
    let text = std::fs::read(dir.join("manifest.json"))
        .with_context(|| format!("no manifest.json in {}", dir.display()))?;
    let signature = std::fs::read(dir.join("manifest.sig"))
        .with_context(|| format!("no manifest.sig in {}", dir.display()))?;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        names.push(entry?.file_name().to_string_lossy().into_owned());
    }
    check(
        &text,
        &signature,
        &names,
        |name| match std::fs::File::open(dir.join(name)) {
            Ok(f) => hash_of(std::io::BufReader::new(f)).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        },
    )
}

/// The checks of [`verify`], whatever holds the files: `hash` gives a file's size and SHA-256, or
/// `None` when it is missing; `names` are the files present.
pub(super) fn check(
    text: &[u8],
    signature: &[u8],
    names: &[String],
    mut hash: impl FnMut(&str) -> anyhow::Result<Option<(u64, String)>>,
) -> anyhow::Result<Manifest> {
    let manifest: Manifest =
        serde_json::from_slice(text).context("manifest.json is not an Izde export manifest")?;
    check_signature(&manifest.public_key, text, signature)?;
    for f in &manifest.files {
        let (bytes, sha) = hash(&f.name)?.with_context(|| format!("{} is missing", f.name))?;
        if bytes != f.bytes || sha != f.sha256 {
            anyhow::bail!("{} does not match the manifest: it was changed", f.name);
        }
    }
    for name in names {
        let listed = manifest.files.iter().any(|f| &f.name == name)
            || matches!(name.as_str(), "manifest.json" | "manifest.sig");
        if !listed {
            anyhow::bail!("{name} is not part of the export: it was added");
        }
    }
    Ok(manifest)
}
