#!/usr/bin/env bash
# The install path of a user, end to end: pack the four plugins as a
# registry would serve them, generate a brand-new app with the current
# @backstage/create-app, add Zooport exactly as the plugin READMEs say,
# check that no @backstage package the app already had gains a second
# version, build the app, start it on SQLite and look at the paw tab and the
# request-support card in headless Chromium.
#
# Screenshots and logs go to test-results/install-check/. Everything else
# happens in a temporary directory, removed at the end unless
# ZOOPORT_INSTALL_CHECK_KEEP=1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/lib/node.sh"
source "$here/lib/stages.sh"

root="$ZOOPORT_ROOT"
results="$root/test-results/install-check"
work="$(mktemp -d "${TMPDIR:-/tmp}/zooport-install-check.XXXXXX")"
app="$work/app"
packs="$work/packs"
started_pids=()
status=0

# The plugins in the order they are packed, and the package each lives in.
plugins=(zooport-common zooport zooport-backend search-backend-module-zooport)
# The READMEs whose install steps a user follows.
readmes=(
  plugins/zooport/README.md
  plugins/zooport-backend/README.md
  plugins/search-backend-module-zooport/README.md
)

cleanup() {
  local pid
  for pid in "${started_pids[@]}"; do
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  print_stage_times
  if [ "${ZOOPORT_INSTALL_CHECK_KEEP:-0}" = 1 ]; then
    echo "Kept the generated app in $work"
  else
    rm -rf "$work"
  fi
  if [ "$status" -ne 0 ]; then
    echo "==> The install check FAILED (logs in test-results/install-check/)"
  else
    echo "==> The install check passed"
  fi
}
trap 'status=$?; cleanup; exit $status' EXIT
trap 'exit 130' INT TERM

# Runs a command with its output in a log file, shown only when it fails.
logged() {
  local log="$results/$1.log"
  shift
  if ! "$@" >"$log" 2>&1; then
    echo "--- last lines of test-results/install-check/$(basename "$log"):"
    tail -n 40 "$log"
    return 1
  fi
}

# Starts a command in a directory, in its own process group, to be stopped
# at the end.
start_background() {
  local dir="$1" log="$2"
  shift 2
  (cd "$dir" && exec setsid "$@") >"$log" 2>&1 &
  started_pids+=("$!")
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

wait_for_file() {
  local file="$1" seconds="$2"
  while [ ! -s "$file" ] && [ "$seconds" -gt 0 ]; do
    sleep 1
    seconds=$((seconds - 1))
  done
  [ -s "$file" ]
}

# --- 1. Pack the plugins -------------------------------------------------

fetch_create_app() {
  npm --loglevel=error install --prefix "$work/create-app" --no-save \
    --no-audit --no-fund @backstage/create-app@latest
}

pack_plugins() {
  mkdir -p "$packs"
  local plugin dir name
  for plugin in "${plugins[@]}"; do
    dir="$root/plugins/$plugin"
    name="$(node -p "require('$dir/package.json').name.replace('@', '').replace('/', '-')")"
    logged "build-$plugin" yarn --cwd "$dir" build || return 1
    logged "pack-$plugin" yarn --cwd "$dir" pack --out "$packs/$name.tgz" ||
      return 1
    # The manifest as packed, for the registry to serve.
    tar -xzOf "$packs/$name.tgz" package/package.json >"$packs/$name.json"
  done
  node -e '
    const { readdirSync, readFileSync } = require("fs");
    let bad = false;
    for (const f of readdirSync(process.argv[1]).filter(f => f.endsWith(".json"))) {
      const m = JSON.parse(readFileSync(`${process.argv[1]}/${f}`, "utf8"));
      const deps = { ...m.dependencies, ...m.peerDependencies };
      for (const [dep, range] of Object.entries(deps)) {
        if (range.startsWith("workspace:")) {
          console.error(`${m.name}: ${dep} is still ${range}`);
          bad = true;
        }
      }
      const own = Object.entries(deps).filter(([d]) => d.startsWith("@zooport/"));
      console.log(`${m.name}@${m.version} (main ${m.main})${own.length ? ", " + own.map(([d, r]) => `${d}@${r}`).join(", ") : ""}`);
    }
    process.exit(bad ? 1 : 0);
  ' "$packs"
}

# --- 2. Generate a new app -----------------------------------------------

generate_app() {
  wait "$create_app_pid" || {
    echo "Installing @backstage/create-app failed:"
    cat "$results/create-app-install.log"
    return 1
  }
  # create-app checks for yarn on PATH; the app pins its own release anyway.
  mkdir -p "$work/bin"
  printf '#!/bin/sh\nexec node %q "$@"\n' "$(echo "$root"/.yarn/releases/yarn-*.cjs)" \
    >"$work/bin/yarn"
  chmod +x "$work/bin/yarn"
  export PATH="$work/bin:$PATH"
  echo "@backstage/create-app $(node -p "require('$work/create-app/node_modules/@backstage/create-app/package.json').version")"
  # It asks for the app's name on stdin.
  echo zooport-install-check |
    logged create-app "$work/create-app/node_modules/.bin/backstage-create-app" \
      --path "$app" --skip-install || return 1
  echo "Backstage release of the new app: $(node -p "require('$app/backstage.json').version")"
}

# Yarn in the generated app: its own settings, never a CI's immutable lockfile.
app_yarn() {
  (cd "$app" && YARN_ENABLE_IMMUTABLE_INSTALLS=false yarn "$@")
}

# Two things the generated app needs that have nothing to do with Zooport:
# - Without create-app's seed lockfile (fetched from GitHub), the app's
#   backend resolves plugins of the current release, such as the signals
#   backend, which need a newer @backstage/backend-defaults than the template
#   names (httpRouter.addWebSocketHandler); the app then does not start. Its
#   range is raised to the one this repo's backend uses.
# - Native addons that only the API docs' YAML parser and ssh would use are
#   not built, to keep the install short.
prepare_app() {
  node -e '
    const fs = require("fs");
    const [app, repo] = process.argv.slice(1);
    const read = f => JSON.parse(fs.readFileSync(f, "utf8"));
    const write = (f, m) => fs.writeFileSync(f, `${JSON.stringify(m, null, 2)}\n`);
    const name = "@backstage/backend-defaults";
    const wanted = read(`${repo}/packages/backend/package.json`).dependencies[name];
    const backend = read(`${app}/packages/backend/package.json`);
    if (backend.dependencies[name] !== wanted) {
      console.log(`packages/backend: ${name} ${backend.dependencies[name]} -> ${wanted}`);
      backend.dependencies[name] = wanted;
      write(`${app}/packages/backend/package.json`, backend);
    }
    const root = read(`${app}/package.json`);
    root.dependenciesMeta = Object.fromEntries(
      ["tree-sitter", "tree-sitter-json", "@tree-sitter-grammars/tree-sitter-yaml", "cpu-features", "keytar"]
        .map(n => [n, { built: false }]),
    );
    write(`${app}/package.json`, root);
  ' "$app" "$root"
}

install_app() {
  prepare_app || return 1
  logged app-install app_yarn install || return 1
  node "$root/e2e/install/backstage-versions.mjs" snapshot \
    "$app/yarn.lock" "$work/before.json"
}

# --- 3. Add Zooport as the READMEs say ----------------------------------

# The packed tarballs are served as the @zooport scope's registry, the way
# a published release would be. A release made minutes ago is younger than
# the app's npmMinimalAgeGate, so the scope is preapproved like @backstage.
serve_packs() {
  start_background "$work" "$results/registry.log" \
    node "$root/e2e/install/registry.mjs" "$packs" "$work/registry.port"
  wait_for_file "$work/registry.port" 30 || return 1
  local port
  port="$(cat "$work/registry.port")"
  cat >>"$app/.yarnrc.yml" <<EOF
npmScopes:
  zooport:
    npmRegistryServer: 'http://127.0.0.1:$port'
unsafeHttpWhitelist:
  - '127.0.0.1'
EOF
  node -e '
    const fs = require("fs");
    const file = process.argv[1];
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, text.replace(
      /npmPreapprovedPackages:\n/,
      "npmPreapprovedPackages:\n  - \"@zooport/*\"\n",
    ));
  ' "$app/.yarnrc.yml"
}

# The shell lines of the README section, each one as written.
readme_commands() {
  node -e '
    const text = require("fs").readFileSync(process.argv[1], "utf8");
    const section = text.split(/^## /m).find(s => s.startsWith(process.argv[2]));
    if (!section) throw new Error(`no section "${process.argv[2]}"`);
    const shell = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map(m => m[1]);
    process.stdout.write(shell.join(""));
  ' "$1" "$2"
}

add_zooport() {
  local readme line
  for readme in "${readmes[@]}"; do
    while IFS= read -r line; do
      [ -n "$line" ] || continue
      case "$line" in
        "yarn --cwd packages/app add "* | "yarn --cwd packages/backend add "*) ;;
        *)
          echo "Unexpected install step in $readme: $line"
          return 1
          ;;
      esac
      echo "\$ $line"
      # shellcheck disable=SC2086 # the README's words
      logged "add-$(basename "$(dirname "$readme")")" app_yarn ${line#yarn } ||
        return 1
    done < <(readme_commands "$root/$readme" "Install into an existing Backstage")
  done

  # Each backend README's line for its Zooport package, as written, before
  # start(). (The optional policy line is left out: the new app has one.)
  local backend_readme import_line
  for backend_readme in plugins/zooport-backend/README.md \
    plugins/search-backend-module-zooport/README.md; do
    import_line="$(grep -m1 -E "^backend\.add\(import\('@zooport/[a-z-]+'\)\);" \
      "$root/$backend_readme")"
    [ -n "$import_line" ] || {
      echo "$backend_readme has no backend.add line for its package"
      return 1
    }
    node -e '
      const fs = require("fs");
      const [file, line] = process.argv.slice(1);
      const text = fs.readFileSync(file, "utf8");
      if (!text.includes("backend.start();")) throw new Error("no backend.start()");
      fs.writeFileSync(file, text.replace("backend.start();", `${line}\n\nbackend.start();`));
    ' "$app/packages/backend/src/index.ts" "$import_line"
    echo "packages/backend/src/index.ts: $import_line"
  done

  # The frontend in the new frontend system: discovered through app.packages.
  if grep -qE '^\s+packages: all' "$app/app-config.yaml"; then
    echo "app-config.yaml has app.packages: all, so the frontend plugin is discovered"
  else
    echo "The new app does not discover packages; add the plugin to createApp"
    return 1
  fi

  # A team opts in with the animal annotation (backend README, "Catalog
  # annotations"): the example org's group gets one.
  node -e '
    const fs = require("fs");
    const file = process.argv[1];
    const text = fs.readFileSync(file, "utf8");
    const group = /kind: Group\nmetadata:\n  name: guests\n/;
    if (!group.test(text)) throw new Error("no group guests in examples/org.yaml");
    fs.writeFileSync(file, text.replace(group, m =>
      `${m}  annotations:\n    zooport.dev/animal: koala\n    zooport.dev/emoji: "🐨"\n    zooport.dev/topics: onboarding, catalog\n`));
  ' "$app/examples/org.yaml"
}

# --- 4. No second version of any @backstage package ------------------------

check_versions() {
  node "$root/e2e/install/backstage-versions.mjs" snapshot \
    "$app/yarn.lock" "$work/after.json" >/dev/null
  node "$root/e2e/install/backstage-versions.mjs" compare \
    "$work/before.json" "$work/after.json" | tee "$results/backstage-versions.txt"
  local check=${PIPESTATUS[0]}
  if [ "$check" -ne 0 ]; then
    # Who asks for the second versions.
    local name
    for name in $(sed -n 's/^  \(@backstage\/[^:]*\): had.*/\1/p' "$results/backstage-versions.txt"); do
      echo "--- yarn why $name"
      app_yarn why "$name" | grep -E '@zooport|^├|^└' | head -n 20 || true
    done | tee -a "$results/backstage-versions.txt"
  fi
  return "$check"
}

# --- 5. Build and start ----------------------------------------------------

start_app() {
  port="$(free_port)"
  url="http://127.0.0.1:$port"
  cat >"$work/app-config.check.yaml" <<EOF
app:
  baseUrl: $url
backend:
  baseUrl: $url
  listen:
    port: $port
    host: 127.0.0.1
  cors:
    origin: $url
EOF
  # The backend as `yarn start` runs it (development mode, which the guest
  # sign-in needs); its app-backend serves the frontend built above.
  start_background "$app/packages/backend" "$results/app.log" \
    env YARN_ENABLE_IMMUTABLE_INSTALLS=false node "$app"/.yarn/releases/yarn-*.cjs \
    start --config ../../app-config.yaml --config "$work/app-config.check.yaml"
  local deadline=$((SECONDS + 240))
  until curl -fsS -o /dev/null "$url/.backstage/health/v1/readiness" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ] || ! kill -0 "${started_pids[-1]}" 2>/dev/null; then
      echo "The app did not come up; last lines of its log:"
      tail -n 40 "$results/app.log"
      return 1
    fi
    sleep 2
  done
  curl -fsS "$url/api/zooport/health"
  echo
  echo "App up at $url"
}

# --- Run -----------------------------------------------------------------

stage "Install Node.js" ensure_node
rm -rf "$results"
mkdir -p "$results"
cd "$root"
fetch_create_app >"$results/create-app-install.log" 2>&1 &
create_app_pid=$!
started_pids+=("$create_app_pid")

stage "Install the repo's dependencies" install_dependencies
stage "Type declarations (yarn tsc)" yarn tsc
stage "Build and pack the four plugins" pack_plugins
stage "Generate a new app with @backstage/create-app" generate_app
stage "Install the new app" install_app
stage "Serve the packed plugins as the @zooport registry" serve_packs
stage "Add Zooport as the READMEs say" add_zooport
stage "Check for second versions of @backstage packages" check_versions ||
  status=1
stage "Type check the app (yarn tsc)" logged app-tsc app_yarn tsc
stage "Build the app (yarn build:backend, with the frontend)" \
  logged app-build app_yarn build:backend
stage "Start the app on SQLite" start_app
stage "Look at Zooport in headless Chromium" \
  node "$root/e2e/install/browse.mjs" "$url" "$results" || status=1
exit "$status"
