#!/usr/bin/env bash
# A manual trial of Pactum's OpenID Connect sign-in and sign-out against a real Keycloak (docs/security.md, "OpenID
# Connect"). Not run by .ci/run: Keycloak's first start alone takes minutes on two cores.
#
# Fetches Keycloak's server distribution with Maven (org.keycloak:keycloak-quarkus-dist, online), starts it in dev
# mode on 127.0.0.1 with the example realm config/keycloak/staff-realm.json imported, starts Pactum (./pactum run, demo
# data) on 127.0.0.1 pointed at that realm, and has headless Chromium (Debian's /usr/bin/chromium, driven by
# playwright-core from npm, installed under the trial's directory) sign in and out as the realm's staff
# (keycloak-trial.mjs: one line per check). Stops everything it started, by pid, whatever happens.
#
#   modules/pactum-web/src/test/sh/keycloak-trial.sh
#
# KEYCLOAK_VERSION (26.7.3), KEYCLOAK_PORT (18480), PACTUM_PORT (18481), TRIAL_DIR (/tmp/pactum-keycloak-trial)
# and SHOTS (screenshots, $TRIAL_DIR/shots) may be set. The realm's client expects Pactum at localhost:$PACTUM_PORT
# (another host name than Keycloak's 127.0.0.1, so that the two keep their cookies apart as on real hosts).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-18480}"
PACTUM_PORT="${PACTUM_PORT:-18481}"
TRIAL_DIR="${TRIAL_DIR:-/tmp/pactum-keycloak-trial}"
SHOTS="${SHOTS:-$TRIAL_DIR/shots}"
KEYCLOAK="$TRIAL_DIR/keycloak-$KEYCLOAK_VERSION"
ADMIN_PASSWORD="trial-admin-$RANDOM$RANDOM"
REALM_SECRET="trial-client-secret-change-me"

say() { printf 'keycloak-trial: %s\n' "$*"; }
fail() { printf 'keycloak-trial: %s\n' "$*" >&2; exit 1; }

mkdir -p "$TRIAL_DIR" "$SHOTS"
export JAVA_HOME="${JAVA_HOME:-$("$ROOT/pactum" java | cut -d' ' -f1)}"

keycloak_pid=""
pactum_pid=""
# The processes below one, children first: the JVMs the launchers started.
descendants() {
    local child
    for child in $(pgrep -P "$1" || true); do
        descendants "$child"
        printf '%s\n' "$child"
    done
}
# Stops a launcher and the JVM under it by their pids (./pactum run's JVM may sit under a subshell of it).
stop_tree() {
    local pid
    for pid in $(descendants "$1") "$1"; do
        kill "$pid" 2>/dev/null || true
    done
    wait "$1" 2>/dev/null || true
}
stop_all() {
    [ -z "$pactum_pid" ] || stop_tree "$pactum_pid"
    [ -z "$keycloak_pid" ] || stop_tree "$keycloak_pid"
}
trap stop_all EXIT

# --- Keycloak: its distribution, a fresh database, the example realm ---
if [ ! -x "$KEYCLOAK/bin/kc.sh" ]; then
    say "fetching Keycloak $KEYCLOAK_VERSION's distribution with Maven ..."
    "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$TRIAL_DIR"
    (cd "$TRIAL_DIR" && unzip -q -o "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
fi
rm -rf "$KEYCLOAK/data"
mkdir -p "$KEYCLOAK/data/import"
sed "s#http://localhost:18481#http://localhost:$PACTUM_PORT#g" "$ROOT/config/keycloak/staff-realm.json" \
    > "$KEYCLOAK/data/import/staff-realm.json"
say "starting Keycloak $KEYCLOAK_VERSION on 127.0.0.1:$KEYCLOAK_PORT (log: $TRIAL_DIR/keycloak.log) ..."
KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "$KEYCLOAK/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    > "$TRIAL_DIR/keycloak.log" 2>&1 &
keycloak_pid=$!

# --- Pactum: demo data in a fresh directory, OpenID Connect against the realm ---
rm -rf "$TRIAL_DIR/pactum-data"
say "starting Pactum on 127.0.0.1:$PACTUM_PORT (log: $TRIAL_DIR/pactum-data/server.log) ..."
PACTUM_HTTP_PORT="$PACTUM_PORT" PACTUM_DATA_DIR="$TRIAL_DIR/pactum-data" \
    PACTUM_OIDC_ISSUER="http://127.0.0.1:$KEYCLOAK_PORT/realms/staff" \
    PACTUM_OIDC_CLIENT_ID=pactum PACTUM_OIDC_CLIENT_SECRET="$REALM_SECRET" \
    PACTUM_OIDC_REDIRECT_URI="http://localhost:$PACTUM_PORT/oidc/callback" PACTUM_OIDC_LABEL="Staff SSO" \
    PACTUM_OIDC_ROLE_DRAFTER=pactum-drafters PACTUM_OIDC_ROLE_APPROVER=pactum-approvers \
    PACTUM_OIDC_ROLE_SIGNER=pactum-signers PACTUM_OIDC_ROLE_AUDITOR=pactum-auditors \
    PACTUM_OIDC_ROLE_ADMIN=pactum-admins \
    "$ROOT/pactum" run > "$TRIAL_DIR/pactum.log" 2>&1 &
pactum_pid=$!

waited=0
until curl -fsS --max-time 2 "http://127.0.0.1:$KEYCLOAK_PORT/realms/staff/.well-known/openid-configuration" \
        > /dev/null 2>&1; do
    kill -0 "$keycloak_pid" 2>/dev/null || fail "Keycloak stopped; see $TRIAL_DIR/keycloak.log"
    [ "$waited" -lt 600 ] || fail "Keycloak did not answer in 10 minutes"
    sleep 2; waited=$((waited + 2))
done
say "Keycloak answers after ${waited}s"
until grep -q 'Pactum is running' "$TRIAL_DIR/pactum.log" 2>/dev/null; do
    kill -0 "$pactum_pid" 2>/dev/null || fail "Pactum stopped; see $TRIAL_DIR/pactum.log"
    [ "$waited" -lt 900 ] || fail "Pactum did not start in 15 minutes"
    sleep 2; waited=$((waited + 2))
done
say "Pactum answers"

# --- The browser ---
if [ ! -d "$TRIAL_DIR/driver/node_modules/playwright-core" ]; then
    say "installing playwright-core from npm into $TRIAL_DIR/driver ..."
    mkdir -p "$TRIAL_DIR/driver"
    (cd "$TRIAL_DIR/driver" && npm init -y > /dev/null && npm install --no-audit --no-fund playwright-core@1 > /dev/null)
fi
cp "$ROOT/modules/pactum-web/src/test/sh/keycloak-trial.mjs" "$TRIAL_DIR/driver/"
say "Keycloak $KEYCLOAK_VERSION, Pactum $(git -C "$ROOT" rev-parse --short HEAD), $(/usr/bin/chromium --version 2>/dev/null)"
status=0
PACTUM_URL="http://localhost:$PACTUM_PORT" KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT" SHOTS="$SHOTS" \
    KEYCLOAK_ADMIN=admin KEYCLOAK_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    node "$TRIAL_DIR/driver/keycloak-trial.mjs" || status=$?
say "what Pactum logged about OpenID Connect:"
grep -h 'OpenID Connect' "$TRIAL_DIR/pactum-data/server.log" | sed 's/.*\] //' | sort | uniq -c | sort -rn | head -n 20 || true
exit "$status"
