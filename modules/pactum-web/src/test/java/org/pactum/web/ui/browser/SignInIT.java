package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/** Signing in and out, sessions, and what every page's answer carries for security. Each test starts signed out. */
@ExtendWith(SharedServerAndBrowser.class)
class SignInIT {

    private final BrowserUser user;

    SignInIT(BrowserUser user) {
        this.user = user;
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
                () -> assertFalse(response.body().contains("<script"), "nothing the policy would block"),
                () -> assertFalse(response.body().contains(" style="), "nothing the policy would block"));

        user.signInAs("drafter");
        Cookie session = user.browser().manage().getCookieNamed("JSESSIONID");
        assertNotNull(session, "the session after signing in");
        assertTrue(session.isHttpOnly());
        assertEquals("Lax", session.getSameSite());
        String registry = user.browser().getPageSource();
        assertFalse(registry.contains("<script") || registry.contains(" style="), "the registry works without inline code");

        user.consoleMessages();
        RegistryPage.open(user, "?q=%D0%9F%D0%B0%D0%B2%D0%BB%D0%BE%D0%B4%D0%B0%D1%80").openTitled("Павлодар");
        user.switchLanguage("kk");
        AgreementPage.open(user, "?id=999999");
        List<String> console = user.consoleMessages();
        assertTrue(console.stream().noneMatch(message -> message.contains("Content Security Policy")), console.toString());
    }
}
