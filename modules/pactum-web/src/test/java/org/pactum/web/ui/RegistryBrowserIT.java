package org.pactum.web.ui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.PactumWar;

/**
 * The Faces pages in headless Chromium against the built WAR on Payara Micro in demo mode, doing what people do:
 * sign in, read the registry in Russian, Kazakh and English, search, open an agreement, approve one.
 * One deployment and one browser for the whole class; each test starts signed out, in Russian.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryBrowserIT {

    private static final String KAZAKH_SISTER_CITY_TITLE =
            "Омбы қаласы мен Павлодар қаласы арасында бауырлас қалалар байланысын орнату туралы келісім";
    private static final Pattern NUMBER = Pattern.compile("PA-\\d{4}-\\d{5}");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PactumWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    private static HeadlessChromium chromium;
    private BrowserUser user;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void signedOut() {
        user = new BrowserUser(chromium.driver(), Loopback.of(base));
        user.forget();
    }

    @Test
    void a_drafter_signs_in_reads_the_registry_in_kazakh_searches_and_opens_an_agreement() {
        user.open("/");
        assertEquals("/login.xhtml", user.path(), "an anonymous visitor is sent to the login page");
        user.screenshot("login");

        user.signIn("drafter", "wrong");
        assertEquals("/login.xhtml", user.path());
        assertTrue(user.text(By.id("messages")).contains("Неверное имя пользователя или пароль"), user.pageText());

        user.signInAs("drafter");
        assertEquals("/agreements.xhtml", user.path(), "after signing in, the registry");
        assertTrue(user.text(By.className("user-name")).contains("Анна Кравец"));
        assertTrue(user.text(By.className("user-roles")).contains("Составитель"));
        assertTrue(total() >= 7, "the seven demo agreements");
        assertTrue(user.pageText().contains("Соглашение об установлении побратимских связей между городом Омском и городом Павлодаром"));
        user.screenshot("registry-ru");

        user.switchLanguage("kk");
        assertEquals("Келісімдер тізілімі", user.text(By.tagName("h1")));
        assertTrue(user.pageText().contains("Павлодар облысының"), "Kazakh titles and party names");
        assertTrue(user.pageText().contains(KAZAKH_SISTER_CITY_TITLE));
        assertTrue(user.pageText().contains("Қол қойылды"), "status labels in Kazakh");
        user.screenshot("registry-kk");

        user.type(By.id("q"), "Павлодар");
        user.press(By.id("find"));
        assertTrue(user.query().contains("q=%D0%9F%D0%B0%D0%B2%D0%BB%D0%BE%D0%B4%D0%B0%D1%80"), "a bookmarkable search: " + user.query());
        List<WebElement> rows = user.all(By.cssSelector("#agreements tbody tr"));
        assertTrue(rows.size() >= 3, "Omsk–Pavlodar cooperation, sister cities, tourist route: " + rows.size());
        rows.forEach(row -> assertTrue(row.getText().contains("Павлодар"), row.getText()));

        new Select(user.browser().findElement(By.id("status"))).selectByValue("SIGNED");
        user.press(By.id("find"));
        assertTrue(user.query().contains("status=SIGNED"), user.query());
        assertEquals("Павлодар", user.browser().findElement(By.id("q")).getAttribute("value"), "the search stays in the form");
        user.all(By.cssSelector("#agreements tbody tr"))
                .forEach(row -> assertTrue(row.getText().contains("Қол қойылды"), row.getText()));
        user.openAgreementTitled(KAZAKH_SISTER_CITY_TITLE);
        assertEquals("/agreement.xhtml", user.path());
        assertTrue(NUMBER.matcher(user.text(By.id("number"))).matches(), user.text(By.id("number")));
        assertEquals(KAZAKH_SISTER_CITY_TITLE, user.text(By.id("title")));
        assertEquals("Қол қойылды", user.text(By.id("status")));
        String details = user.pageText();
        assertAll(
                () -> assertTrue(details.contains("Бауырлас қалалар туралы келісім"), "kind"),
                () -> assertTrue(details.contains("Соглашение об установлении побратимских связей между городом Омском"), "Russian title too"),
                () -> assertTrue(details.contains("Павлодар қаласының әкімдігі"), "party in Kazakh"),
                () -> assertTrue(details.contains("Павлодар облысы"), "its region"),
                () -> assertTrue(details.contains("А. Т. Кенжебаев"), "its signatory"),
                () -> assertTrue(details.contains("Мәдениет"), "areas in Kazakh"),
                () -> assertTrue(details.contains("Қолданылу мерзімі, жыл: 10"), "term"),
                () -> assertTrue(details.contains("Анна Кравец"), "created by"),
                () -> assertTrue(user.all(By.cssSelector("#actions input[type=submit]")).isEmpty(), "a signed agreement is final"));
        user.screenshot("detail");

        String detailQuery = user.query();
        user.switchLanguage("en");
        assertEquals(detailQuery, user.query(), "switching language keeps the page and its parameters");
        assertEquals("Signed", user.text(By.id("status")));
        assertTrue(user.pageText().contains("Sister-city agreement"));
        user.switchLanguage("ru");
        assertEquals("Подписано", user.text(By.id("status")));
    }

    @Test
    void the_registry_pages_through_long_results() {
        user.open("/agreements.xhtml?size=2");
        user.signInAs("auditor");
        assertEquals("/agreements.xhtml", user.path(), "signing in returns to the page asked for");
        assertTrue(user.query().contains("size=2"), user.query());
        long pages = (total() + 1) / 2;
        assertEquals("Страница 1 из " + pages, user.text(By.id("pageOf")));
        assertEquals(2, user.all(By.cssSelector("#agreements tbody tr")).size());

        user.follow(By.id("next"));
        assertEquals("Страница 2 из " + pages, user.text(By.id("pageOf")));
        assertTrue(user.query().contains("page=1"), user.query());
        user.follow(By.id("previous"));
        assertEquals("Страница 1 из " + pages, user.text(By.id("pageOf")));
    }

    @Test
    void an_approver_approves_the_omsk_pavlodar_agreement_in_kazakh() {
        user.signInAs("approver1");
        user.open("/agreements.xhtml?status=IN_APPROVAL&q=" + "%D1%86%D0%B8%D1%84%D1%80%D0%BE%D0%B2%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D0%B8");
        user.openAgreementTitled("Соглашение между Правительством Омской области и акиматом Павлодарской области о сотрудничестве");
        assertEquals("На согласовании", user.text(By.id("status")));
        user.switchLanguage("kk");
        assertEquals("Келісуде", user.text(By.id("status")));

        user.press(By.cssSelector("input[data-action=RETURN]"));
        assertTrue(user.text(By.id("actions")).contains("Себебін көрсетіңіз"), "returning needs a reason");
        assertEquals("Келісуде", user.text(By.id("status")), "nothing changed");

        // A page older than the agreement: someone else acted in between.
        user.setHiddenField("actions:version", "999");
        user.press(By.cssSelector("input[data-action=APPROVE]"));
        assertTrue(user.text(By.id("messages")).contains("басқа пайдаланушы өзгертті"), user.text(By.id("messages")));
        assertFalse(user.all(By.id("reload")).isEmpty(), "a way to reload");
        user.follow(By.id("reload"));

        user.press(By.cssSelector("input[data-action=APPROVE]"));
        assertEquals("Келісілді", user.text(By.id("status")));
        assertTrue(user.text(By.id("messages")).contains("Келісілді"), user.text(By.id("messages")));
        assertTrue(user.all(By.cssSelector("input[data-action=APPROVE]")).isEmpty(), "approved once is enough");
        user.screenshot("after-approve");
    }

    @Test
    void an_auditor_reads_but_is_offered_no_action() {
        user.signInAs("drafter");
        openEastKazakhstanMemorandum();
        assertFalse(user.all(By.cssSelector("input[data-action=SUBMIT]")).isEmpty(), "the drafter may submit this draft");

        user.forget();
        user.signInAs("auditor");
        openEastKazakhstanMemorandum();
        assertEquals("Проект", user.text(By.id("status")));
        assertTrue(user.all(By.cssSelector("#actions input[type=submit]")).isEmpty(), "no buttons for an auditor");
        assertTrue(user.text(By.id("actions")).contains("Для вашей роли действий"));
        assertTrue(user.text(By.className("user-roles")).contains("Аудитор"));
    }

    @Test
    void an_unknown_agreement_is_a_readable_not_found_page() {
        user.signInAs("auditor");
        user.open("/agreement.xhtml?id=999999");
        assertEquals("Страница не найдена", user.text(By.id("error-title")));
        String page = user.browser().getPageSource();
        assertFalse(page.contains("Exception") || page.contains("at org."), "no stack trace");

        user.open("/agreement.xhtml?id=not-a-number");
        assertEquals("Страница не найдена", user.text(By.id("error-title")));
    }

    @Test
    void a_login_page_left_open_past_its_session_asks_to_sign_in_again() {
        user.forgetWithLoginPageOpen();
        user.signIn("drafter", BrowserUser.DEMO_PASSWORD);
        assertEquals("/login.xhtml", user.path());
        assertTrue(user.text(By.id("messages")).contains("Страница входа устарела"), user.pageText());
        user.signInAs("drafter");
        assertEquals("/agreements.xhtml", user.path());
    }

    @Test
    void signing_out_ends_the_session() {
        user.signInAs("signer1");
        user.press(By.id("logout:signOut"));
        assertEquals("/login.xhtml", user.path());
        user.open("/agreements.xhtml");
        assertEquals("/login.xhtml", user.path(), "the registry needs a new sign-in");
    }

    @Test
    void pages_carry_the_security_headers_and_a_strict_session_cookie() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI login = Loopback.of(base).resolve("login.xhtml");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString());
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
                () -> assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie),
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
        user.open("/agreements.xhtml?q=%D0%9F%D0%B0%D0%B2%D0%BB%D0%BE%D0%B4%D0%B0%D1%80");
        user.openAgreementTitled("Павлодар");
        user.switchLanguage("kk");
        user.open("/agreement.xhtml?id=999999");
        List<String> console = user.consoleMessages();
        assertTrue(console.stream().noneMatch(message -> message.contains("Content Security Policy")), console.toString());
    }

    private void openEastKazakhstanMemorandum() {
        user.open("/agreements.xhtml?status=DRAFT&region=KZ-63");
        user.openAgreementTitled("Торгово-промышленной палатой Омской области и акиматом Восточно-Казахстанской области");
    }

    /** The "found: N" count above the table. */
    private long total() {
        Matcher digits = Pattern.compile("\\d+").matcher(user.text(By.id("total")));
        assertTrue(digits.find(), user.text(By.id("total")));
        return Long.parseLong(digits.group());
    }
}
