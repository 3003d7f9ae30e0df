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

# The cluster, as ./pactum run makes it: the file beside this script (in the image too) says how.
set --
. "$(dirname "$0")/cluster-options.sh"

# The pre-boot commands with this node's listening address and the address the cluster member binds to.
preboot="$data/pre-boot.asadmin"
cluster_preboot "${PACTUM_PREBOOT_TEMPLATE:-$payara_dir/pre-boot-loopback.asadmin}" "$address" "$preboot"

# Hazelcast binds only to the interface named above, never to all of them.
exec java -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE:-70}" -Xss"${MEM_XSS:-512k}" \
    -Dhazelcast.socket.bind.any=false ${JVM_ARGS:-} -jar "$micro" \
    --deploy "$war" --contextroot / --port "${PACTUM_HTTP_PORT:-8080}" --prebootcommandfile "$preboot" "$@"
