#!/usr/bin/env bash
# Measures the notes mirror's web-UI edit → thread latency (Slack and Matrix) and the Perfherder
# requests per poll for 10, 100 and 1000 active summaries, against the local fakes. Writes
# bench/results/notes-mirror.md. Takes a few minutes; not part of `verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=NotesMirrorBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true
cat bench/results/notes-mirror.md
