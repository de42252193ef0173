#!/usr/bin/env bash
# Load script for the case list at scale: serves a data directory (default: the 100k cases that
# `make bench-data` generates) with the release build and times whole page responses, per filter.
# Usage: scripts/bench-list.sh [DATA_DIR] [REQUESTS_PER_URL]
# With IZDE_DATABASE_URL set (postgres://…), the server reads that database instead of DATA_DIR's
# SQLite file (DATA_DIR still holds the key); see scripts/bench-postgres.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA_DIR="${1:-$ROOT/target/bench-data}"
N="${2:-30}"
ADDR=127.0.0.1:3917
BIN="$ROOT/target/release/izde"
[ -x "$BIN" ] || { echo "build first: make bench-data" >&2; exit 1; }
if [ -z "${IZDE_DATABASE_URL:-}" ]; then
  [ -f "$DATA_DIR/izde.db" ] || { echo "no database in $DATA_DIR: run make bench-data" >&2; exit 1; }
fi

# Every page needs a session: an admin account for the benchmark (it sees every name, so every
# list line is opened and its reading logged, the most work a page does), and a log-in.
PASSWORD="bench-password-$(date +%s)"
"$BIN" users add --username bench-admin --role admin --password-stdin --data-dir "$DATA_DIR" \
  <<<"$PASSWORD" >/dev/null 2>&1 || true
"$BIN" users set-password --username bench-admin --password-stdin --data-dir "$DATA_DIR" \
  <<<"$PASSWORD" >/dev/null

LEPTOS_SITE_ROOT="$ROOT/target/site" LEPTOS_OUTPUT_NAME=izde RUST_LOG=warn \
  "$BIN" serve --addr "$ADDR" --data-dir "$DATA_DIR" &
SERVER=$!
JAR=$(mktemp)
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -f "$JAR"' EXIT
for _ in $(seq 1 100); do curl -sf "http://$ADDR/login" -o /dev/null && break; sleep 0.2; done
curl -sf -o /dev/null -c "$JAR" -H "Origin: http://$ADDR" \
  --data-urlencode "username=bench-admin" --data-urlencode "password=$PASSWORD" "http://$ADDR/login"
grep -q izde-session "$JAR" || { echo "cannot log in to the benchmark server" >&2; exit 1; }

CASES=$("$BIN" check --data-dir "$DATA_DIR" | awk '$2 == "records" { print $3 }' || true)
BACKEND=SQLite
[ -n "${IZDE_DATABASE_URL:-}" ] && BACKEND=PostgreSQL
echo "case list over $CASES cases on $BACKEND, $N requests per URL (server and client on this machine)"
# first_ms is the first request of a URL (facet counts not cached yet); the others are the next N.
printf '%-52s %10s %10s %10s %10s\n' URL first_ms median_ms p90_ms max_ms
for path in \
  "/cases" \
  "/cases?page=2000" \
  "/cases?status=sentenced" \
  "/cases?prefecture=cn-xj-ili" \
  "/cases?charge=extremism" \
  "/cases?year=2018" \
  "/cases?status=camp&prefecture=cn-xj-kashgar&year=2017" \
  "/cases?charge=separatism&prefecture=cn-xj-altay&page=3" \
  "/cases?ethnicity=kazakh&sentence=10-20&sort=sentence" \
  "/cases?detained=2018" \
  "/cases?q=extremism" \
  "/cases?q=ghulja+camp" \
  "/statistics" \
  "/statistics?prefecture=cn-xj-ili&charge=extremism" \
  "/statistics?q=camp" \
  "/timeline?prefecture=cn-xj-ili&year=2018" \
  "/timeline?status=sentenced" \
  "/release-alerts"; do
  FIRST=$(curl -s -b "$JAR" -o /dev/null -w '%{time_total}' "http://$ADDR$path")
  for _ in $(seq 1 "$N"); do
    curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "http://$ADDR$path"
  done | sort -n | awk -v path="$path" -v first="$FIRST" '{ t[NR] = $1 * 1000 } END {
      printf "%-52s %10.1f %10.1f %10.1f %10.1f\n", path, first * 1000, t[int((NR + 1) / 2)], t[int(NR * 0.9)], t[NR] }'
done

# Name searches (posted, like the search box): a whole name from the first page, and its first two
# words (a partial name: every case with both words is a candidate).
NAME=$(curl -sf -b "$JAR" "http://$ADDR/cases" | grep -o 'class="case-name">[^<]*' | head -n1 | sed 's/.*">//')
if [ -n "$NAME" ]; then
  WORDS=$(echo "$NAME" | awk '{print $1, $2}')
  for q in "$NAME" "$WORDS"; do
    curl -sf -b "$JAR" -H "Origin: http://$ADDR" -o /dev/null --data-urlencode "q=$q" \
      "http://$ADDR/cases/search"   # warm up
    for _ in $(seq 1 "$N"); do
      curl -s -b "$JAR" -H "Origin: http://$ADDR" -o /dev/null -w '%{time_total}\n' \
        --data-urlencode "q=$q" "http://$ADDR/cases/search"
    done | sort -n | awk -v path="POST /cases/search q=$q" '{ t[NR] = $1 * 1000 } END {
        printf "%-52s %10.1f %10.1f %10.1f\n", substr(path, 1, 52), t[int((NR + 1) / 2)], t[int(NR * 0.9)], t[NR] }'
  done
fi

# A log-in: the throttle check, argon2id (19 MiB, t=2) on a blocking thread, the audit entry and the
# new session.
for _ in $(seq 1 10); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Origin: http://$ADDR" \
    --data-urlencode "username=bench-admin" --data-urlencode "password=$PASSWORD" "http://$ADDR/login"
done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
    printf "%-52s %10.1f %10.1f %10.1f\n", "POST /login (argon2id)", t[int((NR + 1) / 2)], t[int(NR * 0.9)], t[NR] }'

# The audit log this run wrote (every named list line is a logged reading): verify the whole chain.
START=$(date +%s.%N)
VERIFIED=$("$BIN" audit verify --data-dir "$DATA_DIR")
VERIFIED=${VERIFIED%%$'\n'*}
END=$(date +%s.%N)
awk -v s="$START" -v e="$END" -v v="$VERIFIED" 'BEGIN { printf "izde audit verify: %s (%.2f s)\n", v, e - s }'
