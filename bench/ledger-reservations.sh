#!/usr/bin/env bash
# Measures quota-ledger reservations per second and p99 latency with 1, 8 and 32 clients next to
# the database's own limit (a plain single-row UPDATE ... RETURNING through the same JDBC code).
# Writes bench/results/ledger-reservations.md. Takes about two minutes; not part of `verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=LedgerReservationBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true
cat bench/results/ledger-reservations.md
