#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster of the PostgreSQL test run: databases "cc", "cc_empty", "cc_restart", "cc_overload" and "cc_records", user "cc"
# (password "cc"), on 127.0.0.1:PORT, data in DIR (in /tmp/cc-test-postgres-PORT when run as root). Needs Debian's postgresql package (the server binaries);
# .ci/run installs it. As root the server runs as the "postgres" user, which the package creates.
# usage: cluster.sh start|stop DIR PORT
set -euo pipefail
action=$1 dir=$2 port=$3
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin). Install them: apt-get install -y postgresql" >&2
  echo "or leave the PostgreSQL run out with -DskipPostgres." >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then
  # the server runs as "postgres", which may not be able to reach DIR (say, a checkout under /root): use /tmp
  dir=/tmp/cc-test-postgres-$port
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    printf 'cc\n' > "$dir/pw"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pw"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U cc --pwfile="$dir/pw" --auth=scram-sha-256 -E UTF8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start
    PGPASSWORD=cc as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U cc -d postgres -v ON_ERROR_STOP=1 -q -c "create database cc owner cc" -c "create database cc_empty owner cc" -c "create database cc_restart owner cc" -c "create database cc_overload owner cc" -c "create database cc_records owner cc"
    echo "PostgreSQL test cluster on 127.0.0.1:$port (databases cc, cc_empty, cc_restart, cc_overload and cc_records, user cc)"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop; fi
    ;;
  *)
    echo "usage: $0 start|stop DIR PORT" >&2
    exit 2
    ;;
esac
