#!/usr/bin/env bash
# Times `izde export` over a data directory (default: the 100 000 cases of `make bench-data`):
# the public profile as CSV, the researcher profile as JSON and the aggregate report, each into a
# new directory, then verifies each. Prints wall time, rows per second and peak resident memory.
# Usage: scripts/bench-export.sh [DATA_DIR]
# With IZDE_DATABASE_URL set (postgres://…), the export reads that database instead.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA_DIR="${1:-$ROOT/target/bench-data}"
BIN="$ROOT/target/release/izde"
[ -x "$BIN" ] || { echo "build first: make bench-data" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$OUT/$name.time" "$BIN" export "$@" --out "$OUT/$name" \
    --data-dir "$DATA_DIR" >"$OUT/$name.log" 2>&1 || { cat "$OUT/$name.log" >&2; exit 1; }
  read -r seconds kb <"$OUT/$name.time"
  local rows
  rows=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['rows_selected'])" \
    "$OUT/$name/manifest.json")
  "$BIN" export verify "$OUT/$name" >/dev/null
  python3 - "$name" "$rows" "$seconds" "$kb" <<'PY'
import sys
name, rows, seconds, kb = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"{name:<18} {rows:>7} rows  {seconds:5.2f} s  {rows / seconds:8.0f} rows/s  peak {kb / 1024:6.1f} MB")
PY
  head -1 "$OUT/$name.log" | cut -c1-160
}

echo "izde export over $DATA_DIR (wall time includes start-up: migrations check, unsealing)"
run public-csv --profile public --k 5
run researcher-json --profile researcher --format json --k 5
run aggregate --profile aggregate
