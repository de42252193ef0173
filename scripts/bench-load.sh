#!/usr/bin/env bash
# Load benchmark (`make bench-load`): Izde's pages under 1 and 32 concurrent connections, side by side
# with a bare axum + sqlx handler running the same list queries over the same database
# (examples/bare_list.rs). Prints req/s, p50 and p99 per page, role and connection count, and for
# the list pages the ratio of Izde's req/s to the bare handler's.
# Usage: scripts/bench-load.sh [DATA_DIR] [SECONDS_PER_RUN]
# With IZDE_DATABASE_URL set (postgres://…), both servers read that database instead of DATA_DIR's
# SQLite file (DATA_DIR still holds the key); see scripts/bench-load-postgres.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA_DIR="${1:-$ROOT/target/bench-data}"
SECONDS_PER_RUN="${2:-10}"
ADDR=127.0.0.1:3917
BARE_ADDR=127.0.0.1:3918
BIN="$ROOT/target/release/izde"
BARE="$ROOT/target/release/examples/bare_list"
[ -x "$BIN" ] && [ -x "$BARE" ] || { echo "build first: make bench-load" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk (make bench-load does)" >&2; exit 1; }
if [ -z "${IZDE_DATABASE_URL:-}" ]; then
  [ -f "$DATA_DIR/izde.db" ] || { echo "no database in $DATA_DIR: run make bench-data" >&2; exit 1; }
  URL="sqlite://$DATA_DIR/izde.db"
  BACKEND=SQLite
else
  URL="$IZDE_DATABASE_URL"
  BACKEND=PostgreSQL
fi

# One account per role the list treats differently: a researcher sees pseudonyms (nothing opened,
# nothing logged); an admin sees every name (each list line opened, the view logged).
PASSWORD="bench-password-$(date +%s)"
for role in admin researcher; do
  "$BIN" users add --username "bench-$role" --role "$role" --password-stdin --data-dir "$DATA_DIR" \
    <<<"$PASSWORD" >/dev/null 2>&1 || true
  "$BIN" users set-password --username "bench-$role" --password-stdin --data-dir "$DATA_DIR" \
    <<<"$PASSWORD" >/dev/null
done

LEPTOS_SITE_ROOT="$ROOT/target/site" LEPTOS_OUTPUT_NAME=izde RUST_LOG=warn \
  "$BIN" serve --addr "$ADDR" --data-dir "$DATA_DIR" &
SERVER=$!
"$BARE" "$BARE_ADDR" "$URL" 2>/dev/null &
BARE_SERVER=$!
WORK=$(mktemp -d)
trap 'kill $SERVER $BARE_SERVER 2>/dev/null; wait $SERVER $BARE_SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 150); do
  curl -sf "http://$ADDR/login" -o /dev/null && curl -sf "http://$BARE_ADDR/cases?page_size=1" -o /dev/null && break
  sleep 0.2
done

cookie() {
  local jar="$WORK/$1.jar"
  curl -sf -o /dev/null -c "$jar" -H "Origin: http://$ADDR" \
    --data-urlencode "username=bench-$1" --data-urlencode "password=$PASSWORD" "http://$ADDR/login"
  awk '$6 ~ /izde-session/ { print $6 "=" $7 }' "$jar"
}
ADMIN=$(cookie admin)
RESEARCHER=$(cookie researcher)
[ -n "$ADMIN" ] && [ -n "$RESEARCHER" ] || { echo "cannot log in to the benchmark server" >&2; exit 1; }
CASE=$(curl -sf "http://$BARE_ADDR/cases?status=sentenced&page_size=1" | sed -n 2p)

# wrk's req/s, p50 and p99 (ms) for one URL at CONNECTIONS connections.
measure() {
  local url="$1" connections="$2" header="$3"
  local threads=$(( connections < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$connections" -d"${SECONDS_PER_RUN}s" --latency ${header:+-H "Cookie: $header"} "$url" |
    awk '
      function ms(v) {
        if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000
        return v
      }
      $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
      $1 == "Requests/sec:" { rps = $2 }
      $1 == "Non-2xx" { bad = $NF }
      END { printf "%.0f %.1f %.1f %s\n", rps, p50, p99, (bad ? bad : 0) }'
}

CASES=$("$BIN" check --data-dir "$DATA_DIR" | awk '$2 == "records" { print $3 }' || true)
echo "Load on $CASES cases, $BACKEND; wrk for ${SECONDS_PER_RUN}s per row; server and client on this machine ($(nproc) cores)"
printf '| %-30s | %-10s | %5s | %8s | %8s | %8s | %9s |\n' page as conns "req/s" "p50 ms" "p99 ms" "vs bare"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..32})" "$(printf -- '-%.0s' {1..12})" \
  "-------" "----------" "----------" "----------" "-----------"
row() {
  local page="$1" as="$2" conns="$3" url="$4" header="$5" bare_rps="${6:-}"
  read -r rps p50 p99 bad < <(measure "$url" "$conns" "$header")
  local ratio="" note=""
  [ -n "$bare_rps" ] && [ "$bare_rps" -gt 0 ] && ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  [ "$bad" != 0 ] && note=" ($bad not 2xx!)"
  printf '| %-30s | %-10s | %5s | %8s | %8s | %8s | %9s |%s\n' "$page" "$as" "$conns" "$rps" "$p50" "$p99" "$ratio" "$note"
  LAST_RPS=$rps
}
for conns in 1 32; do
  for path in "/cases?status=sentenced" "/cases?prefecture=cn-xj-ili" "/cases"; do
    row "$path" bare "$conns" "http://$BARE_ADDR$path" ""
    bare=$LAST_RPS
    row "$path" researcher "$conns" "http://$ADDR$path" "$RESEARCHER" "$bare"
    row "$path" admin "$conns" "http://$ADDR$path" "$ADMIN" "$bare"
  done
  [ -n "$CASE" ] && {
    row "a case page" researcher "$conns" "http://$ADDR/cases/$CASE" "$RESEARCHER"
    row "a case page" admin "$conns" "http://$ADDR/cases/$CASE" "$ADMIN"
  }
  row "/statistics" researcher "$conns" "http://$ADDR/statistics" "$RESEARCHER"
  row "/timeline?status=sentenced" researcher "$conns" "http://$ADDR/timeline?status=sentenced" "$RESEARCHER"
done

# A first view after a write: once a record changes, each kept figure is computed again.
echo
echo "A first view after a write (one synthetic case added by \`izde generate --cases 1\`), ms:"
for path in "/statistics" "/timeline?status=sentenced"; do
  curl -s -o /dev/null -b "$RESEARCHER" "http://$ADDR$path"
  "$BIN" generate --cases 1 --data-dir "$DATA_DIR" >/dev/null 2>&1
  t=$(curl -s -o /dev/null -w '%{time_total}' -b "$RESEARCHER" "http://$ADDR$path")
  again=$(curl -s -o /dev/null -w '%{time_total}' -b "$RESEARCHER" "http://$ADDR$path")
  awk -v p="$path" -v t="$t" -v a="$again" 'BEGIN { printf "  %-30s first %8.1f   then %8.1f\n", p, t * 1000, a * 1000 }'
done
