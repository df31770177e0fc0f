#!/usr/bin/env bash
# Start the local PostgreSQL 15 cluster and create the server tests' role and database (idempotent).
# Needs root and Debian's postgresql-common (pg_ctlcluster). Without PostgreSQL it only warns: the
# PostgreSQL tests then skip, except under CI=true, where they fail.
set -euo pipefail
VERSION=15
CLUSTER=main
PORT=5432
ROLE=machishigoto
DB=machishigoto_test

warn() {
  echo "warning: $*; PostgreSQL server tests will be skipped (or fail under CI=true)" >&2
  exit 0
}
fail() {
  echo "error: $*" >&2
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  exit 0
}

command -v pg_ctlcluster >/dev/null 2>&1 || warn "PostgreSQL is not installed"
[ "$(id -u)" = "0" ] || warn "not root, so PostgreSQL $VERSION/$CLUSTER is not managed here"
pg_lsclusters -h 2>/dev/null | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }' \
  || warn "no PostgreSQL cluster $VERSION/$CLUSTER"

as_postgres() {
  if command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
  fi
}
psql_postgres() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" -tA "$@"; }

if ! pg_ctlcluster "$VERSION" "$CLUSTER" status >/dev/null 2>&1; then
  pg_ctlcluster "$VERSION" "$CLUSTER" start >/dev/null 2>&1 || fail "could not start PostgreSQL $VERSION/$CLUSTER"
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || fail "PostgreSQL $VERSION/$CLUSTER does not answer on port $PORT"

if [ "$(psql_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  psql_postgres -c "CREATE ROLE $ROLE LOGIN PASSWORD '$ROLE'" >/dev/null
fi
if [ "$(psql_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  psql_postgres -c "CREATE DATABASE $DB OWNER $ROLE" >/dev/null
fi
echo "PostgreSQL $VERSION/$CLUSTER ready: postgresql://$ROLE@127.0.0.1:$PORT/$DB"
