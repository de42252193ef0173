#!/usr/bin/env bash
# `make bench-load-pg`: the load benchmark (scripts/bench-load.sh) on PostgreSQL. Run inside
# scripts/with-postgres.sh, which provides a throwaway server; generates the cases into it first.
# Usage: scripts/with-postgres.sh scripts/bench-load-postgres.sh [CASES] [SECONDS_PER_RUN]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CASES="${1:-100000}"
SECONDS_PER_RUN="${2:-10}"
BIN="$ROOT/target/release/izde"
OUT="$ROOT/target/bench-load-pg"
: "${IZDE_TEST_POSTGRES:?run through scripts/with-postgres.sh}"
SERVER="${IZDE_TEST_POSTGRES%/*}"
rm -rf "$OUT" && mkdir -p "$OUT"
psql -q "$IZDE_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS izde_load" -c "CREATE DATABASE izde_load"
export IZDE_DATABASE_URL="$SERVER/izde_load"
"$BIN" generate --cases "$CASES" --data-dir "$OUT" >/dev/null
psql -q "$IZDE_DATABASE_URL" -c "VACUUM ANALYZE"
"$ROOT/scripts/bench-load.sh" "$OUT" "$SECONDS_PER_RUN"
