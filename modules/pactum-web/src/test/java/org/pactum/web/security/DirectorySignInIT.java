package org.pactum.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.support.InMemoryDirectory;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.PactumWar;
import org.pactum.web.support.TestOpenIdProvider;
import org.pactum.web.ui.browser.PageChecks;

/**
 * The built WAR on Payara Micro (demo mode) signing staff in against an in-memory directory that this test starts
 * before the deployment, on loopback; the WAR's settings file gets the directory's {@code pactum.directory.*} keys.
 * The directory is stopped in later tests, to see the refusal an outage gets; the OpenID Connect tests, last, do not
 * need it.
 * <p>
 * The same server signs staff in through an OpenID Connect provider this test starts beside the directory
 * ({@link TestOpenIdProvider}, its settings {@code pactum.oidc.*} beside the directory's): a cookie-keeping client
 * follows the redirects of the code flow as a browser does.
 * <p>
 * The page states only directory sign-in leads to (the shared browser tests' server has no directory) also get
 * EveryPageIT's checks here, in a headless Chromium of this class's own ({@link PageChecks}): no sideways scrolling at
 * 390 and 1366 px and nothing serious for axe, in Russian, Kazakh and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorySignInIT {

    private static final String SETTINGS = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private static final List<String> LANGUAGES = List.of("ru", "kk", "en");

    private static InMemoryDirectory directory;
    private static TestOpenIdProvider provider;
    /** The browser of the page checks, started by the first test that needs it. */
    private static PageChecks pages;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        directory = InMemoryDirectory.start();
        provider = TestOpenIdProvider.start();
        WebArchive war = PactumWar.asBuilt();
        StringBuilder settings;
        try (InputStream defaults = war.get(SETTINGS).getAsset().openStream()) {
            settings = new StringBuilder(new String(defaults.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        settings.append("\n# DirectorySignInIT\n");
        directory.settings().forEach((name, value) -> settings.append(name).append('=').append(value).append('\n'));
        provider.settings().forEach((name, value) -> settings.append(name).append('=').append(value).append('\n'));
        war.delete(SETTINGS);
        war.add(new StringAsset(settings.toString()), SETTINGS);
        return war;
    }

    @AfterAll
    static void stopBrowserAndDirectory() {
        try {
            if (pages != null) {
                pages.close();
            }
        } finally {
            if (directory != null) {
                directory.close();
            }
            if (provider != null) {
                provider.close();
            }
        }
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    @Order(1)
    void directory_staff_sign_in_over_the_api_with_the_roles_of_their_groups_and_get_an_account_of_their_own()
            throws Exception {
        HttpResponse<String> dana = get("api/v1/me", "dana", "dana-secret");
        assertEquals(200, dana.statusCode(), dana::body);
        JsonObject me = json(dana);
        assertEquals("Дана Ахметова", me.getString("displayName"));
        assertEquals(Set.of("APPROVER", "DRAFTER"), Set.copyOf(me.getJsonArray("roles").getValuesAs(JsonString::getString)));

        HttpResponse<String> users = get("api/v1/users", "erlan", "erlan-secret");
        assertEquals(200, users.statusCode(), "erlan is an administrator by the directory's group: " + users.body());
        assertTrue(users.body().contains("\"username\":\"dana\""), users::body);
        assertTrue(users.body().contains("dana@directory.example"), users::body);
        assertEquals(403, get("api/v1/users", "dana", "dana-secret").statusCode(), "dana is no administrator");

        HttpResponse<String> wrong = get("api/v1/me", "dana", "erlan-secret");
        assertEquals(401, wrong.statusCode(), wrong::body);
        HttpResponse<String> injected = get("api/v1/me", "*)(uid=*", "dana-secret");
        assertEquals(401, injected.statusCode(), injected::body);

        HttpResponse<String> omar = get("api/v1/me", "omar", "omar-secret");
        assertEquals(403, omar.statusCode(), omar::body);
        assertTrue(type(omar).endsWith("no-role"), omar::body);

        assertEquals(200, get("api/v1/me", "drafter", "demo").statusCode(), "the local drafter keeps signing in");
        assertEquals(401, get("api/v1/me", "drafter", "drafter-secret").statusCode(),
                "the directory's drafter is not Pactum's drafter");
    }

    @Test
    @Order(2)
    void directory_staff_sign_in_on_the_login_page_and_their_pages_follow_their_roles() throws Exception {
        HttpClient erlan = browser();
        assertEquals(302, signIn(erlan, "erlan", "erlan-secret").statusCode());
        assertEquals(200, erlan.send(page("admin/users.xhtml"), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpClient dana = browser();
        assertEquals(302, signIn(dana, "dana", "dana-secret").statusCode());
        HttpResponse<String> registry = dana.send(page("registry/agreements.xhtml"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, registry.statusCode());
        assertTrue(registry.body().contains("Дана Ахметова"), "her name in the header");
        assertEquals(403, dana.send(page("admin/users.xhtml"), HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpResponse<String> omar = signIn(browser(), "omar", "omar-secret");
        assertEquals(200, omar.statusCode());
        assertTrue(omar.body().contains("не входит ни в одну группу, которая даёт роль в Pactum"), omar::body);
    }

    @Test
    @Order(3)
    void pactum_changes_neither_password_nor_roles_of_a_directory_account_and_says_so_on_api_and_pages()
            throws Exception {
        JsonObject dana = json(get("api/v1/users/dana", "erlan", "erlan-secret"));
        assertTrue(dana.getBoolean("fromDirectory"), dana::toString);
        assertEquals("DIRECTORY", dana.getString("keptBy"), dana::toString);
        JsonObject drafter = json(get("api/v1/users/drafter", "erlan", "erlan-secret"));
        assertFalse(drafter.getBoolean("fromDirectory"));
        assertFalse(drafter.containsKey("keptBy"), drafter::toString);

        HttpResponse<String> reset = send("PUT", "api/v1/users/dana/password", "erlan", "erlan-secret",
                "{\"password\":\"a temporary one of 27 chars\"}");
        assertManagedByDirectory(reset);
        HttpResponse<String> own = send("PUT", "api/v1/me/password", "dana", "dana-secret",
                "{\"currentPassword\":\"dana-secret\",\"newPassword\":\"another one of 24 chars\"}");
        assertManagedByDirectory(own);
        assertEquals(200, get("api/v1/me", "dana", "dana-secret").statusCode(), "her directory password still works");

        String roles = ",\"roles\":[\"APPROVER\",\"DRAFTER\"],\"version\":" + dana.getJsonNumber("version") + "}";
        assertManagedByDirectory(send("PUT", "api/v1/users/dana", "erlan", "erlan-secret",
                "{\"displayName\":\"Дана Ахметова\",\"language\":\"kk\"" + roles.replace("\"APPROVER\",", "")));
        HttpResponse<String> language = send("PUT", "api/v1/users/dana", "erlan", "erlan-secret",
                "{\"displayName\":\"Дана Ахметова\",\"email\":\"dana@directory.example\",\"language\":\"kk\"" + roles);
        assertEquals(200, language.statusCode(), "her language is Pactum's to keep: " + language.body());

        HttpClient erlan = browser();
        signIn(erlan, "erlan", "erlan-secret");
        String list = erlan.send(page("admin/users.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        String danaRow = row(list, "dana");
        assertTrue(danaRow.contains("account-state directory") && danaRow.contains("по группам каталога"), danaRow);
        String danaPage = erlan.send(page("admin/user.xhtml?username=dana"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(danaPage.contains("id=\"directoryNote\"") && danaPage.contains("id=\"directoryPassword\""), danaPage);
        assertFalse(danaPage.contains("id=\"password:new\"") || danaPage.contains("id=\"details:roles\""),
                "no temporary password, no role boxes: " + danaPage);
        assertTrue(danaPage.contains("id=\"access:deactivate\""), "deactivating stays: " + danaPage);
        // The form still saves the address and language; the name it sends back is not taken, whatever it says.
        HttpResponse<String> saved = erlan.send(HttpRequest.newBuilder(loopback().resolve("admin/user.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("details=details&details%3AdisplayName=" + encode("Другое имя")
                        + "&details%3Aemail=" + encode("dana@directory.example") + "&details%3Alanguage=en"
                        + "&details%3Asave=x&jakarta.faces.ViewState=" + encode(viewState(danaPage)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, saved.statusCode(), saved::body);
        JsonObject after = json(get("api/v1/users/dana", "erlan", "erlan-secret"));
        assertEquals("en", after.getString("language"));
        assertEquals("Дана Ахметова", after.getString("displayName"));
        String drafterPage = erlan.send(page("admin/user.xhtml?username=drafter"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(drafterPage.contains("id=\"password:new\"") && !drafterPage.contains("directoryNote"), drafterPage);

        HttpClient danaBrowser = browser();
        signIn(danaBrowser, "dana", "dana-secret");
        String profile = danaBrowser.send(page("account/profile.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(profile.contains("id=\"directoryPassword\"") && !profile.contains("password:current"), profile);
    }

    @Test
    @Order(4)
    void an_administrator_shuts_a_directory_user_out_whatever_the_directory_says_and_lets_her_in_again()
            throws Exception {
        HttpClient danaBrowser = browser();
        signIn(danaBrowser, "dana", "dana-secret");
        assertEquals(200, get("api/v1/me", "dana", "dana-secret").statusCode());

        HttpResponse<String> off = send("PUT", "api/v1/users/dana/active", "erlan", "erlan-secret", "{\"active\":false}");
        assertEquals(200, off.statusCode(), off::body);
        assertEquals(401, get("api/v1/me", "dana", "dana-secret").statusCode(), "her cached credential is forgotten");
        assertEquals(302, danaBrowser.send(page("registry/agreements.xhtml"), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "her page session has ended");
        HttpResponse<String> again = signIn(browser(), "dana", "dana-secret");
        assertEquals(200, again.statusCode(), "the login page refuses her");

        assertEquals(200, send("PUT", "api/v1/users/dana/active", "erlan", "erlan-secret", "{\"active\":true}")
                .statusCode());
        assertEquals(200, get("api/v1/me", "dana", "dana-secret").statusCode());
    }

    @Test
    @Order(5)
    void a_local_account_cannot_take_a_name_the_directory_knows_on_the_api_or_the_page() throws Exception {
        HttpResponse<String> omar = send("POST", "api/v1/users", "erlan", "erlan-secret", newUser("omar"));
        assertEquals(409, omar.statusCode(), omar::body);
        assertEquals("application/problem+json", omar.headers().firstValue("Content-Type").orElse("")
                .replaceFirst(";.*", ""), omar::body);
        assertEquals("urn:pactum:problem:name-in-directory", type(omar), omar::body);
        assertEquals(404, get("api/v1/users/omar", "erlan", "erlan-secret").statusCode(), "nothing was made");
        HttpResponse<String> dana = send("POST", "api/v1/users", "erlan", "erlan-secret", newUser("dana"));
        assertEquals("urn:pactum:problem:duplicate", type(dana), "her own account has the name: " + dana.body());

        HttpResponse<String> aigerim = send("POST", "api/v1/users", "erlan", "erlan-secret", newUser("aigerim"));
        assertEquals(201, aigerim.statusCode(), aigerim::body);
        assertFalse(json(aigerim).getBoolean("fromDirectory"));
        // The administrator's account is audited as before, without the directory's source; the refused name not at all.
        List<JsonObject> created = json(get("api/v1/audit/events?action=user.created&size=100", "auditor", "demo"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject aigerimCreated = createdFor(created, "aigerim").orElseThrow(() -> new AssertionError(created));
        assertEquals("erlan", aigerimCreated.getString("actor"));
        assertFalse(details(aigerimCreated).containsKey("source"), aigerimCreated::toString);
        assertEquals("directory", details(createdFor(created, "dana").orElseThrow()).getString("source"));
        assertEquals(Optional.empty(), createdFor(created, "omar"));

        HttpClient erlan = browser();
        signIn(erlan, "erlan", "erlan-secret");
        String page = erlan.send(page("admin/users.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("id=\"newUser:directoryHint\""), "the form says so before: " + page);
        assertFalse(page.contains("autofocus") || page.contains("aria-invalid"), "nothing refused, nothing marked: " + page);
        String refused = createOnPage(erlan, page, "omar").body();
        assertTrue(refused.contains("в каталоге организации есть человек с логином omar"), refused);
    }

    @Test
    @Order(6)
    void the_pages_of_directory_accounts_and_the_refusals_of_directory_sign_in_pass_the_browser_checks() {
        List<String> failures = new ArrayList<>();
        pages().forget();
        for (String language : LANGUAGES) {
            failures.addAll(omarRefusedOnLoginPage(language, "login.no-role", "login-no-role"));
        }
        signInOnPage("dana", "dana-secret");
        failures.addAll(checkedInEveryLanguage("account/profile.xhtml", By.id("directoryPassword"), "profile-directory"));
        signInOnPage("erlan", "erlan-secret");
        for (String language : LANGUAGES) {
            pages.switchLanguage(language);
            pages.open("admin/users.xhtml");
            assertShown(By.cssSelector("#users tr[data-user='dana'] .account-state.directory"));
            failures.addAll(pages.failures("users-directory", language));
            failures.addAll(createInBrowser("omar", "new-user-in-directory", language, "username"));
            failures.addAll(refusedInForm(language, "omar", "username", "admin.problem.username.inDirectory", "omar"));
            failures.addAll(pages.failures("new-user-in-directory", language));
            if ("ru".equals(language)) {
                pages.open("admin/users.xhtml");
                failures.addAll(createInBrowser("dana", "new-user-taken", language, "username"));
                failures.addAll(refusedInForm(language, "dana", "username", "admin.problem.username.taken", "dana"));
            }
            pages.open("admin/user.xhtml?username=dana");
            assertShown(By.id("directoryNote"));
            failures.addAll(pages.failures("user-directory", language));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    @Order(7)
    void while_the_directory_is_down_its_staff_are_told_so_and_pactums_own_accounts_still_sign_in() throws Exception {
        directory.close();
        HttpResponse<String> api = get("api/v1/me", "omar", "omar-secret");
        assertEquals(503, api.statusCode(), api::body);
        assertTrue(type(api).endsWith("directory-unavailable"), api::body);
        assertTrue(api.headers().firstValue("Retry-After").isPresent());

        HttpResponse<String> page = signIn(browser(), "omar", "omar-secret");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("не отвечает"), page::body);

        assertEquals(200, get("api/v1/me", "drafter", "demo").statusCode());
    }

    @Test
    @Order(8)
    void while_the_directory_is_down_no_local_account_is_made_since_nobody_can_tell_whose_name_it_is() throws Exception {
        HttpResponse<String> api = send("POST", "api/v1/users", "admin", "demo", newUser("zarina"));
        assertEquals(503, api.statusCode(), api::body);
        assertEquals("urn:pactum:problem:directory-unavailable", type(api), api::body);
        assertEquals("30", api.headers().firstValue("Retry-After").orElse(""), api::body);
        assertEquals(404, get("api/v1/users/zarina", "admin", "demo").statusCode());

        HttpClient admin = browser();
        signIn(admin, "admin", "demo");
        String form = admin.send(page("admin/users.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        String refused = createOnPage(admin, form, "zarina").body();
        assertTrue(refused.contains("каталог организации (LDAP) не отвечает"), refused);
    }

    @Test
    @Order(9)
    void the_refusals_while_the_directory_is_down_pass_the_browser_checks() {
        List<String> failures = new ArrayList<>();
        pages().forget();
        for (String language : LANGUAGES) {
            failures.addAll(omarRefusedOnLoginPage(language, "login.directory-unavailable", "login-directory-unavailable"));
        }
        signInOnPage("admin", "demo");
        for (String language : LANGUAGES) {
            pages.switchLanguage(language);
            pages.open("admin/users.xhtml");
            failures.addAll(createInBrowser("zarina", "new-user-directory-unavailable", language, "create"));
            failures.addAll(refusedInForm(language, "zarina", "create", "admin.problem.username.directoryUnavailable"));
            failures.addAll(pages.failures("new-user-directory-unavailable", language));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    @Order(10)
    void staff_sign_in_through_the_organisations_provider_land_where_they_wanted_with_their_roles_and_are_audited()
            throws Exception {
        provider.signsIn(TestOpenIdProvider.ARUZHAN);
        HttpClient aruzhan = following();
        String login = aruzhan.send(page("login.xhtml?next=%2Frouting%2Ftasks.xhtml"), HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(login.contains("Войти через Staff SSO") && login.contains("/oidc/start?next=%2Frouting%2Ftasks.xhtml"),
                login);

        HttpResponse<String> landed = aruzhan.send(page("oidc/start?next=%2Frouting%2Ftasks.xhtml"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landed.statusCode(), landed::body);
        assertEquals("/routing/tasks.xhtml", landed.uri().getPath(), "the page she wanted");
        assertTrue(landed.body().contains("Аружан Серікова"), "her name in the header");
        assertEquals(403, aruzhan.send(page("admin/users.xhtml"), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "drafter and approver, no administrator");
        HttpResponse<String> api = aruzhan.send(HttpRequest.newBuilder(loopback().resolve("api/v1/me"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "the API keeps HTTP Basic, whatever the page session: " + api.body());

        JsonObject account = json(get("api/v1/users/aruzhan", "admin", "demo"));
        assertTrue(account.getBoolean("fromDirectory"), account::toString);
        assertEquals("SINGLE_SIGN_ON", account.getString("keptBy"), account::toString);
        // With both services on, each account speaks of the one its person signed in through.
        HttpClient erlan = browser();
        signIn(erlan, "erlan", "erlan-secret");
        String list = erlan.send(page("admin/users.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(row(list, "aruzhan").contains(">единый вход<") && row(list, "aruzhan").contains("службы единого входа"),
                () -> row(list, "aruzhan"));
        assertTrue(row(list, "dana").contains(">из каталога<") && !row(list, "dana").contains("единого входа"),
                () -> row(list, "dana"));
        String aruzhanPage = erlan.send(page("admin/user.xhtml?username=aruzhan"), HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(aruzhanPage.contains("из службы единого входа организации") && !aruzhanPage.contains("LDAP"),
                aruzhanPage);
        assertEquals(Set.of("APPROVER", "DRAFTER"),
                Set.copyOf(account.getJsonArray("roles").getValuesAs(JsonString::getString)));
        List<JsonObject> signIns = json(get("api/v1/audit/events?action=user.signed-in&size=100", "auditor", "demo"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject signedIn = signIns.stream().filter(event -> "aruzhan".equals(event.getString("actor"))).findFirst()
                .orElseThrow(() -> new AssertionError(signIns));
        assertEquals("oidc", details(signedIn).getString("method"), signedIn::toString);
        assertEquals("WEB", details(signedIn).getString("channel"), signedIn::toString);
        List<JsonObject> created = json(get("api/v1/audit/events?action=user.created&size=100", "auditor", "demo"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals("oidc", details(createdFor(created, "aruzhan").orElseThrow(() -> new AssertionError(created)))
                .getString("source"));
    }

    @Test
    @Order(11)
    void a_refused_provider_sign_in_is_said_on_the_login_page_and_its_answer_cannot_be_replayed() throws Exception {
        provider.signsIn(TestOpenIdProvider.MARAT);
        HttpResponse<String> marat = following().send(page("oidc/start"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, marat.statusCode(), marat::body);
        assertEquals("/login.xhtml", marat.uri().getPath());
        assertTrue(marat.body().contains("не входите ни в одну её группу, которая даёт роль в Pactum"), marat::body);
        assertEquals(404, get("api/v1/users/marat", "admin", "demo").statusCode(), "no account for him");

        provider.signsIn(TestOpenIdProvider.DRAFTER);
        HttpResponse<String> drafter = following().send(page("oidc/start"), HttpResponse.BodyHandlers.ofString());
        assertTrue(drafter.body().contains("принадлежит собственной учётной записи Pactum"), drafter::body);

        provider.signsIn(TestOpenIdProvider.ARUZHAN);
        HttpClient browser = following();
        HttpResponse<String> signedIn = browser.send(page("oidc/start"), HttpResponse.BodyHandlers.ofString());
        URI callback = signedIn.previousResponse().orElseThrow().uri();
        assertEquals("/oidc/callback", callback.getPath(), callback::toString);
        HttpResponse<String> replayed = following().send(HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("/login.xhtml", replayed.uri().getPath());
        assertTrue(replayed.body().contains("не был завершён вовремя или его страница была открыта дважды"),
                replayed::body);
    }

    @Test
    @Order(12)
    void the_login_page_with_the_providers_button_a_refusal_and_a_providers_account_pass_the_browser_checks() {
        List<String> failures = new ArrayList<>();
        pages().forget();
        for (String language : LANGUAGES) {
            pages.switchLanguage(language);
            assertTrue(pages.text(By.id("oidc")).contains("Staff SSO"), () -> pages.text(By.tagName("body")));
            failures.addAll(pages.failures("login-oidc", language));
            pages.screenshot("login-oidc-" + language + "-1366", 1366);
            pages.screenshot("login-oidc-" + language + "-390", 390);
        }
        provider.signsIn(TestOpenIdProvider.MARAT);
        for (String language : LANGUAGES) {
            pages.switchLanguage(language);
            pages.press(By.id("oidc"));
            assertSaid(language, "login.oidc.no-role");
            failures.addAll(pages.failures("login-oidc-no-role", language));
            pages.screenshot("login-oidc-no-role-" + language + "-390", 390);
        }
        signInOnPage("erlan", "erlan-secret");
        failures.addAll(checkedInEveryLanguage("admin/user.xhtml?username=aruzhan", By.id("directoryNote"), "user-provider"));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Last: the provider answers in Keycloak's shape from now on. */
    @Test
    @Order(13)
    void signing_out_after_a_provider_sign_in_ends_pactums_session_then_the_providers_and_comes_back_to_the_login_page()
            throws Exception {
        provider.answersLikeKeycloak();
        provider.signsIn(TestOpenIdProvider.BOTAGOZ);
        HttpClient botagoz = following();
        HttpResponse<String> landed = botagoz.send(page("oidc/start"), HttpResponse.BodyHandlers.ofString());
        assertTrue(landed.body().contains("Ботагоз Ахметова"), "Keycloak's full group path /pactum-approvers let her in");
        String origin = provider.issuer().replace("/realms/staff", "");
        assertTrue(landed.headers().firstValue("Content-Security-Policy").orElse("").contains("form-action 'self' " + origin),
                () -> "the sign-out form may lead to the provider: " + landed.headers().map());

        HttpResponse<String> signedOut = signOut(botagoz, landed);
        assertEquals("/login.xhtml", signedOut.uri().getPath(), signedOut::body);
        URI endSession = signedOut.previousResponse().orElseThrow().uri();
        assertTrue(endSession.toString().startsWith(provider.issuer() + "/logout?"), endSession::toString);
        assertTrue(endSession.getRawQuery().contains("post_logout_redirect_uri="
                + encode(loopback().resolve("login.xhtml").toString())), endSession::toString);
        assertEquals(List.of(TestOpenIdProvider.BOTAGOZ.subject()), provider.signedOut());
        assertEquals("/login.xhtml", botagoz.send(page("registry/agreements.xhtml"), HttpResponse.BodyHandlers.ofString())
                .uri().getPath(), "Pactum's session ended before the browser left");

        HttpClient admin = following();
        HttpResponse<String> signedIn = signIn(admin, "admin", "demo");
        HttpResponse<String> passwordSignedOut = signOut(admin, signedIn);
        assertEquals("/login.xhtml", passwordSignedOut.uri().getPath(), passwordSignedOut::body);
        assertEquals(List.of(TestOpenIdProvider.BOTAGOZ.subject()), provider.signedOut(),
                "a password sign-in signs out at Pactum only");
    }

    /** Presses "Sign out" on the page the browser is on, following where it leads. */
    private HttpResponse<String> signOut(HttpClient browser, HttpResponse<String> on) throws Exception {
        assertTrue(on.body().contains("logout:signOut"), on::body);
        String form = "logout=logout&logout%3AsignOut=x&jakarta.faces.ViewState=" + encode(viewState(on.body()));
        return browser.send(HttpRequest.newBuilder(on.uri()).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI loopback() {
        return Loopback.of(base);
    }

    /** The users list's row of one account. */
    private static String row(String list, String username) {
        int start = list.indexOf("data-user=\"" + username + "\"");
        assertTrue(start >= 0, username + " is listed");
        return list.substring(start, list.indexOf("</tr>", start));
    }

    private PageChecks pages() {
        if (pages == null) {
            pages = PageChecks.start(loopback());
        }
        return pages;
    }

    /**
     * Omar, whom the directory knows, signs in on the login page shown in {@code language}; the page must say the text
     * of {@code key}. What the checks of the page then find. Nobody is signed in before, nor after.
     */
    private List<String> omarRefusedOnLoginPage(String language, String key, String page) {
        pages.switchLanguage(language);
        pages.signIn("omar", "omar-secret");
        assertSaid(language, key);
        return pages.failures(page, language);
    }

    /** The page at {@code path}, which must show {@code shown}, through the browser checks in every language. */
    private List<String> checkedInEveryLanguage(String path, By shown, String page) {
        List<String> failures = new ArrayList<>();
        for (String language : LANGUAGES) {
            pages.switchLanguage(language);
            pages.open(path);
            assertShown(shown);
            failures.addAll(pages.failures(page, language));
        }
        return failures;
    }

    /** Signs in anew on the login page of the browser; each language is then one switch away. */
    private void signInOnPage(String username, String password) {
        pages.forget();
        pages.signIn(username, password);
        assertShown(By.className("user-name"));
    }

    /**
     * The new-user form as {@link #createOnPage} fills it, sent from a phone: the users' page is open, the form below
     * the list of everyone. What the phone shows where the answer lands must hold the message beside {@code refused}
     * (a field or the button) and the field itself, however long the list.
     */
    private List<String> createInBrowser(String username, String page, String language, String refused) {
        pages.type(By.id("newUser:username"), username);
        pages.type(By.id("newUser:displayName"), "Айгерим Нурланова");
        pages.click(By.cssSelector("input[name='newUser:roles'][value='DRAFTER']"));
        pages.type(By.id("newUser:password"), "an initial one");
        return pages.offScreenAfterPressingOnPhone(By.id("newUser:create"), page, language,
                By.id("newUser:" + refused), By.id("newUser:" + refused + "Problem"));
    }

    /**
     * What is wrong with the form after {@link #createInBrowser} was refused: the text of {@code key} must stand
     * beside {@code refused} (a field, or the button for a refusal of no field), a field must be marked invalid and
     * described by it, and what was typed must be kept but the password.
     */
    private List<String> refusedInForm(String language, String username, String refused, String key, Object... arguments) {
        List<String> wrong = new ArrayList<>();
        String text = said(language, key, arguments);
        By message = By.id("newUser:" + refused + "Problem");
        By field = By.id("newUser:" + refused);
        if (!pages.text(message).contains(text)) {
            wrong.add("[" + language + "] expected \"" + text + "\" beside " + refused + ", not \"" + pages.text(message)
                    + "\"; the page says: " + pages.text(By.id("messages")));
        }
        if (!"create".equals(refused) && !"true".equals(pages.attribute(field, "aria-invalid"))) {
            wrong.add("[" + language + "] " + refused + " is not aria-invalid");
        }
        String describedBy = String.valueOf(pages.attribute(field, "aria-describedby"));
        if (!List.of(describedBy.split(" ")).contains("newUser:" + refused + "Problem")) {
            wrong.add("[" + language + "] " + refused + " is described by " + describedBy + ", not by its message");
        }
        List<String> kept = List.of(pages.value(By.id("newUser:username")), pages.value(By.id("newUser:displayName")),
                String.valueOf(pages.ticked(By.cssSelector("input[name='newUser:roles'][value='DRAFTER']"))),
                pages.value(By.id("newUser:password")));
        if (!kept.equals(List.of(username, "Айгерим Нурланова", "true", ""))) {
            wrong.add("[" + language + "] the form kept " + kept + " (login, name, drafter ticked, password)");
        }
        return wrong;
    }

    private void assertShown(By element) {
        assertFalse(pages.text(element).isBlank(), () -> element + " is not shown: " + pages.text(By.tagName("body")));
    }

    /** The text of {@code key} in the language, as the pages' bundle has it. */
    private static String said(String language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(PageMessages.BUNDLE, Locale.of(language)).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.of(language)).format(arguments);
    }

    /** That the page's messages say the text of {@code key} in the language. */
    private void assertSaid(String language, String key, Object... arguments) {
        String text = said(language, key, arguments);
        String messages = pages.text(By.id("messages"));
        assertTrue(messages.contains(text), () -> "[" + language + "] expected \"" + text + "\" in: " + messages);
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(loopback().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(loopback().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Optional<JsonObject> createdFor(List<JsonObject> events, String username) {
        return events.stream().filter(event -> username.equals(details(event).getString("user", null))).findFirst();
    }

    private static JsonObject details(JsonObject event) {
        try (var reader = Json.createReader(new StringReader(event.getString("details")))) {
            return reader.readObject();
        }
    }

    private static String newUser(String username) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Айгерим Нурланова\",\"roles\":[\"DRAFTER\"],"
                + "\"password\":\"an initial one\"}";
    }

    private HttpResponse<String> createOnPage(HttpClient browser, String usersPage, String username) throws Exception {
        String form = "newUser=newUser&newUser%3Ausername=" + encode(username) + "&newUser%3AdisplayName="
                + encode("Айгерим Нурланова") + "&newUser%3Aroles=DRAFTER&newUser%3Apassword=" + encode("an initial one")
                + "&newUser%3Acreate=x&jakarta.faces.ViewState=" + encode(viewState(usersPage));
        return browser.send(HttpRequest.newBuilder(loopback().resolve("admin/users.xhtml")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertManagedByDirectory(HttpResponse<String> refused) {
        assertEquals(409, refused.statusCode(), refused::body);
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse("")
                .replaceFirst(";.*", ""), refused::body);
        assertEquals("urn:pactum:problem:managed-by-directory", type(refused), refused::body);
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static String type(HttpResponse<String> problem) {
        return json(problem).getString("type");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A browser that follows the redirects of the OpenID Connect flow, to the provider and back. */
    private static HttpClient following() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(loopback().resolve(path)).timeout(Duration.ofSeconds(60)).build();
    }

    private HttpResponse<String> signIn(HttpClient browser, String username, String password) throws Exception {
        String login = browser.send(page("login.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        String form = "login=login&login%3Ausername=" + encode(username) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + encode(viewState(login));
        return browser.send(HttpRequest.newBuilder(loopback().resolve("login.xhtml")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String page) {
        return page.replaceFirst("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\".*", "$1");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
