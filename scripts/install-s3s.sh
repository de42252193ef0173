#!/usr/bin/env bash
# Installs s3s-fs, a small S3-compatible server that keeps objects as plain files, for the object
# storage integration tests (scripts/with-s3.sh runs it). Skips the build when the pinned version
# is already installed.
#
#   scripts/install-s3s.sh
#
# It is built from the crate registry (no container and no prebuilt binary can be fetched here):
# `cargo install` of the `s3s-fs` crate with its `binary` feature, into $CARGO_HOME/bin. The build
# directory lives under /tmp (IZDE_S3S_BUILD_DIR) so it never touches the project's target/ while
# another build runs there, and it builds with one job (CARGO_BUILD_JOBS overrides) so it does not
# starve that build on a 2-core machine. A build from scratch takes about five minutes.
set -euo pipefail

# 0.14.1 is the newest s3s-fs whose rust-version (1.92) the stable toolchain meets; 0.15 and later
# ask for rustc 1.96.
S3S_FS_VERSION=0.14.1
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
BUILD_DIR="${IZDE_S3S_BUILD_DIR:-/tmp/s3s-build}"
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"

log() { printf '\033[1m[s3s]\033[0m %s\n' "$*" >&2; }

installed_version() {
  local bin
  bin="$(command -v s3s-fs 2>/dev/null || true)"
  [ -n "$bin" ] || bin="$CARGO_HOME/bin/s3s-fs"
  [ -x "$bin" ] && "$bin" --version 2>/dev/null | awk '{print $2}'
}

if [ "$(installed_version || true)" = "$S3S_FS_VERSION" ]; then
  log "s3s-fs $S3S_FS_VERSION already installed"
  exit 0
fi

log "building s3s-fs $S3S_FS_VERSION from the crate registry in $BUILD_DIR ($CARGO_BUILD_JOBS job(s)); this takes a few minutes"
start=$SECONDS
install() { CARGO_TARGET_DIR="$BUILD_DIR" cargo install s3s-fs --version "$S3S_FS_VERSION" --features binary --force "$@"; }
# The published lock file first, so the build is the one its authors tested. Should the registry
# stop serving a version it pins (a yanked crate), let cargo resolve afresh instead. If a newer
# dependency then fails to build on this rustc, pin it down in a copy of the source, as
# install-tools.sh does: cargo update -p CRATE --precise OLDER, then cargo install --path . --locked.
if ! install --locked; then
  log "the build with s3s-fs's own Cargo.lock failed; retrying with freshly resolved dependencies"
  install
fi

if [ "$(installed_version || true)" != "$S3S_FS_VERSION" ]; then
  log "s3s-fs $S3S_FS_VERSION was built but is not the s3s-fs found on PATH or in $CARGO_HOME/bin"; exit 1
fi
log "s3s-fs $S3S_FS_VERSION installed in $((SECONDS - start))s"
