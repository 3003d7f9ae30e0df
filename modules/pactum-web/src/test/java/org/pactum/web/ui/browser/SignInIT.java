package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.pactum.web.support.Api;

/**
 * Signing in and out, sessions, sign-in locks, changing one's password, and what every page's answer carries for
 * security. Each test starts signed out.
 */
@ExtendWith(SharedServerAndBrowser.class)
class SignInIT {

    /** A script element with its code in the page, which the policy's {@code script-src 'self'} blocks; files may load. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");

    private final BrowserUser user;
    private final Api api;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    SignInIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in_is_refused_a_wrong_password_and_then_sees_the_registry_as_themselves() {
        user.open("/");
        assertEquals(LoginPage.PATH, user.path(), "an anonymous visitor is sent to the login page");
        user.screenshot("login");

        user.signIn("drafter", "wrong");
        assertEquals(LoginPage.PATH, user.path());
        assertTrue(new LoginPage(user).messages().contains("Неверное имя пользователя или пароль"), user.pageText());

        user.signInAs("drafter");
        assertEquals(RegistryPage.PATH, user.path(), "after signing in, the registry");
        RegistryPage registry = new RegistryPage(user);
        assertTrue(registry.userName().contains("Анна Кравец"));
        assertTrue(registry.userRoles().contains("Составитель"));
    }

    @Test
    void a_login_page_left_open_past_its_session_asks_to_sign_in_again() {
        user.forgetWithLoginPageOpen();
        user.signIn("drafter", BrowserUser.DEMO_PASSWORD);
        assertEquals(LoginPage.PATH, user.path());
        assertTrue(new LoginPage(user).messages().contains("Страница входа устарела"), user.pageText());
        user.signInAs("drafter");
        assertEquals(RegistryPage.PATH, user.path());
    }

    @Test
    void signing_out_ends_the_session() {
        user.signInAs("signer1");
        new RegistryPage(user).signOut();
        assertEquals(LoginPage.PATH, user.path());
        user.open(RegistryPage.PATH);
        assertEquals(LoginPage.PATH, user.path(), "the registry needs a new sign-in");
    }

    @Test
    void pages_carry_the_security_headers_and_a_strict_session_cookie() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(user.address(LoginPage.PATH)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertAll(
                () -> assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'")
                        && policy.contains("frame-ancestors 'none'") && policy.contains("form-action 'self'"), policy),
                () -> assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse("")),
                () -> assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("")),
                () -> assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse("")),
                () -> assertTrue(cookie.contains("HttpOnly"), cookie),
                () -> assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie),
                () -> assertFalse(INLINE_SCRIPT.matcher(response.body()).find(), "nothing the policy would block"),
                () -> assertFalse(response.body().contains(" style="), "nothing the policy would block"));

        user.signInAs("drafter");
        Cookie session = user.browser().manage().getCookieNamed("JSESSIONID");
        assertNotNull(session, "the session after signing in");
        assertTrue(session.isHttpOnly());
        assertEquals("Lax", session.getSameSite());
        String registry = user.browser().getPageSource();
        assertFalse(INLINE_SCRIPT.matcher(registry).find() || registry.contains(" style="), "the registry works without inline code");

        user.consoleMessages();
        RegistryPage.open(user, "?q=%D0%9F%D0%B0%D0%B2%D0%BB%D0%BE%D0%B4%D0%B0%D1%80").openTitled("Павлодар");
        user.switchLanguage("kk");
        AgreementPage.open(user, "?id=999999");
        List<String> console = user.consoleMessages();
        assertTrue(console.stream().noneMatch(message -> message.contains("Content Security Policy")), console.toString());
    }

    @Test
    void five_wrong_passwords_lock_the_username_with_429_and_retry_after_the_login_page_says_when_one_event_records_it_and_an_administrator_unlocks_it()
            throws IOException, InterruptedException {
        String locked = "approver2";
        long locksBefore = total("api/v1/audit/events?action=user.sign-in-locked&actor=" + locked);
        try {
            for (int i = 1; i <= 4; i++) {
                assertEquals(401, me(locked, "wrong-" + i).statusCode(), "wrong password " + i);
            }
            HttpResponse<String> fifth = me(locked, "wrong-5");
            assertLocked(fifth);
            HttpResponse<String> right = me(locked, BrowserUser.DEMO_PASSWORD);
            assertLocked(right);
            assertTrue(right.body().contains("try again in"), right.body());

            user.signIn(locked, BrowserUser.DEMO_PASSWORD);
            assertEquals(LoginPage.PATH, user.path(), "the right password does not end the lock on the page either");
            String message = new LoginPage(user).messages();
            assertTrue(message.contains("Слишком много неудачных попыток входа") && message.contains("через 1 мин."), message);
            user.screenshot("login-locked");

            assertEquals(locksBefore + 1, total("api/v1/audit/events?action=user.sign-in-locked&actor=" + locked),
                    "one event for the lock, none for the attempts it refused");
            JsonObject lock = api.get("api/v1/audit/events?action=user.sign-in-locked&actor=" + locked, "auditor").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).getLast();
            JsonObject details = Json.createReader(new StringReader(lock.getString("details"))).readObject();
            assertEquals("ACCOUNT", details.getString("scope"), lock::toString);
            assertEquals(5, details.getInt("failures"), lock::toString);

            JsonObject listed = api.get("api/v1/sign-in-locks", "admin").array().getValuesAs(JsonObject.class).stream()
                    .filter(entry -> entry.getString("subject").equals(locked)).findFirst().orElseThrow();
            assertEquals("ACCOUNT", listed.getString("scope"));
            assertEquals(403, api.call("DELETE", "api/v1/sign-in-locks/" + locked, "drafter", null).status(),
                    "only an administrator unlocks");
        } finally {
            Api.Reply unlocked = api.call("DELETE", "api/v1/sign-in-locks/" + locked, "admin", null);
            assertEquals(204, unlocked.status(), unlocked::toString);
        }
        assertEquals(200, me(locked, BrowserUser.DEMO_PASSWORD).statusCode(), "signs in again at once");
        assertTrue(api.get("api/v1/audit/events?action=user.sign-in-unlocked&actor=admin", "auditor").body()
                .contains(locked), "the unlock is audited under the administrator");
    }

    @Test
    void a_user_changes_their_password_over_the_api_and_back_on_the_profile_page_and_the_old_one_stops_working_at_once()
            throws IOException, InterruptedException {
        String person = "signer2";
        String next = "Irtysh-Om-2026-spring";
        long changesBefore = total("api/v1/audit/events?action=user.password-changed&actor=" + person);
        assertEquals(200, me(person, BrowserUser.DEMO_PASSWORD).statusCode(), "the old password, now cached");

        HttpResponse<String> wrongCurrent = changePassword(person, BrowserUser.DEMO_PASSWORD, "not-the-password", next);
        assertEquals(422, wrongCurrent.statusCode(), wrongCurrent.body());
        assertTrue(wrongCurrent.body().contains("currentPassword"), wrongCurrent.body());
        HttpResponse<String> changed = changePassword(person, BrowserUser.DEMO_PASSWORD, BrowserUser.DEMO_PASSWORD, next);
        try {
            assertEquals(204, changed.statusCode(), changed.body());
            assertEquals(401, me(person, BrowserUser.DEMO_PASSWORD).statusCode(), "the cached old password is forgotten");
            assertEquals(200, me(person, next).statusCode());

            user.signIn(person, next);
            user.open("/account/profile.xhtml");
            user.type(By.id("password:current"), next);
            user.type(By.id("password:new"), BrowserUser.DEMO_PASSWORD);
            user.type(By.id("password:repeat"), BrowserUser.DEMO_PASSWORD);
            user.press(By.id("password:change"));
            assertTrue(user.pageText().contains("Пароль изменён"), user.pageText());
            user.screenshot("password-changed");
            assertEquals("/account/profile.xhtml", user.path(), "this session carries on");
        } finally {
            if (me(person, BrowserUser.DEMO_PASSWORD).statusCode() != 200) {
                assertEquals(204, changePassword(person, next, next, BrowserUser.DEMO_PASSWORD).statusCode());
            }
        }
        assertEquals(401, me(person, next).statusCode(), "changed back on the page");
        assertEquals(changesBefore + 2, total("api/v1/audit/events?action=user.password-changed&actor=" + person));
    }

    private static void assertLocked(HttpResponse<String> answer) {
        assertEquals(429, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("urn:pactum:problem:sign-in-locked"), answer.body());
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    private HttpResponse<String> me(String username, String password) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(user.address("api/v1/me")).header("Authorization", basic(username, password))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> changePassword(String username, String password, String current, String next)
            throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
        return http.send(HttpRequest.newBuilder(user.address("api/v1/me/password")).header("Authorization", basic(username, password))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long total(String query) {
        Api.Reply reply = api.get(query, "auditor");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
