#!/usr/bin/env bash
# The bulk import benchmark (`make bench-import`, `make bench-import-pg`): a ROWS-row CSV written by
# scripts/bench-import-csv.awk (a Russian header; every name in four scripts; an ID number, so two
# sealed fields per case besides the testifier's name; a reference column) imported into an empty
# installation with the release build, then the same file again, then a copy with 1 % of its rows
# changed. Rows per second and the importer's peak memory (GNU time). On SQLite in a scratch data
# directory; inside scripts/with-postgres.sh, into a new PostgreSQL database.
# Usage: scripts/bench-import.sh [ROWS]   |   scripts/with-postgres.sh scripts/bench-import.sh [ROWS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-100000}"
BIN="$ROOT/target/release/izde"
[ -x "$BIN" ] || { echo "build first: cargo build --release --features ssr" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/izde-bench-import.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
if [ -n "${IZDE_TEST_POSTGRES:-}" ]; then
  psql -q "$IZDE_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS izde_import" -c "CREATE DATABASE izde_import"
  export IZDE_DATABASE_URL="${IZDE_TEST_POSTGRES%/*}/izde_import"
  echo "PostgreSQL"
else
  unset IZDE_DATABASE_URL
  echo "SQLite"
fi

awk -v N="$ROWS" -f "$ROOT/scripts/bench-import-csv.awk" >"$WORK/cases.csv"
# The sheet has no column for how the testimonies were given.
printf '[defaults]\ntestimony_medium = "written"\n' >"$WORK/map.toml"
# 1 % of the rows changed (a birth year one more), the rest as they were.
awk -F';' -v OFS=';' 'NR > 1 && NR % 100 == 0 { $3 = $3 + 1 } { print }' "$WORK/cases.csv" >"$WORK/changed.csv"
echo "$ROWS rows, $(( $(stat -c %s "$WORK/cases.csv") / 1024 / 1024 )) MB"
RUST_LOG=warn "$BIN" migrate --data-dir "$WORK/data" >/dev/null

run() {
  local label="$1" file="$2"
  shift 2
  local start end
  start=$(date +%s.%N)
  RUST_LOG=warn /usr/bin/time -f "%M" -o "$WORK/rss" \
    "$BIN" import "$file" --mapping "$WORK/map.toml" --data-dir "$WORK/data" "$@" >"$WORK/out" 2>&1 \
    || { cat "$WORK/out" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" -v n="$ROWS" -v kb="$(cat "$WORK/rss")" \
    'BEGIN { printf "%-34s %7.1f s  %8.0f rows/s  peak RSS %4.0f MB\n", l, e - s, n / (e - s), kb / 1024 }'
  grep -E "rows read|nothing to do|look like" "$WORK/out" | sed 's/^/    /'
}

run "dry run (check every row)" "$WORK/cases.csv" --dry-run
run "import into an empty database" "$WORK/cases.csv"
run "the same file again" "$WORK/cases.csv"
run "again with 1 % of rows changed" "$WORK/changed.csv"
