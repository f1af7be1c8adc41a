#!/usr/bin/env bash
# Quick start 2: install everything and run all tests: type check, lint,
# unit tests, database tests on SQLite and PostgreSQL, and the browser
# end-to-end tests in headless Chromium.
set -euo pipefail
here="$(dirname "$0")"
source "$here/lib/node.sh"
source "$here/lib/system.sh"
source "$here/lib/postgres.sh"

install_system_packages
ensure_node
install_dependencies
cd "$ZOOPORT_ROOT"

results="$ZOOPORT_ROOT/test-results"
rm -rf "$results"
mkdir -p "$results"

start_test_postgres
trap stop_test_postgres EXIT

echo "==> Type check"
yarn tsc

echo "==> Lint"
yarn lint:all
yarn prettier:check

echo "==> Unit and database tests (SQLite and PostgreSQL)"
unit_status=0
CI=true yarn test --maxWorkers=2 --json --outputFile="$results/jest.json" ||
  unit_status=$?

echo "==> Browser end-to-end tests (headless Chromium)"
e2e_status=0
node e2e/run.mjs 2>&1 | tee "$results/e2e.log" || e2e_status=$?

node scripts/lib/summary.mjs "$results/jest.json" "$results/e2e.log"
[ "$unit_status" -eq 0 ] && [ "$e2e_status" -eq 0 ]
