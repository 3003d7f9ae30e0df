#!/usr/bin/env bash
# Requests per second for the registry list and for verification, on one node and on two clustered nodes, each time
# behind the HAProxy configuration of docker/ (docs/performance.md, "One node and two"). Everything on loopback:
# a PostgreSQL cluster of its own, Payara Micro nodes in demo mode, HAProxy, and ApacheBench (Debian: postgresql,
# haproxy, apache2-utils). PACTUM_JAVA_OPTS adds JVM options to the nodes, as for ./pactum run. Every process it
# starts is stopped by its process id at the end.
#
#   modules/pactum-benchmarks/src/main/sh/nodes-throughput.sh [work-dir]     (after ./mvnw -q install -DskipTests)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)"
WORK="${1:-/tmp/pactum-nodes-throughput}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
WAR="$ROOT/modules/pactum-web/target/ROOT.war"
MICRO="$ROOT/modules/pactum-web/target/payara-micro.jar"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PG_PORT=55432
PIDS=()

stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    # The first process id is as_postgres's, not the server's: pg_ctl stops the server itself.
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop > /dev/null 2>&1 || true
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    done
}
trap stop_all EXIT

as_postgres() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi; }

rm -rf "$WORK" && mkdir -p "$WORK/data"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U pactum --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync > "$WORK/initdb.log"
as_postgres "$PG_BIN/postgres" -D "$WORK/pg" -h 127.0.0.1 -p "$PG_PORT" -k "$WORK" -c max_connections=100 \
    > "$WORK/postgresql.log" 2>&1 &
PIDS+=($!)
until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; do sleep 0.2; done
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U pactum pactum

# One node: $1 its name, $2 its HTTP port, $3 its cluster port, $4 the cluster's members ("" for a single node).
start_node() {
    local cluster=(--nocluster)
    if [ -n "$4" ]; then
        cluster=(--clustermode "tcpip:$4" --startport "$3" --interfaces 127.0.0.1 --clustername pactum-bench \
            --name "$1" --nohostaware)
    fi
    PACTUM_MODE=demo PACTUM_DATA_DIR="$WORK/data" PACTUM_CLUSTER_MEMBERS="$4" PACTUM_ROUTING_SCHEDULER_NODE="$1" \
    PACTUM_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
    PACTUM_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pactum" PACTUM_DATASOURCE_USER=pactum \
    PACTUM_DATASOURCE_PASSWORD=unused \
        "$JAVA" ${PACTUM_JAVA_OPTS:-} -Dhazelcast.socket.bind.any=false -Xmx1g -jar "$MICRO" --deploy "$WAR" --contextroot / \
        --port "$2" "${cluster[@]}" --prebootcommandfile "$ROOT/config/payara/pre-boot-loopback.asadmin" \
        > "$WORK/$1.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 300); do
        curl -fsS --max-time 2 "http://127.0.0.1:$2/health" 2>/dev/null | grep -q '"UP"' && return 0
        sleep 1
    done
    echo "node $1 did not start; see $WORK/$1.log" >&2
    exit 1
}

start_proxy() {
    PACTUM_PROXY_BIND=127.0.0.1:8090 PACTUM_NODE_1="127.0.0.1:$1" PACTUM_NODE_2="127.0.0.1:$2" \
        haproxy -db -f "$ROOT/docker/haproxy/haproxy.cfg" > "$WORK/haproxy-$3.log" 2>&1 &
    PIDS+=($!)
    PROXY_PID=$!
    sleep 12    # two health checks 5 s apart bring a node into the rotation
}

# CPU seconds the nodes have used so far (user + system, from /proc).
nodes_cpu() {
    local total=0 pid
    for pid in "${NODE_PIDS[@]}"; do
        total=$(awk -v t="$total" -v hz="$(getconf CLK_TCK)" '{printf "%.2f", t + ($14 + $15) / hz}' "/proc/$pid/stat")
    done
    printf '%s' "$total"
}

# ab's requests/s, median and p90 for $1 requests at $2 clients, and the nodes' CPU per request; $3.. ab's options
# and the URL.
measure() {
    local n="$1" c="$2"; shift 2
    ab -q -k -n "$((n / 4))" -c "$c" -A auditor:demo "$@" > /dev/null 2>&1    # warm-up
    local before; before="$(nodes_cpu)"
    ab -q -k -n "$n" -c "$c" -A auditor:demo "$@" > "$WORK/ab.txt" 2>&1
    local after; after="$(nodes_cpu)"
    awk -v c="$c" -v n="$n" -v cpu="$(awk -v a="$after" -v b="$before" 'BEGIN {print a - b}')" \
        '/Requests per second/ {rps=$4} /Non-2xx/ {bad=$3} /^ +50%/ {p50=$2} /^ +90%/ {p90=$2}
         END {printf "  %2d clients: %7.1f req/s  p50 %4d ms  p90 %4d ms  server CPU %5.1f ms/request  non-2xx %s\n",
              c, rps, p50, p90, cpu * 1000 / n, bad + 0}' "$WORK/ab.txt"
}

run_load() {
    local label="$1"
    echo "== $label: registry list (GET /api/v1/agreements, first page)"
    for c in 4 16; do measure 2000 "$c" "http://127.0.0.1:8090/api/v1/agreements"; done
    echo "== $label: verification (POST /api/v1/verifications, the demo's signed sister-city agreement)"
    for c in 4 16; do measure 800 "$c" -T application/pdf -p "$WORK/sister.pdf" "http://127.0.0.1:8090/api/v1/verifications"; done
}

start_node node-a 8191 6901 ""
NODE_PIDS=("${PIDS[-1]}")
curl -fsS -u auditor:demo -o "$WORK/sister.pdf" http://127.0.0.1:8191/api/v1/agreements/3/document
start_proxy 8191 8192 one
echo "uptime before: $(uptime)"
run_load "one node"
kill "$PROXY_PID"; kill "${NODE_PIDS[0]}"; sleep 5

members="127.0.0.1:6901,127.0.0.1:6902"
start_node node-a 8191 6901 "$members"
NODE_PIDS=("${PIDS[-1]}")
start_node node-b 8192 6902 "$members"
NODE_PIDS+=("${PIDS[-1]}")
start_proxy 8191 8192 two
echo "uptime before: $(uptime)"
run_load "two nodes"
