#!/usr/bin/env bash
# Makes end2end/fixtures/testimony.webm, the short video the browser test uploads, plays and seeks
# (end2end/tests/evidence.spec.ts): 10 s of ffmpeg's test pattern with noise, VP9 in WebM (which
# Debian's Chromium plays), about 3.5 MB. The file is committed, so the tests need no ffmpeg; this
# says how it was made (`apt-get install ffmpeg` first).
set -euo pipefail
cd "$(dirname "$0")/.."
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "testsrc2=size=640x360:rate=25:duration=10,noise=alls=30:allf=t" \
  -c:v libvpx-vp9 -b:v 1700k -deadline realtime -cpu-used 8 -an \
  end2end/fixtures/testimony.webm
ls -l end2end/fixtures/testimony.webm
