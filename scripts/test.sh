#!/usr/bin/env bash
# Quick start 2: install everything and run all tests: type check, lint,
# unit tests, database tests on SQLite and PostgreSQL, the unit tests again
# with the machine clock moved, the browser end-to-end tests in headless
# Chromium, and the install check (scripts/install-check.sh).
set -euo pipefail
here="$(dirname "$0")"
source "$here/lib/node.sh"
source "$here/lib/system.sh"
source "$here/lib/postgres.sh"
source "$here/lib/stages.sh"

stage "Install system packages" install_system_packages
stage "Install Node.js" ensure_node
stage "Install dependencies" install_dependencies
cd "$ZOOPORT_ROOT"

results="$ZOOPORT_ROOT/test-results"
rm -rf "$results"
mkdir -p "$results"

start_test_postgres
trap stop_test_postgres EXIT

stage "Type check" yarn tsc
stage "Lint" yarn lint:all
stage "Formatting" yarn prettier:check

export CI=true
status=0
reports=("$results/jest.json")
stage "Unit and database tests (SQLite and PostgreSQL)" \
  yarn test --maxWorkers=2 --json --outputFile="$results/jest.json" ||
  status=1

# No test may read the real clock: the suites run again at instants chosen to
# break such a test, a leap day and the night European clocks go forward.
shifted_clocks=(
  "2028-02-29 12:00:00|Pacific/Kiritimati|plugins/zooport/ plugins/zooport-common/"
  "2027-03-28 00:59:30|Europe/Berlin|plugins/zooport-common/ plugins/zooport-backend/ plugins/search-backend-module-zooport/"
)
for clock in "${shifted_clocks[@]}"; do
  IFS='|' read -r instant zone paths <<<"$clock"
  report="$results/jest-at-$(echo "$instant" | tr -c '0-9\n' '-').json"
  reports+=("$report")
  # shellcheck disable=SC2086 # the paths are words
  stage "Unit tests with the clock at $instant UTC, in $zone" \
    env TZ="$zone" faketime -f "@$instant" \
    node "$ZOOPORT_ROOT"/.yarn/releases/yarn-*.cjs test --maxWorkers=2 \
    --json --outputFile="$report" $paths || status=1
done

stage "Browser end-to-end tests (headless Chromium)" \
  bash -o pipefail -c 'node e2e/run.mjs 2>&1 | tee "$1"' _ "$results/e2e.log" ||
  status=1

# The install path a user takes: the packed plugins in a brand-new app.
stage "Install check (packed plugins in a new create-app app)" \
  bash scripts/install-check.sh || status=1

print_stage_times
node scripts/lib/summary.mjs "$results/e2e.log" \
  "$results/install-check/checks.json" "${reports[@]}"
[ "$status" -eq 0 ]
