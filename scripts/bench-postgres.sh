#!/usr/bin/env bash
# The PostgreSQL benchmarks (`make bench-pg`): run inside scripts/with-postgres.sh, which provides a
# throwaway server. Generates 100 000 cases into PostgreSQL, times the case list and the exports over
# them, then times a backup of that database and its restore into SQLite and into a second PostgreSQL database.
# Usage: scripts/with-postgres.sh scripts/bench-postgres.sh [CASES] [REQUESTS_PER_URL]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CASES="${1:-100000}"
N="${2:-30}"
BIN="$ROOT/target/release/izde"
OUT="$ROOT/target/bench-pg"
: "${IZDE_TEST_POSTGRES:?run through scripts/with-postgres.sh}"
[ -x "$BIN" ] || { echo "build first: cargo build --release --features ssr" >&2; exit 1; }
SERVER="${IZDE_TEST_POSTGRES%/*}"
timed() { /usr/bin/time -f "  %e s wall, %M KB peak RSS" "$@"; }

rm -rf "$OUT" && mkdir -p "$OUT/key"
for db in izde_bench izde_restored; do
  psql -q "$IZDE_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done
export IZDE_DATABASE_URL="$SERVER/izde_bench"

echo "generate $CASES cases into PostgreSQL"
timed "$BIN" generate --cases "$CASES" --data-dir "$OUT/key"
psql -q "$IZDE_DATABASE_URL" -c "VACUUM ANALYZE"
"$ROOT/scripts/bench-list.sh" "$OUT/key" "$N"
"$ROOT/scripts/bench-export.sh" "$OUT/key"

echo "backup of PostgreSQL"
timed "$BIN" backup --out "$OUT/izde.backup" --data-dir "$OUT/key"
ls -l "$OUT/izde.backup" | awk '{ printf "  %.1f MB\n", $5 / 1e6 }'

echo "restore into a new SQLite file"
mkdir -p "$OUT/sqlite" && cp "$OUT/key/development-identity.txt" "$OUT/sqlite/"
(unset IZDE_DATABASE_URL; timed "$BIN" restore --yes "$OUT/izde.backup" --data-dir "$OUT/sqlite")

echo "restore into a new PostgreSQL database"
IZDE_DATABASE_URL="$SERVER/izde_restored" timed "$BIN" restore --yes "$OUT/izde.backup" --data-dir "$OUT/key"
