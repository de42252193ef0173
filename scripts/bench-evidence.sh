#!/usr/bin/env bash
# The evidence locker under the release build: a SIZE_MB file (default 1024) uploaded as a browser
# would (multipart, with curl), the server's peak memory growth during it, then seeks into it (the
# time to the first byte of a 1 KiB range at the middle, as a video player's seek asks), a whole
# download, and `izde evidence verify` over it. For comparison, on the same file: copying it
# (cp + sync: the disk), sha256sum (the hash), and the criterion figure for sealing chunks
# (`make bench-crypto`, group evidence). Server and client share this machine's cores.
# Usage: scripts/bench-evidence.sh [SIZE_MB]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZE_MB="${1:-1024}"
ADDR=127.0.0.1:3918
BIN="$ROOT/target/release/izde"
[ -x "$BIN" ] || { echo "build first: cargo build --release --features ssr" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/izde-bench-evidence.XXXXXX")"
DATA="$WORK/data"
JAR="$WORK/cookies"
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# Random bytes: nothing compresses, as with a real video.
head -c "${SIZE_MB}M" /dev/urandom >"$WORK/video.bin"
BYTES=$(stat -c %s "$WORK/video.bin")

PASSWORD="bench-password-$(date +%s)"
"$BIN" users add --username bench-admin --role admin --password-stdin --data-dir "$DATA" \
  <<<"$PASSWORD" >/dev/null
"$BIN" demo --data-dir "$DATA" >/dev/null
IZDE_CHECK_EVERY_HOURS=0 LEPTOS_SITE_ROOT="$ROOT/target/site" LEPTOS_OUTPUT_NAME=izde RUST_LOG=warn \
  "$BIN" serve --addr "$ADDR" --data-dir "$DATA" &
SERVER=$!
for _ in $(seq 1 100); do curl -sf "http://$ADDR/login" -o /dev/null && break; sleep 0.2; done
curl -sf -o /dev/null -c "$JAR" -H "Origin: http://$ADDR" \
  --data-urlencode "username=bench-admin" --data-urlencode "password=$PASSWORD" "http://$ADDR/login"
CASE=$(curl -sf -b "$JAR" "http://$ADDR/cases" | grep -o '/cases/[0-9a-f-]\{36\}' | head -1 | cut -d/ -f3)
[ -n "$CASE" ] || { echo "no case to attach the file to" >&2; exit 1; }

hwm() { awk '/VmHWM/ { print $2 }' "/proc/$SERVER/status"; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
BEFORE=$(hwm)
OUT=$(curl -s -o /dev/null -b "$JAR" -H "Origin: http://$ADDR" -w '%{http_code} %{time_total} %{redirect_url}' \
  -F attach=case -F "file=@$WORK/video.bin;filename=testimony.mp4" "http://$ADDR/cases/$CASE/evidence/new")
read -r STATUS UP_S LOCATION <<<"$OUT"
[ "$STATUS" = 303 ] || { echo "the upload answered $STATUS" >&2; exit 1; }
FILE="${LOCATION##*#evidence-}"
AFTER=$(hwm)
echo "upload of $SIZE_MB MiB: $(awk -v b="$BYTES" -v s="$UP_S" 'BEGIN { printf "%.0f MB/s (%.2f s)", b / s / 1e6, s }'), server peak RSS +$(( (AFTER - BEFORE) / 1024 )) MB (from $(( BEFORE / 1024 )) MB)"

URL="http://$ADDR/cases/$CASE/evidence/$FILE"
MIDDLE=$(( BYTES / 2 ))
TIMES=()
for _ in $(seq 1 20); do
  TIMES+=("$(curl -s -o /dev/null -b "$JAR" -r "$MIDDLE-$(( MIDDLE + 1023 ))" -w '%{time_starttransfer}' "$URL")")
done
SORTED=$(printf '%s\n' "${TIMES[@]}" | sort -n)
echo "seek to the middle (1 KiB range), 20 times: first byte median $(ms "$(sed -n 10p <<<"$SORTED")") ms, max $(ms "$(tail -1 <<<"$SORTED")") ms"
DOWN=$(curl -s -b "$JAR" -o "$WORK/back.bin" -w '%{time_total}' "$URL/download")
echo "download whole: $(awk -v b="$BYTES" -v s="$DOWN" 'BEGIN { printf "%.0f MB/s (%.2f s)", b / s / 1e6, s }')"
cmp -s "$WORK/video.bin" "$WORK/back.bin" && echo "  the download is byte for byte the upload" || { echo "the download differs" >&2; exit 1; }
rm -f "$WORK/back.bin"

kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
START=$(date +%s.%N)
"$BIN" evidence verify --data-dir "$DATA" >/dev/null
END=$(date +%s.%N)
echo "izde evidence verify: $(awk -v b="$BYTES" -v a="$START" -v e="$END" 'BEGIN { printf "%.0f MB/s (%.2f s)", b / (e - a) / 1e6, e - a }')"

echo "for comparison, the same file on this machine:"
START=$(date +%s.%N); cp "$WORK/video.bin" "$WORK/copy.bin"; sync; END=$(date +%s.%N)
echo "  cp + sync: $(awk -v b="$BYTES" -v a="$START" -v e="$END" 'BEGIN { printf "%.0f MB/s", b / (e - a) / 1e6 }')"
rm -f "$WORK/copy.bin"
START=$(date +%s.%N); sha256sum "$WORK/video.bin" >/dev/null; END=$(date +%s.%N)
echo "  sha256sum: $(awk -v b="$BYTES" -v a="$START" -v e="$END" 'BEGIN { printf "%.0f MB/s", b / (e - a) / 1e6 }')"
