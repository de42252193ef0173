#!/usr/bin/env bash
# Installs the build and test tools Izde needs on a fresh machine, skipping what is already there.
# Nothing here downloads a prebuilt binary: cargo-leptos and wasm-bindgen-cli are built from the
# crate registry (their published lock files need one pin each to build on this toolchain).
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.11
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# Build a crate from the registry with `--locked`, pinning one dependency that the published lock
# file has at a version this registry or rustc cannot use.
install_pinned() {
  local krate="$1" version="$2" pin="$3" pin_version="$4"
  log "building $krate $version from source (pinning $pin $pin_version); this takes a while"
  cargo install "$krate" --version "$version" --locked >/dev/null 2>&1 || true
  local src
  src="$(ls -d "$CARGO_HOME"/registry/src/*/"$krate-$version" 2>/dev/null | head -n1)"
  if [ -z "$src" ]; then
    cargo fetch --manifest-path /dev/null 2>/dev/null || true
    log "could not find the $krate source in the cargo registry cache"; exit 1
  fi
  local tmp
  tmp="$(mktemp -d)"
  cp -r "$src" "$tmp/src"
  (cd "$tmp/src" && cargo update -p "$pin" --precise "$pin_version" && cargo install --path . --locked)
  rm -rf "$tmp"
}

rustup target list --installed | grep -q wasm32-unknown-unknown || {
  log "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  install_pinned cargo-leptos "$CARGO_LEPTOS_VERSION" cargo-util-schemas 0.14.1
fi

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock" 2>/dev/null || true)"
WB_VERSION="${WB_VERSION:-0.2.130}"
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
  install_pinned wasm-bindgen-cli "$WB_VERSION" webpki-roots 1.0.10
fi

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v node >/dev/null || need_apt+=(nodejs npm)
# Fonts that draw Kazakh Cyrillic, Uyghur (Arabic script) and Chinese in the browser tests'
# screenshots (the pages name them in style/main.css; nothing is loaded from other sites).
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || need_apt+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "Noto Sans Arabic" || need_apt+=(fonts-noto-core)
# The same Noto fonts draw the names in UN submission packs (PDF, src/server/pdf); the pack tests
# read those PDFs back with poppler's pdftotext.
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
if [ "${#need_apt[@]}" -gt 0 ] && [ "${IZDE_SKIP_APT:-0}" != 1 ]; then
  log "installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# end2end/ holds Playwright, axe-core and the wasm-opt from npm's binaryen (Debian's breaks
# hydration). `npm ls` fails when a package of package.json is missing or at another version, so a
# package added since the last install is installed too.
if [ -f "$ROOT/end2end/package-lock.json" ] && ! (cd "$ROOT/end2end" && npm ls --all >/dev/null 2>&1); then
  log "installing end2end npm packages"
  (cd "$ROOT/end2end" && npm ci --no-audit --no-fund)
fi
log "tools ready"
