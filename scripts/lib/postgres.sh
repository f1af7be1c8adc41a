# Sourced by scripts/test.sh: one throw-away PostgreSQL server per test run,
# owned by the postgres user, listening on loopback only.

POSTGRES_TEST_PORT="${POSTGRES_TEST_PORT:-54329}"

start_test_postgres() {
  local bin
  bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
  local major
  major="$(basename "$(dirname "$bin")")"
  POSTGRES_TEST_DIR="$(mktemp -d /tmp/zooport-pg.XXXXXX)"
  chown postgres:postgres "$POSTGRES_TEST_DIR"
  echo "==> Starting PostgreSQL $major on port $POSTGRES_TEST_PORT"
  runuser -u postgres -- "$bin/initdb" -D "$POSTGRES_TEST_DIR/data" \
    --auth=trust --username=postgres >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$POSTGRES_TEST_DIR/data" -w \
    -l "$POSTGRES_TEST_DIR/server.log" \
    -o "-p $POSTGRES_TEST_PORT -k $POSTGRES_TEST_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" \
    start >/dev/null
  POSTGRES_TEST_BIN="$bin"
  export ZOOPORT_TEST_POSTGRES_ID="POSTGRES_$major"
  export "BACKSTAGE_TEST_DATABASE_POSTGRES${major}_CONNECTION_STRING=postgresql://postgres@127.0.0.1:$POSTGRES_TEST_PORT"
}

stop_test_postgres() {
  if [ -n "${POSTGRES_TEST_DIR:-}" ]; then
    runuser -u postgres -- "$POSTGRES_TEST_BIN/pg_ctl" -D "$POSTGRES_TEST_DIR/data" \
      -m fast stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_TEST_DIR"
  fi
}
