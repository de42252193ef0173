#!/usr/bin/env bash
# The bulk import benchmark (`make bench-import`, `make bench-import-pg`): a ROWS-row CSV written by
# scripts/bench-import-csv.awk (a Russian header; every name in four scripts; an ID number, so two
# sealed fields per case besides the testifier's name; a reference column) imported into an empty
# installation with the release build, then the same file again, then a copy with 1 % of its rows
# changed. Rows per second and the importer's peak memory (GNU time). On SQLite in a scratch data
# directory; inside scripts/with-postgres.sh, into a new PostgreSQL database.
# Then the floor: the rows the first import wrote (cases, testifiers, detentions, events, blind
# indexes, search text, references, audit entries, duplicate pairs), copied into another empty
# installation by the database's own tools in one transaction (SQLite: the sqlite3 shell with the
# importer's settings; PostgreSQL: pg_dump's COPY into psql), with the same constraints, indexes
# and triggers: what no importer of this schema can beat on this machine.
# Usage: scripts/bench-import.sh [ROWS]   |   scripts/with-postgres.sh scripts/bench-import.sh [ROWS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROWS="${1:-100000}"
BIN="$ROOT/target/release/izde"
[ -x "$BIN" ] || { echo "build first: cargo build --release --features ssr" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/izde-bench-import.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# The tables an import writes, parents first.
TABLES="keyring cases testifiers case_testifiers detentions sources testimonies events event_sources
  blind_index testifier_index case_text case_external_refs audit_log duplicate_pairs"
if [ -n "${IZDE_TEST_POSTGRES:-}" ]; then
  psql -q "$IZDE_TEST_POSTGRES" -c "DROP DATABASE IF EXISTS izde_import" -c "CREATE DATABASE izde_import" \
    -c "DROP DATABASE IF EXISTS izde_floor" -c "CREATE DATABASE izde_floor"
  export IZDE_DATABASE_URL="${IZDE_TEST_POSTGRES%/*}/izde_import"
  PG_DUMP="$(command -v pg_dump || ls /usr/lib/postgresql/*/bin/pg_dump | tail -1)"
  echo "PostgreSQL"
else
  unset IZDE_DATABASE_URL
  command -v sqlite3 >/dev/null \
    || { echo "the sqlite3 shell is missing: apt-get install sqlite3 (make bench-import does)" >&2; exit 1; }
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

# The floor: the same rows into another empty installation, by the database alone.
floor() {
  local start end
  if [ -n "${IZDE_TEST_POSTGRES:-}" ]; then
    local url="${IZDE_TEST_POSTGRES%/*}"
    IZDE_DATABASE_URL="$url/izde_floor" RUST_LOG=warn "$BIN" migrate --data-dir "$WORK/floor" >/dev/null
    # shellcheck disable=SC2046
    "$PG_DUMP" --data-only $(printf -- '-t %s ' $TABLES) "$url/izde_import" >"$WORK/floor.sql"
    start=$(date +%s.%N)
    psql -q -v ON_ERROR_STOP=1 --single-transaction "$url/izde_floor" -f "$WORK/floor.sql" >/dev/null
    end=$(date +%s.%N)
  else
    RUST_LOG=warn "$BIN" migrate --data-dir "$WORK/floor" >/dev/null
    {
      # The importer's connection settings (src/server/db/mod.rs).
      echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
      echo "PRAGMA secure_delete = ON; PRAGMA cache_size = -131072;"
      echo "ATTACH '$WORK/data/izde.db' AS imported; BEGIN;"
      # Each statement's time, after its name.
      echo ".timer on"
      for t in $TABLES; do
        echo ".print $t"
        echo "INSERT INTO main.$t SELECT * FROM imported.$t ORDER BY rowid;"
      done
      echo ".print commit"
      echo "COMMIT;"
      echo ".print checkpoint"
      echo "PRAGMA wal_checkpoint(TRUNCATE);"
    } >"$WORK/floor.sql"
    start=$(date +%s.%N)
    sqlite3 -bail "$WORK/floor/izde.db" <"$WORK/floor.sql" >"$WORK/floor.out"
    end=$(date +%s.%N)
  fi
  awk -v s="$start" -v e="$end" -v n="$ROWS" \
    'BEGIN { printf "%-34s %7.1f s  %8.0f rows/s\n", "its rows, by the database alone", e - s, n / (e - s) }'
  [ -f "$WORK/floor.out" ] && awk '/^Run Time/ { if (name != "" && $4 >= 0.05) printf "%s %s %.1f s", (n++ ? ";" : "   "), name, $4; name = "" }
    !/^Run Time/ && !/\|/ && NF == 1 { name = $1 } END { print "" }' "$WORK/floor.out"
  return 0
}
floor
run "the same file again" "$WORK/cases.csv"
run "again with 1 % of rows changed" "$WORK/changed.csv"
