#!/usr/bin/env bash
# Starts a PostgreSQL server of Debian's own (package postgresql) for the test suite's PostgreSQL run: a cluster
# of its own, "gonggu_test", listening on loopback only, with a login and an empty database for the tests.
# Prints the shell lines that point the tests at it; packaging/dev.sh test evaluates them.
#   tests/postgres/start-test-server.sh [PORT]
set -euo pipefail

port=${1:-55432}
cluster=gonggu_test
role=gonggu_test
password=gonggu-test-only # a throw-away server on 127.0.0.1, so the password protects nothing real

if [ "$(id -u)" -ne 0 ]; then
    echo "start-test-server.sh makes a PostgreSQL cluster and must run as root" >&2
    exit 1
fi
# Only the lines printed last may reach standard output, since it is evaluated: everything the PostgreSQL tools
# say (pg_ctlcluster reports a stale pid file it removed, for one) goes to standard error.
start_server() {
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
        pg_createcluster "$version" "$cluster" -p "$port" -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
    fi
    printf '%s\n' "listen_addresses = '127.0.0.1'" \
        "fsync = off # test data only: nothing here needs to survive a power cut" \
        >"/etc/postgresql/$version/$cluster/conf.d/gonggu-test.conf"
    pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1 || pg_ctlcluster "$version" "$cluster" start

    as_postgres() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
    if [ "$(as_postgres -c "SELECT count(*) FROM pg_roles WHERE rolname = '$role'")" = 0 ]; then
        as_postgres -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'"
    fi
    if [ "$(as_postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$role'")" = 0 ]; then
        as_postgres -c "CREATE DATABASE $role OWNER $role ENCODING 'UTF8' TEMPLATE template0"
    fi
}
start_server >&2
echo "export GONGGU_TEST_POSTGRES=postgresql://$role@127.0.0.1:$port/$role"
echo "export PGPASSWORD=$password"
