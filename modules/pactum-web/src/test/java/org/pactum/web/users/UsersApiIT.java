package org.pactum.web.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.SharedApiServer;

/**
 * User accounts through {@code /api/v1/users} on the built WAR, as an administrator keeps them: created with an
 * initial password, given roles and parties, deactivated and reactivated, given a temporary password and unlocked
 * after wrong passwords — the person's own sign-ins following each change at once, and each change an audit event.
 * Refused as problem+json: every caller but an administrator, an administrator deactivating themselves or taking
 * their own ADMIN role. Each test makes its own accounts, so the tests share the deployment in any order.
 */
@ExtendWith(SharedApiServer.class)
class UsersApiIT {

    private static final String USERS = "api/v1/users";

    URL base;

    Api api;

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        api = new Api(base);
    }

    @Test
    void an_administrator_creates_a_signer_who_signs_in_and_names_the_parties_they_sign_for() {
        String username = fresh("signer");
        Api.Reply created = create(username, "Арман Сеитов", List.of("SIGNER"), "first password one");

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.location().endsWith("/" + USERS + "/" + username), created.location());
        assertNotNull(created.etag());
        JsonObject json = created.json();
        assertEquals("Арман Сеитов", json.getString("displayName"));
        assertEquals(List.of("SIGNER"), strings(json.getJsonArray("roles")));
        assertTrue(json.getBoolean("active"));
        assertFalse(json.containsKey("password") || json.toString().contains("first password"), json::toString);
        assertEquals(200, as(username, "first password one").status(), "the new user signs in");

        long party = api.get("api/v1/parties", "admin").array().getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply named = api.put(USERS + "/" + username + "/parties", "admin", "[" + party + "]");
        assertEquals(200, named.status(), named::toString);
        assertEquals(List.of(party), longs(named.array()));
        assertTrue(strings(api.get("api/v1/parties/" + party + "/signers", "admin").array()).contains(username),
                "the party's own list names the signer");
        assertEquals(List.of(party), longs(api.get(USERS + "/" + username, "admin").json().getJsonArray("signsFor")));
        Api.Reply cleared = api.put(USERS + "/" + username + "/parties", "admin", "[]");
        assertEquals(200, cleared.status(), cleared::toString);
        assertFalse(strings(api.get("api/v1/parties/" + party + "/signers", "admin").array()).contains(username));

        assertEquals("Арман Сеитов", details(auditEvent("user.created", username)).getString("displayName"));
        assertEquals("admin", auditEvent("user.signing-parties-named", username).getString("actor"));
        assertTrue(api.get(USERS, "admin").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(user -> user.getString("username").equals(username)), "listed");
    }

    @Test
    void roles_change_with_the_version_and_a_stale_version_is_refused() {
        String username = fresh("drafter");
        Api.Reply created = create(username, "Айгуль Нурланова", List.of("DRAFTER"), "first password two");
        assertEquals(201, created.status(), created::toString);
        String etag = api.get(USERS + "/" + username, "admin").etag();

        Api.Reply changed = api.call("PUT", USERS + "/" + username, "admin", "{\"displayName\":\"Айгүл Нұрланова\","
                + "\"email\":\"a.nurlanova@pactum.example\",\"language\":\"kk\",\"roles\":[\"DRAFTER\",\"APPROVER\"]}",
                "If-Match", etag);

        assertEquals(200, changed.status(), changed::toString);
        assertEquals(List.of("DRAFTER", "APPROVER"), strings(changed.json().getJsonArray("roles")));
        assertEquals("kk", changed.json().getString("language"));
        JsonObject audited = details(auditEvent("user.changed", username));
        assertEquals("[\"DRAFTER\",\"APPROVER\"]", audited.get("roles").toString());
        assertEquals("[\"DRAFTER\"]", audited.get("rolesBefore").toString());

        Api.Reply stale = api.call("PUT", USERS + "/" + username, "admin",
                "{\"displayName\":\"X\",\"roles\":[\"DRAFTER\"]}", "If-Match", etag);
        assertProblem(stale, 409);
        Api.Reply unknownRole = api.call("PUT", USERS + "/" + username, "admin",
                "{\"displayName\":\"X\",\"roles\":[\"ROOT\"]}", "If-Match", api.get(USERS + "/" + username, "admin").etag());
        assertProblem(unknownRole, 422);
        assertTrue(unknownRole.body().contains("roles[0]"), unknownRole::toString);
    }

    @Test
    void a_deactivated_user_cannot_sign_in_until_reactivated_and_a_temporary_password_replaces_the_old_one() {
        String username = fresh("approver");
        assertEquals(201, create(username, "Олег Петров", List.of("APPROVER"), "first password three").status());
        assertEquals(200, as(username, "first password three").status(), "signed in once: the credential is cached");

        Api.Reply deactivated = api.put(USERS + "/" + username + "/active", "admin", "{\"active\":false}");
        assertEquals(200, deactivated.status(), deactivated::toString);
        assertFalse(deactivated.json().getBoolean("active"));
        assertEquals(401, as(username, "first password three").status(), "the cached credential was dropped");

        Api.Reply reactivated = api.put(USERS + "/" + username + "/active", "admin", "{\"active\":true}");
        assertEquals(200, reactivated.status(), reactivated::toString);
        assertEquals(200, as(username, "first password three").status());

        Api.Reply reset = api.put(USERS + "/" + username + "/password", "admin", "{\"password\":\"temporary password\"}");
        assertEquals(204, reset.status(), reset::toString);
        assertEquals(401, as(username, "first password three").status(), "the old password stops at once");
        assertEquals(200, as(username, "temporary password").status());

        assertEquals("admin", auditEvent("user.deactivated", username).getString("actor"));
        assertEquals("admin", auditEvent("user.reactivated", username).getString("actor"));
        JsonObject resetEvent = auditEvent("user.password-reset", username);
        assertFalse(resetEvent.toString().contains("temporary password"), "a password is never a detail");
    }

    @Test
    void a_temporary_password_opens_nothing_but_its_own_change_and_the_own_password_opens_everything_at_once() {
        String username = fresh("temporary");
        assertEquals(201, create(username, "Сауле Ахметова", List.of("DRAFTER"), "first password six").status());
        assertProblem(asUser("GET", "api/v1/agreements", username, "first password six", null), 403);
        Api.Reply ownFirst = asUser("PUT", "api/v1/me/password", username, "first password six",
                "{\"currentPassword\":\"first password six\",\"newPassword\":\"my own password six\"}");
        assertEquals(204, ownFirst.status(), ownFirst::toString);
        assertEquals(200, asUser("GET", "api/v1/agreements", username, "my own password six", null).status(),
                "the initial password replaced");

        Api.Reply reset = api.put(USERS + "/" + username + "/password", "admin", "{\"password\":\"temporary six\"}");
        assertEquals(204, reset.status(), reset::toString);
        Api.Reply refused = asUser("GET", "api/v1/agreements", username, "temporary six", null);
        assertProblem(refused, 403);
        assertEquals("urn:pactum:problem:password-change-required", refused.json().getString("type"), refused::toString);
        assertEquals(200, as(username, "temporary six").status(), "who the caller is still answers");

        Api.Reply changed = asUser("PUT", "api/v1/me/password", username, "temporary six",
                "{\"currentPassword\":\"temporary six\",\"newPassword\":\"my second password six\"}");
        assertEquals(204, changed.status(), changed::toString);
        Api.Reply agreements = asUser("GET", "api/v1/agreements", username, "my second password six", null);
        assertEquals(200, agreements.status(), agreements::toString);
        JsonObject audited = api.get("api/v1/audit/events?action=user.password-changed&actor=" + username, "auditor")
                .json().getJsonArray("items").getJsonObject(0);
        assertTrue(details(audited).getBoolean("replacedTemporary"), audited::toString);
    }

    @Test
    void an_administrator_ends_a_users_sign_in_lock() {
        String username = fresh("locked");
        assertEquals(201, create(username, "Павел Громов", List.of("AUDITOR"), "first password four").status());
        try {
            int status = 0;
            for (int i = 0; i < 6 && status != 429; i++) {
                status = as(username, "wrong password").status();
            }
            assertEquals(429, status, "locked after wrong passwords");
            assertTrue(api.get(USERS + "/" + username, "admin").json().getBoolean("signInLocked"));

            Api.Reply unlocked = api.call("DELETE", USERS + "/" + username + "/sign-in-lock", "admin", null);

            assertEquals(204, unlocked.status(), unlocked::toString);
            assertFalse(api.get(USERS + "/" + username, "admin").json().getBoolean("signInLocked"));
            assertEquals(200, as(username, "first password four").status());
            assertTrue(details(auditEvent("user.sign-in-unlocked", username)).getBoolean("wasLocked"));
        } finally {
            // The wrong passwords also counted against the tests' one client address, which other classes share.
            api.call("DELETE", "api/v1/sign-in-locks/addresses/127.0.0.1", "admin", null);
        }
    }

    @Test
    void only_administrators_reach_users_and_an_administrator_keeps_their_own_access() {
        assertProblem(api.get(USERS, "auditor"), 403);
        assertProblem(api.post(USERS, "drafter", "{\"username\":\"x\"}"), 403);
        assertProblem(api.get(USERS, null), 401);
        assertProblem(api.get(USERS + "/nobody-here", "admin"), 404);
        assertProblem(create("admin", "Другой", List.of("ADMIN"), "some password"), 409);
        Api.Reply blank = create(fresh("blank"), "Пустой пароль", List.of("DRAFTER"), " ");
        assertProblem(blank, 422);
        assertTrue(blank.body().contains("\"password\""), blank::toString);
        assertProblem(api.post(USERS, "admin", "{\"username\":\"x\",\"displayName\":\"x\",\"roles\":[\"DRAFTER\"],"
                + "\"password\":\"password one\",\"superuser\":true}"), 422);

        Api.Reply self = api.put(USERS + "/admin/active", "admin", "{\"active\":false}");
        assertProblem(self, 422);
        assertTrue(self.body().contains("\"active\""), self::toString);
        Api.Reply ownRole = api.call("PUT", USERS + "/admin", "admin",
                "{\"displayName\":\"Администратор\",\"roles\":[\"AUDITOR\"]}", "If-Match", api.get(USERS + "/admin", "admin").etag());
        assertProblem(ownRole, 422);
        assertTrue(ownRole.body().contains("\"roles\""), ownRole::toString);
        assertTrue(api.get(USERS + "/admin", "admin").json().getBoolean("active"));
    }

    private Api.Reply create(String username, String name, List<String> roles, String password) {
        String roleList = String.join(",", roles.stream().map(role -> "\"" + role + "\"").toList());
        return api.post(USERS, "admin", "{\"username\":\"" + username + "\",\"displayName\":\"" + name
                + "\",\"roles\":[" + roleList + "],\"password\":\"" + password + "\"}");
    }

    /**
     * A request as the user with the password given: who they are, which every role may read, and which answers even
     * while a password an administrator set waits to be changed.
     */
    private Api.Reply as(String username, String password) {
        return asUser("GET", "api/v1/me", username, password, null);
    }

    private Api.Reply asUser(String method, String path, String username, String password, String json) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api.call(method, path, null, json, "Authorization", "Basic " + token);
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject auditEvent(String action, String username) {
        JsonArray events = api.get("api/v1/audit/events?action=" + action + "&size=100", "auditor").json()
                .getJsonArray("items");
        return events.stream().map(JsonValue::asJsonObject)
                .filter(event -> username.equals(details(event).getString("user", details(event).getString("subject", null))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " event for " + username + " in " + events));
    }

    private static JsonObject details(JsonObject event) {
        try (var reader = Json.createReader(new StringReader(event.getString("details")))) {
            return reader.readObject();
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<Long> longs(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
    }
}
