#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: a new cluster in a temp directory, listening on
# 127.0.0.1 on a free port, stopped and deleted when the command ends (whatever its exit status).
#
#   scripts/with-postgres.sh COMMAND [ARGS…]
#
# IZDE_PG_OPTIONS adds server settings ("-c shared_buffers=2GB", as the benchmarks do).
#
# The command sees IZDE_TEST_POSTGRES (a URL of the server's `postgres` database; tests create their
# own databases on it) and IZDE_TEST_POSTGRES_DATA (the cluster's data directory, which tests read to
# prove that no sensitive value reaches disk in plaintext). Installs Debian's server when no
# initdb is found (set IZDE_SKIP_APT=1 to forbid that).
set -euo pipefail

log() { printf '\033[1m[postgres]\033[0m %s\n' "$*" >&2; }

find_bin() {
  local name="$1" dir
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  for dir in /usr/local/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/$name" ]; then echo "$dir/$name"; return; fi
  done
  return 1
}

if ! find_bin initdb >/dev/null; then
  if [ "${IZDE_SKIP_APT:-0}" = 1 ]; then
    log "no PostgreSQL server binaries (initdb) found and IZDE_SKIP_APT=1"; exit 1
  fi
  log "installing the PostgreSQL server from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
INITDB="$(find_bin initdb)"
PG_CTL="$(find_bin pg_ctl)"

# initdb refuses to run as root: the cluster then belongs to the `postgres` system user.
as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  as_owner=(runuser -u postgres --)
fi

PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/izde-pg.XXXXXX")"
chmod 755 "$PG_DIR"
[ "${#as_owner[@]}" -gt 0 ] && chown postgres: "$PG_DIR"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop() {
  "${as_owner[@]}" "$PG_CTL" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop EXIT

"${as_owner[@]}" "$INITDB" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log" >&2; exit 1; }
# Durability settings are off: this cluster lives for one test run.
"${as_owner[@]}" "$PG_CTL" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start \
  -o "-p $PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${IZDE_PG_OPTIONS:-}" >/dev/null \
  || { cat "$PG_DIR/server.log" >&2; exit 1; }
log "PostgreSQL $("$INITDB" --version | awk '{print $3}') on 127.0.0.1:$PORT ($PG_DIR)"

export IZDE_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PORT/postgres"
export IZDE_TEST_POSTGRES_DATA="$PG_DIR/data"
status=0
"$@" || status=$?
exit "$status"
