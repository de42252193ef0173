//! The architecture's two boundaries, checked on the source tree so they stay true: SQL only in
//! `src/server/db/`, key handling (`age`, AEAD, HMAC/HKDF derivation, Ed25519) only in
//! `src/server/crypto/`. See README ("Layout") and docs/security.md.
//!
//! Not run again on PostgreSQL: it reads source files and touches no database.

use std::path::{Path, PathBuf};

/// What marks SQL: sqlx's statement functions and the statement words in string literals.
const SQL_MARKS: &[&str] = &[
    "sqlx::query",
    "query_as(",
    "query_as::<",
    "query_scalar(",
    "query_scalar::<",
    "Sql::new(",
    "\"SELECT ",
    "\"INSERT INTO",
    "\"UPDATE ",
    "\"DELETE FROM",
    "\"CREATE TABLE",
    "\"ALTER TABLE",
];

/// What marks key handling: the crates that encrypt, derive, MAC or sign with a key.
const KEY_MARKS: &[&str] = &[
    "age::",
    "use age",
    "chacha20poly1305",
    "hmac::",
    "Hmac<",
    "hkdf::",
    "Hkdf<",
    "ed25519_dalek",
    "aead::",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The lines of `text` that hold one of `marks` (comments left out), as "line: text".
fn offending(text: &str, marks: &[&str]) -> Vec<String> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.trim_start();
            // A mark counts where it starts a name: `age::` is the age crate, `language::` is not.
            !code.starts_with("//")
                && marks.iter().any(|m| {
                    code.match_indices(m).any(|(i, _)| {
                        !code[..i]
                            .chars()
                            .next_back()
                            .is_some_and(|c| c.is_alphanumeric() || c == '_')
                    })
                })
        })
        .map(|(n, line)| format!("{}: {}", n + 1, line.trim()))
        .collect()
}

/// Every file under src/ outside `allowed` that holds one of `marks`, with its lines.
fn outside(allowed: &str, marks: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "the source tree was not found");
    let mut found = Vec::new();
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if relative.starts_with(allowed) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for line in offending(&text, marks) {
            found.push(format!("{relative}:{line}"));
        }
    }
    found
}

#[test]
fn sql_is_only_in_the_db_module() {
    let found = outside("src/server/db/", SQL_MARKS);
    assert!(
        found.is_empty(),
        "SQL outside src/server/db (move it into a repository function there):\n{}",
        found.join("\n")
    );
}

#[test]
fn keys_are_only_handled_in_the_crypto_module() {
    let found = outside("src/server/crypto/", KEY_MARKS);
    assert!(
        found.is_empty(),
        "key handling outside src/server/crypto (give crypto a purpose-named function):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checks_see_what_they_are_meant_to_catch() {
    let page = "use leptos::prelude::*;\n\
                let n = sqlx::query(\"SELECT COUNT(*) FROM cases\").fetch_one(pool);\n";
    assert_eq!(offending(page, SQL_MARKS).len(), 1);
    let records = "use chacha20poly1305::XChaCha20Poly1305;\nfn f() {}\n";
    assert_eq!(
        offending(records, KEY_MARKS),
        ["1: use chacha20poly1305::XChaCha20Poly1305;"]
    );
    let fine = "// sqlx::query in a comment\nlet label = \"Select a case\";\n";
    assert!(offending(fine, SQL_MARKS).is_empty());
}
