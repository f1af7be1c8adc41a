#!/usr/bin/env bash
# Quick start 1: install everything and start the demo portal
# (frontend on :3000, backend on :7007, SQLite, demo data).
set -euo pipefail
source "$(dirname "$0")/lib/node.sh"
ensure_node
install_dependencies
cd "$ZOOPORT_ROOT"
exec node .yarn/releases/yarn-*.cjs start
