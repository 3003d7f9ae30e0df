#!/bin/sh
# Starts one Pactum node: Payara Micro with the WAR, its options taken from PACTUM_* environment variables
# (docs/operations.md lists them). The image's entry point; the same script runs outside Docker in DockerFilesIT.
#
# Kept from the payara/micro image's own entry point: MEM_MAX_RAM_PERCENTAGE, MEM_XSS and JVM_ARGS.
set -eu

payara_dir="${PAYARA_DIR:-/opt/payara}"
war="${PACTUM_WAR:-$payara_dir/deployments/ROOT.war}"
micro="${PAYARA_MICRO_JAR:-$payara_dir/payara-micro.jar}"
data="${PACTUM_DATA_DIR:-$payara_dir/data}"
address="${PACTUM_HTTP_ADDRESS:-0.0.0.0}"
mkdir -p "$data"

# The pre-boot commands of every Pactum server (no TRACE; an unread request body is not read past 1 MiB), with this
# node's listening address and the address the cluster member binds to.
preboot="$data/pre-boot.asadmin"
sed -e "s/http-listener.address=127.0.0.1/http-listener.address=$address/" \
    -e "s/hazelcast-runtime-configuration.interface=127.0.0.1/hazelcast-runtime-configuration.interface=${PACTUM_CLUSTER_ADDRESS:-127.0.0.1}/" \
    "${PACTUM_PREBOOT_TEMPLATE:-$payara_dir/pre-boot-loopback.asadmin}" > "$preboot"

set -- --deploy "$war" --contextroot / --port "${PACTUM_HTTP_PORT:-8080}" --prebootcommandfile "$preboot"
# The cluster, as ./pactum run makes it (docs/operations.md, "Two or more nodes").
if [ -n "${PACTUM_CLUSTER_MEMBERS:-}" ]; then
    # Members are listed, never discovered by multicast: a node joins only the cluster it is told of.
    cluster_port="${PACTUM_CLUSTER_PORT:-6900}"
    node_name="${PACTUM_NODE_NAME:-$(hostname)-$cluster_port}"
    set -- "$@" --clustermode "tcpip:$PACTUM_CLUSTER_MEMBERS" --startport "$cluster_port" \
        --interfaces "${PACTUM_CLUSTER_ADDRESS:-127.0.0.1}" --clustername "${PACTUM_CLUSTER_NAME:-pactum}" \
        --name "$node_name"
    if [ "${PACTUM_CLUSTER_HOST_AWARE:-true}" = "false" ]; then
        set -- "$@" --nohostaware
    fi
    export PACTUM_CLUSTER_MEMBERS
    export PACTUM_ROUTING_SCHEDULER_NODE="${PACTUM_ROUTING_SCHEDULER_NODE:-$node_name}"
else
    set -- "$@" --nocluster
fi

# Hazelcast binds only to the interface named above, never to all of them.
exec java -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE:-70}" -Xss"${MEM_XSS:-512k}" \
    -Dhazelcast.socket.bind.any=false ${JVM_ARGS:-} -jar "$micro" "$@"
