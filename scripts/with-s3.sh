#!/usr/bin/env bash
# Runs a command with a throwaway S3-compatible server: s3s-fs on 127.0.0.1 on a free port, storing
# into a new temp directory, with a random access key and secret key (so every request must carry a
# valid AWS signature v4), stopped and deleted when the command ends (whatever its exit status).
#
#   scripts/with-s3.sh COMMAND [ARGS…]
#   scripts/with-s3.sh scripts/with-postgres.sh cargo test …     (it composes with with-postgres.sh)
#
# The command sees:
#   IZDE_TEST_S3_ENDPOINT    http://127.0.0.1:PORT (path-style requests)
#   IZDE_TEST_S3_BUCKET      izde-test, already created
#   IZDE_TEST_S3_ACCESS_KEY  IZDE_TEST_S3_SECRET_KEY
#   IZDE_TEST_S3_REGION      us-east-1
#   IZDE_TEST_S3_ROOT        the server's root directory: an object's bytes are stored as they were
#                            sent, in the file ROOT/BUCKET/KEY, so tests can read them to prove that
#                            no plaintext reaches the store
# Installs s3s-fs first (scripts/install-s3s.sh: a no-op when the pinned version is there).
set -euo pipefail

log() { printf '\033[1m[s3]\033[0m %s\n' "$*" >&2; }

SCRIPTS="$(cd "$(dirname "$0")" && pwd)"
CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
BUCKET=izde-test

find_bin() {
  if command -v s3s-fs >/dev/null 2>&1; then command -v s3s-fs; return; fi
  if [ -x "$CARGO_HOME/bin/s3s-fs" ]; then echo "$CARGO_HOME/bin/s3s-fs"; return; fi
  return 1
}
"$SCRIPTS/install-s3s.sh"
S3S_FS="$(find_bin)"

S3_DIR="$(mktemp -d "${TMPDIR:-/tmp}/izde-s3.XXXXXX")"
ROOT="$S3_DIR/root"
# s3s-fs serves every directory under its root as a bucket, so making the directory creates the
# bucket (ListBuckets, HeadBucket, PutObject and the rest see it at once).
mkdir -p "$ROOT/$BUCKET"
ACCESS_KEY="izde$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')"
SECRET_KEY="$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')"
SERVER_PID=

stop() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$S3_DIR"
}
trap stop EXIT
# An interrupted run still stops the server: these make bash leave through the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Any HTTP answer, even the 403 an unsigned request gets, means the server is up.
answers() {
  python3 - "$1" <<'EOF' 2>/dev/null
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=1)
except urllib.error.HTTPError:
    pass
EOF
}

# The free port is picked before the server binds it, so another process may take it meanwhile:
# then the server exits at once, and a new port is tried.
for attempt in 1 2 3; do
  PORT="$(free_port)"
  # Its log stays out of the root so that only stored data is there.
  "$S3S_FS" --host 127.0.0.1 --port "$PORT" --access-key "$ACCESS_KEY" --secret-key "$SECRET_KEY" "$ROOT" \
    >"$S3_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 100); do
    answers "http://127.0.0.1:$PORT/" && break 2
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
  log "s3s-fs did not answer on 127.0.0.1:$PORT (attempt $attempt):"
  cat "$S3_DIR/server.log" >&2
done
[ -n "$SERVER_PID" ] || { log "could not start s3s-fs"; exit 1; }
log "$("$S3S_FS" --version) on http://127.0.0.1:$PORT, bucket $BUCKET ($ROOT)"

export IZDE_TEST_S3_ENDPOINT="http://127.0.0.1:$PORT"
export IZDE_TEST_S3_BUCKET="$BUCKET"
export IZDE_TEST_S3_ACCESS_KEY="$ACCESS_KEY"
export IZDE_TEST_S3_SECRET_KEY="$SECRET_KEY"
export IZDE_TEST_S3_REGION=us-east-1
export IZDE_TEST_S3_ROOT="$ROOT"
status=0
"$@" || status=$?
exit "$status"
