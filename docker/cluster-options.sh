# Payara Micro's cluster options for one Pactum node, from PACTUM_CLUSTER_MEMBERS, PACTUM_CLUSTER_PORT,
# PACTUM_CLUSTER_ADDRESS, PACTUM_CLUSTER_NAME, PACTUM_CLUSTER_HOST_AWARE and PACTUM_NODE_NAME (docs/operations.md,
# "Two or more nodes"). The one place that makes them: docker/start-node.sh (the image's entry point, sh) and
# ./pactum run (bash) both source this file, so a node in a container and one started by the launcher are told alike.
#
# Sourced, it appends the options to the positional parameters (without PACTUM_CLUSTER_MEMBERS a single node:
# --nocluster), exports what the application reads of them, sets cluster_port and node_name, and defines
# cluster_preboot. POSIX sh only: the image's /bin/sh is busybox.

if [ -n "${PACTUM_CLUSTER_MEMBERS:-}" ]; then
    # Members are listed, never discovered by multicast: a node joins only the cluster it is told of.
    cluster_port="${PACTUM_CLUSTER_PORT:-6900}"
    node_name="${PACTUM_NODE_NAME:-$(hostname)-$cluster_port}"
    set -- "$@" --clustermode "tcpip:$PACTUM_CLUSTER_MEMBERS" --startport "$cluster_port" \
        --interfaces "${PACTUM_CLUSTER_ADDRESS:-127.0.0.1}" --clustername "${PACTUM_CLUSTER_NAME:-pactum}" \
        --name "$node_name"
    # Backups of the cluster's data go to a member on another host unless told the members share one.
    if [ "${PACTUM_CLUSTER_HOST_AWARE:-true}" = "false" ]; then
        set -- "$@" --nohostaware
    fi
    export PACTUM_CLUSTER_MEMBERS
    # db-scheduler tells the nodes apart by this name in its table.
    export PACTUM_ROUTING_SCHEDULER_NODE="${PACTUM_ROUTING_SCHEDULER_NODE:-$node_name}"
else
    set -- "$@" --nocluster
fi

# Writes the pre-boot commands of every Pactum server ($1: no TRACE; an unread request body is not read past 1 MiB)
# into $3, with the address the HTTP listener takes ($2) and the one the cluster member binds to.
cluster_preboot() {
    sed -e "s/http-listener.address=127.0.0.1/http-listener.address=$2/" \
        -e "s/hazelcast-runtime-configuration.interface=127.0.0.1/hazelcast-runtime-configuration.interface=${PACTUM_CLUSTER_ADDRESS:-127.0.0.1}/" \
        "$1" > "$3"
}
