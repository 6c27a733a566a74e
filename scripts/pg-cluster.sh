#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (scripts/test.sh starts and stops it).
#
#   scripts/pg-cluster.sh start DIR   initdb into DIR/data and start it; writes DIR/env
#   scripts/pg-cluster.sh stop DIR    stop it (DIR itself is the caller's to remove)
#
# The cluster listens on 127.0.0.1 on a free port and on a Unix socket in DIR/sock
# (nowhere else). Passwords are stored as SCRAM-SHA-256 and every TCP connection
# must prove one with SCRAM; on the socket only the bootstrap superuser (fuer_setup)
# is let in without a password, for this script. The tests get a role that may
# create databases and roles but is no superuser, as an office's database owner:
#
#   FUER_TEST_PG=postgresql://fuer_test:PASSWORD@127.0.0.1:PORT/postgres
#
# DIR/env holds that line (and FUER_TEST_PG_SOCKET, FUER_TEST_PG_PORT) for `source`.
# PostgreSQL refuses to run as root: as root the cluster runs as the `postgres`
# system user of the Debian package (DIR is handed to it).
set -euo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir=$candidate
done
if [ -z "$bindir" ]; then
    echo "pg-cluster: PostgreSQL's server programs (initdb, pg_ctl) are not installed (apt-get install postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    [ -d "$dir" ] || { echo "pg-cluster: $dir is not a folder" >&2; exit 1; }
    dir=$(cd "$dir" && pwd)
    if [ -e "$dir/data" ]; then
        echo "pg-cluster: $dir/data exists already; stop that cluster and use an empty folder" >&2
        exit 1
    fi
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "pg-cluster: running as root needs the 'postgres' user (apt-get install postgresql)" >&2; exit 1; }
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    setup_pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    test_pw=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    # A free port: the kernel picks one, we let it go and the server takes it.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    as_owner mkdir -p "$dir/sock"
    as_owner bash -c "umask 077; printf '%s\n' '$setup_pw' > '$dir/setup.pw'"
    as_owner "$bindir/initdb" -D "$dir/data" -U fuer_setup --pwfile="$dir/setup.pw" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # TLS as an office's server has it: a certificate for 127.0.0.1 (its address
    # only, so a client asking for "localhost" with verify-full is refused) signed
    # by a CA of this cluster, and another CA that signed nothing here.
    as_owner mkdir -p "$dir/tls"
    as_owner bash -c "cd '$dir/tls' && umask 077 &&
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=fuer-test-ca' \
            -keyout ca.key -out ca.crt &&
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=fuer-other-ca' \
            -keyout other-ca.key -out other-ca.crt &&
        openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout server.key -out server.csr &&
        printf 'subjectAltName=IP:127.0.0.1\n' > server.ext &&
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt && chmod 644 ca.crt other-ca.crt" >"$dir/tls.log" 2>&1 ||
        { cat "$dir/tls.log" >&2; exit 1; }
    as_owner bash -c "cat >> '$dir/data/postgresql.conf'" <<EOF
# scripts/pg-cluster.sh: a throwaway cluster for the tests
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/sock'
password_encryption = 'scram-sha-256'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
ssl = on
ssl_cert_file = '$dir/tls/server.crt'
ssl_key_file = '$dir/tls/server.key'
EOF
    as_owner bash -c "cat > '$dir/data/pg_hba.conf'" <<EOF
# TYPE  DATABASE  USER        ADDRESS        METHOD
local   all       fuer_setup                 trust
local   all       all                        scram-sha-256
host    all       all         127.0.0.1/32   scram-sha-256
EOF
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/psql" -X -q -h "$dir/sock" -p "$port" -U fuer_setup -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE fuer_test LOGIN CREATEDB CREATEROLE PASSWORD '$test_pw'" >/dev/null
    rm -f "$dir/setup.pw"
    as_owner bash -c "umask 077; cat > '$dir/env'" <<EOF
FUER_TEST_PG=postgresql://fuer_test:$test_pw@127.0.0.1:$port/postgres
FUER_TEST_PG_SOCKET=$dir/sock
FUER_TEST_PG_PORT=$port
FUER_TEST_PG_CA=$dir/tls/ca.crt
FUER_TEST_PG_OTHER_CA=$dir/tls/other-ca.crt
EOF
    echo "pg-cluster: PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') on 127.0.0.1:$port and $dir/sock; settings in $dir/env"
    ;;
stop)
    [ -d "$dir/data" ] || exit 0
    dir=$(cd "$dir" && pwd)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    ;;
*)
    usage
    ;;
esac
