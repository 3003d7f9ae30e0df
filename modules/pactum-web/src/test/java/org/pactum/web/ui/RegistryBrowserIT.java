package org.pactum.web.ui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonValue;

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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.pactum.web.support.Api;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.PactumWar;
import org.pactum.web.support.PdfText;

/**
 * The Faces pages in headless Chromium against the built WAR on Payara Micro in demo mode, doing what people do:
 * sign in, read the registry in Russian, Kazakh and English, search, open an agreement, approve one, read the audit
 * trail and verify its chain, download a certificate of completion.
 * One deployment and one browser for the whole class; each test starts signed out, in Russian.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryBrowserIT {

    private static final String KAZAKH_SISTER_CITY_TITLE =
            "Омбы қаласы мен Павлодар қаласы арасында бауырлас қалалар байланысын орнату туралы келісім";
    private static final Pattern NUMBER = Pattern.compile("PA-\\d{4}-\\d{5}");
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("ПГ-\\d{4}/\\d{3}");
    private static final String SISTER_CITIES = "побратимских";
    private static final String KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
    /** The sister-city agreement's life in the demo data: created, then four lifecycle steps. */
    private static final List<String> SISTER_CITY_HISTORY = List.of("agreement.created", "agreement.submitted",
            "agreement.approved", "agreement.signing-started", "agreement.signed");

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
        user = new BrowserUser(chromium, Loopback.of(base));
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
        user.all(By.cssSelector("#agreements tbody tr")).forEach(row -> assertFalse(
                row.findElements(By.cssSelector(".col-number .registration-number")).isEmpty(), "signed, so registered: " + row.getText()));
        user.openAgreementTitled(KAZAKH_SISTER_CITY_TITLE);
        assertEquals("/agreement.xhtml", user.path());
        assertTrue(NUMBER.matcher(user.text(By.id("number"))).matches(), user.text(By.id("number")));
        assertEquals(KAZAKH_SISTER_CITY_TITLE, user.text(By.id("title")));
        assertEquals("Қол қойылды", user.text(By.id("status")));
        assertTrue(REGISTRATION_NUMBER.matcher(user.text(By.id("registrationNumber"))).matches(),
                "registered on approval, under the sister-city prefix: " + user.text(By.id("registrationNumber")));
        assertTrue(user.text(By.id("registrationDate")).matches("\\d{2}\\.\\d{2}\\.\\d{4}"), user.text(By.id("registrationDate")));
        String details = user.pageText();
        assertTrue(details.contains("Есепке алу нөмірі") && details.contains("Тіркеу нөмірі"), "reference and registration number labelled apart");
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

    @Test
    void an_auditor_reads_the_trail_of_the_sister_city_agreement_and_verifies_the_chain() {
        user.signInAs("auditor");
        String number = openSisterCityAgreement();

        user.follow(By.linkText("Журнал аудита"));
        assertEquals("/audit.xhtml", user.path(), "the navigation leads auditors to the audit trail");
        assertEquals("Журнал аудита", user.text(By.tagName("h1")));
        user.type(By.id("agreement"), number);
        user.press(By.id("find"));
        assertTrue(user.query().contains("agreement=" + number), "a bookmarkable filter: " + user.query());
        assertEquals(number, user.text(By.cssSelector("#subject a")));

        List<WebElement> rows = user.all(By.cssSelector("#events tbody tr"));
        List<String> actions = rows.stream().map(row -> row.getAttribute("data-action")).toList();
        assertEquals(SISTER_CITY_HISTORY, actions.subList(0, SISTER_CITY_HISTORY.size()), actions.toString());
        assertTrue(actions.subList(SISTER_CITY_HISTORY.size(), actions.size()).stream()
                .allMatch("agreement.completion-certificate-issued"::equals), "later only certificates were issued: " + actions);
        List<Long> sequences = rows.stream().map(row -> Long.parseLong(row.getAttribute("data-sequence"))).toList();
        assertEquals(sequences.stream().sorted().toList(), sequences, "in the order recorded");
        List<String> labels = user.all(By.cssSelector("#events tbody tr .action-label")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Проект создан", "Направлено на согласование", "Согласовано", "Начато подписание", "Подписано"),
                labels.subList(0, SISTER_CITY_HISTORY.size()));
        WebElement signed = rows.get(SISTER_CITY_HISTORY.size() - 1);
        String hash = signed.findElement(By.cssSelector("code.hash")).getAttribute("title");
        assertAll(
                () -> assertTrue(signed.getText().contains("signer2"), "who signed"),
                () -> assertTrue(signed.getText().contains(number), "the agreement's number"),
                () -> assertTrue(signed.getText().contains("SIGNED"), "details as key: value"),
                () -> assertTrue(hash.matches("[0-9a-f]{64}"), "the whole hash on hover: " + hash),
                () -> assertTrue(signed.getText().contains(hash.substring(0, 12) + "…"), "its start in the table"));
        user.screenshot("audit-ru");

        user.switchLanguage("kk");
        assertEquals("Аудит журналы", user.text(By.tagName("h1")));
        assertEquals("Тізбекті тексеру", user.browser().findElement(By.id("verify:run")).getAttribute("value"));
        assertEquals("Қол қойылды", user.all(By.cssSelector("#events tbody tr .action-label")).get(4).getText());
        user.press(By.id("verify:run"));
        assertEquals("/audit.xhtml", user.path());
        assertTrue(user.query().contains("agreement=" + number), "the filter survives the check: " + user.query());
        String verdict = user.text(By.id("verdict"));
        assertTrue(verdict.contains("Тізбек бүтін"), verdict);
        Matcher checked = Pattern.compile("Тексерілген оқиғалар: (\\d+)").matcher(verdict);
        assertTrue(checked.find() && Long.parseLong(checked.group(1)) >= sequences.getLast(), "the whole chain: " + verdict);
        assertTrue(user.browser().findElement(By.id("verdict")).getAttribute("class").contains("intact"));
        user.screenshot("audit-verified-kk");

        user.open("/audit.xhtml?action=audit.verified&actor=auditor");
        assertTrue(total() >= 1, "the check itself is in the trail");
        assertEquals("Аудит тізбегі тексерілді", user.text(By.cssSelector("#events tbody tr .action-label")));
        assertTrue(user.text(By.cssSelector("#events tbody tr .roles")).contains("Аудитор"), "who checked, with their role");
        assertTrue(user.all(By.id("verdict")).isEmpty(), "the verdict is shown once, not on every later page");
    }

    @Test
    void the_audit_trail_explains_a_filter_it_cannot_use() {
        user.signInAs("admin");
        user.open("/audit.xhtml?agreement=PA-1999-99999");
        assertTrue(user.text(By.id("messages")).contains("Соглашение «PA-1999-99999» не найдено"), user.text(By.id("messages")));
        user.open("/audit.xhtml?from=2026-03-02&to=2026-03-01");
        assertTrue(user.text(By.id("messages")).contains("Дата «по» не может быть раньше даты «с»"), user.text(By.id("messages")));
        user.open("/audit.xhtml?from=yesterday");
        assertTrue(user.text(By.id("messages")).contains("ГГГГ-ММ-ДД"), user.text(By.id("messages")));
    }

    @Test
    void a_drafter_is_not_shown_the_audit_trail_and_cannot_open_it() throws IOException, InterruptedException {
        user.signInAs("drafter");
        List<String> navigation = user.all(By.cssSelector(".mainnav a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Реестр соглашений", "Новое соглашение", "Типовые статьи", "Шаблоны"), navigation);

        user.open("/audit.xhtml");
        assertEquals("Доступ запрещён", user.text(By.id("error-title")));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(Loopback.of(base).resolve("audit.xhtml"))
                .header("Cookie", user.sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Доступ запрещён"), "the localized forbidden page");

        openSisterCityAgreement();
        assertFalse(user.all(By.cssSelector("#completion input[data-lang=ru]")).isEmpty(), "every role may take a certificate");
        assertTrue(user.all(By.id("auditTrail")).isEmpty(), "but only auditors are led to the trail");
    }

    @Test
    void the_certificate_of_completion_downloads_as_pdf_and_its_issue_is_in_the_trail()
            throws IOException, InterruptedException {
        user.signInAs("auditor");
        String number = openSisterCityAgreement();
        String id = user.query().replaceAll(".*\\bid=(\\d+).*", "$1");
        assertEquals(List.of("ru", "kk"), user.all(By.cssSelector("#completion input[data-lang]")).stream()
                .map(button -> button.getAttribute("data-lang")).toList(), "one PDF per language of the agreement");
        assertEquals("PDF на казахском", user.browser().findElement(By.cssSelector("#completion input[data-lang=kk]")).getAttribute("value"));

        Path pdf = user.download(By.cssSelector("#completion input[data-lang=ru]"));
        assertEquals(number + "-completion-certificate.pdf", pdf.getFileName().toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        String text = pdfText(pdf);
        assertAll(
                () -> assertTrue(squeezed(text).contains(squeezed(number)), "the agreement's number"),
                () -> assertTrue(text.contains("Сертификат завершения"), "in Russian"));
        assertEquals("/agreement.xhtml", user.path(), "the page stays");

        Path json = user.download(By.id("certificate:json"));
        assertTrue(Files.readString(json).contains("\"number\":\"" + number + "\""), "the JSON form");

        user.follow(By.id("auditTrail"));
        assertEquals("/audit.xhtml", user.path());
        assertTrue(user.query().contains("agreement=" + id), user.query());
        List<WebElement> rows = user.all(By.cssSelector("#events tbody tr"));
        WebElement pdfIssue = rows.get(rows.size() - 2);
        assertEquals("agreement.completion-certificate-issued", pdfIssue.getAttribute("data-action"));
        assertTrue(pdfIssue.getText().contains("Выдан сертификат завершения"));
        assertTrue(pdfIssue.getText().contains("application/pdf"), pdfIssue.getText());
        assertTrue(rows.getLast().getText().contains("application/json"), rows.getLast().getText());

        // The REST API issues the same document the same way.
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = Base64.getEncoder().encodeToString(("auditor:" + BrowserUser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> rest = http.send(HttpRequest.newBuilder(Loopback.of(base)
                        .resolve("api/v1/agreements/" + id + "/completion-certificate?lang=kk"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertAll(
                () -> assertEquals(200, rest.statusCode()),
                () -> assertEquals("application/pdf", rest.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals("attachment; filename=\"" + number + "-completion-certificate.pdf\"",
                        rest.headers().firstValue("Content-Disposition").orElse("")),
                () -> assertEquals("kk", rest.headers().firstValue("Content-Language").orElse("")),
                () -> assertTrue(rest.headers().firstValue("Cache-Control").orElse("").contains("no-store")),
                () -> assertEquals("%PDF", new String(rest.body(), 0, 4, StandardCharsets.US_ASCII)));
    }

    @Test
    void the_agreement_text_downloads_as_a_bilingual_pdf_marked_draft_until_approved() throws IOException, InterruptedException {
        user.signInAs("drafter");
        user.open("/agreements.xhtml?region=KZ-63");
        user.openAgreementTitled("Торгово-промышленной палатой Омской области и акиматом Восточно-Казахстанской области");
        Path draft = user.download(By.id("preview:pdf"));
        assertTrue(draft.getFileName().toString().endsWith("-preview.pdf"), draft.toString());
        String draftText = pdfText(draft);
        // -raw keeps the content stream's order, in which the diagonal watermark is drawn in one go.
        String draftRaw = squeezed(pdfText(draft, "-raw"));
        assertAll(
                () -> assertTrue(draftRaw.contains("ПРОЕКТ/ЖОБА"), "marked draft in both languages"),
                () -> assertTrue(squeezed(draftText).contains(squeezed("Шығыс Қазақстан облысының әкімдігі")), "the Kazakh column"),
                () -> assertTrue(squeezed(draftText).contains(squeezed("Восточно-Казахстанской области")), "the Russian column"));
        assertEquals("/agreement.xhtml", user.path(), "the page stays");

        openSisterCityAgreement();
        Path signed = user.download(By.id("preview:pdf"));
        assertAll(
                () -> assertFalse(squeezed(pdfText(signed, "-raw")).contains("ПРОЕКТ/ЖОБА"), "a signed agreement's text is final"),
                () -> assertTrue(Pattern.compile("ПГ\\d{4}/\\d{3}").matcher(squeezed(pdfText(signed))).find(),
                        "under its registration number"));
    }

    @Test
    void an_administrator_saves_the_next_version_of_a_template_and_is_told_which_article_is_wrong() {
        user.signInAs("admin");
        user.follow(By.linkText("Шаблоны"));
        assertEquals("/templates.xhtml", user.path());
        WebElement protocol = user.browser().findElement(By.cssSelector("#templates tr[data-template=protocol-of-intent]"));
        assertTrue(protocol.getText().contains("Протокол о намерениях") && protocol.getText().contains("Казахский"), protocol.getText());
        user.follow(By.linkText("protocol-of-intent"));
        assertEquals("/template.xhtml", user.path());
        By kazakhConditions = By.cssSelector("#parallel tr[data-key=conditions] td[data-lang=kk]");
        assertTrue(user.text(kazakhConditions).startsWith("Жеткізу шарттары"), "heading and text side by side: " + user.text(kazakhConditions));
        assertTrue(user.text(By.cssSelector("#parallel tr[data-key=conditions] td[data-lang=ru]")).startsWith("Условия поставок"));
        user.screenshot("template");

        user.follow(By.id("edit"));
        assertEquals("/template-edit.xhtml", user.path());
        By kazakhText = By.cssSelector("textarea[data-article='2'][data-part=text][data-lang=kk]");
        user.type(kazakhText, "Көлемдер {nope} шарттармен айқындалады.");
        user.press(By.id("edit:save"));
        assertTrue(user.text(By.id("messages")).contains(
                "Статья 2 «Условия поставок», текст на казахском: неизвестная подстановка {nope}"), user.text(By.id("messages")));
        assertTrue(user.text(By.cssSelector("fieldset[data-article='2'] .field-error")).startsWith("неизвестная подстановка {nope}"),
                "said beside the field too");
        assertEquals("Көлемдер {nope} шарттармен айқындалады.", user.browser().findElement(kazakhText).getAttribute("value"),
                "what was typed stays");
        user.screenshot("template-invalid");

        user.type(kazakhText, "");
        user.press(By.id("edit:save"));
        assertTrue(user.text(By.id("messages")).contains("Статья 2 «Условия поставок», текст на казахском: не заполнено"),
                user.text(By.id("messages")));

        String reworded = "Көлемдер, бағалар мен жеткізу мерзімдері мүдделі ұйымдар жасасатын шарттармен айқындалады.";
        user.type(kazakhText, reworded);
        user.press(By.id("edit:save"));
        assertEquals("/template.xhtml", user.path());
        assertTrue(user.text(By.id("messages")).contains("Шаблон protocol-of-intent: сохранена версия 2"), user.text(By.id("messages")));
        assertTrue(user.text(kazakhConditions).contains(reworded));
        assertEquals(List.of("2", "1"), user.all(By.cssSelector("#versions li")).stream()
                .map(item -> item.getAttribute("data-version")).toList(), "newest first");
        user.screenshot("template-version-2");

        user.follow(By.cssSelector("#versions li[data-version='1'] a"));
        assertTrue(user.query().contains("version=1"), user.query());
        assertFalse(user.text(kazakhConditions).contains(reworded), "version 1 keeps its text");
        assertTrue(user.text(By.id("older")).contains("Действующая версия — 2"), user.text(By.id("older")));
        assertTrue(user.all(By.id("edit")).isEmpty(), "an older version is read-only");

        // Someone saved version 2 while this page still edits version 1: the text typed is kept, and may go over it.
        user.open("/template-edit.xhtml?id=protocol-of-intent");
        user.type(By.cssSelector("textarea[data-article='4'][data-part=text][data-lang=ru]"),
                "Каждая Сторона сама несет свои расходы.");
        user.setHiddenField("edit:version", "1");
        user.press(By.id("edit:save"));
        assertTrue(user.text(By.id("messages")).contains("Администратор системы сохранил(а) версию 2"), user.text(By.id("messages")));
        assertEquals("Каждая Сторона сама несет свои расходы.",
                user.browser().findElement(By.cssSelector("textarea[data-article='4'][data-part=text][data-lang=ru]")).getAttribute("value"));
        user.press(By.id("edit:saveOver"));
        assertTrue(user.text(By.id("messages")).contains("сохранена версия 3"), user.text(By.id("messages")));

        user.follow(By.id("copy"));
        user.type(By.id("edit:templateId"), "protocol-of-intent");
        user.press(By.id("edit:save"));
        assertTrue(user.text(By.id("messages")).contains("Шаблон с идентификатором «protocol-of-intent» уже есть"), user.text(By.id("messages")));
        user.type(By.id("edit:templateId"), "grain-supply-protocol");
        user.press(By.id("edit:save"));
        assertEquals("/template.xhtml", user.path());
        assertTrue(user.query().contains("id=grain-supply-protocol"), user.query());
        assertEquals("Версия 1", user.text(By.tagName("h1")));
        assertTrue(user.text(By.cssSelector("#parallel tr[data-key=costs] td[data-lang=ru]")).contains("Каждая Сторона сама несет свои расходы."),
                "a new template starts from the other's text");

        user.forget();
        user.signInAs("drafter");
        user.open("/template.xhtml?id=protocol-of-intent");
        assertTrue(user.all(By.id("edit")).isEmpty(), "drafters read templates");
        user.open("/template-edit.xhtml?id=protocol-of-intent");
        assertEquals("Доступ запрещён", user.text(By.id("error-title")));
    }

    @Test
    void an_approver_reads_the_memorandum_s_revisions_and_discussion_then_answers_and_resolves_the_open_thread() throws IOException {
        user.signInAs("approver1");
        openEastKazakhstanMemorandum();

        List<WebElement> revisions = user.all(By.cssSelector("#revisionList tbody tr"));
        assertEquals(List.of("2", "1"), revisions.stream().map(row -> row.getAttribute("data-revision")).toList(), "newest first");
        WebElement latest = revisions.getFirst();
        String hash = latest.findElement(By.cssSelector("code.hash")).getAttribute("title");
        assertAll(
                () -> assertTrue(latest.getText().contains("Анна Кравец"), "who saved it: " + latest.getText()),
                () -> assertTrue(latest.getText().contains("текущая"), latest.getText()),
                () -> assertTrue(latest.getText().contains("✓ не изменена"), latest.getText()),
                () -> assertTrue(hash.matches("[0-9a-f]{64}"), hash),
                () -> assertTrue(latest.getText().contains(hash.substring(0, 12) + "…"), latest.getText()),
                () -> assertTrue(user.browser().findElement(By.cssSelector("#compare input[name=from][value='1']")).isSelected(),
                        "the comparison proposes the last change"),
                () -> assertTrue(user.browser().findElement(By.cssSelector("#compare input[name=to][value='2']")).isSelected()),
                () -> assertFalse(user.browser().findElement(By.cssSelector("#compare input[name=to][value='1']")).isSelected()));

        // The first revision's text, as it read before the fairs were added to article 3.
        Path first = user.download(By.cssSelector("#revisionList tr[data-revision='1'] a.revision-pdf"));
        assertTrue(first.getFileName().toString().endsWith("-revision-1.pdf"), first.toString());
        String russian = PdfText.squeezed(pdfText(first, "-x", "0", "-y", "0", "-W", "298", "-H", "842"));
        assertAll(
                () -> assertTrue(russian.contains(PdfText.squeezed("организуют деловые миссии, выставки и переговоры")), russian),
                () -> assertFalse(russian.contains(PdfText.squeezed("совместные ярмарки")), "revision 2's words are not in it"),
                () -> assertTrue(PdfText.squeezed(pdfText(first)).contains(PdfText.squeezed("редакция 1")), "headed with its revision"));

        user.press(By.id("compareRevisions"));
        assertEquals("/changes.xhtml", user.path());
        assertTrue(user.query().contains("from=1") && user.query().contains("to=2"), user.query());
        assertTrue(user.text(By.id("sides")).contains("Редакция 1") && user.text(By.id("sides")).contains("Редакция 2"));
        WebElement reworded = user.browser().findElement(By.cssSelector("#articles article[data-key=forms]"));
        WebElement added = user.browser().findElement(By.cssSelector("#articles article[data-key=information]"));
        assertAll(
                () -> assertEquals("REWORDED", reworded.getAttribute("data-kind")),
                () -> assertTrue(reworded.getText().contains("изменена формулировка"), reworded.getText()),
                () -> assertTrue(reworded.getText().contains("Номер: 3 → 3"), reworded.getText()),
                () -> assertTrue(inserted(reworded, "ru").contains("совместные ярмарки"), inserted(reworded, "ru")),
                () -> assertTrue(inserted(reworded, "kk").contains("бірлескен жәрмеңкелерді"), inserted(reworded, "kk")),
                () -> assertFalse(inserted(reworded, "ru").contains("выставки"), "words kept are not marked"),
                () -> assertTrue(reworded.findElement(By.cssSelector("[data-lang=ru] .text")).getText().contains(
                        "организуют деловые миссии, совместные ярмарки, выставки и переговоры"), "the text reads whole"),
                () -> assertEquals("ADDED", added.getAttribute("data-kind")),
                () -> assertTrue(added.getText().contains("добавлена") && added.getText().contains("Номер: — → 4"), added.getText()),
                () -> assertTrue(inserted(added, "ru").contains("Обмен информацией"), "a new article is inserted whole"),
                () -> assertTrue(inserted(added, "kk").contains("Ақпарат алмасу")),
                () -> assertTrue(user.text(By.id("unchanged")).matches("Статей без изменений: \\d+\\."), user.text(By.id("unchanged"))));
        user.screenshot("changes");
        user.follow(By.linkText("← К соглашению"));
        assertEquals("/agreement.xhtml", user.path());

        WebElement forms = user.browser().findElement(By.cssSelector("#discussion .discussed-article[data-article=forms]"));
        WebElement information = user.browser().findElement(By.cssSelector("#discussion .discussed-article[data-article=information]"));
        WebElement settled = forms.findElement(By.cssSelector("details.thread"));
        WebElement open = information.findElement(By.cssSelector("details.thread"));
        assertAll(
                () -> assertTrue(forms.findElement(By.tagName("h3")).getText().startsWith("Статья 3."), forms.findElement(By.tagName("h3")).getText()),
                () -> assertEquals("Статья 4. Обмен информацией", information.findElement(By.tagName("h3")).getText()),
                () -> assertTrue(settled.getAttribute("class").contains("resolved"), "a settled thread is marked"),
                () -> assertEquals(null, settled.getAttribute("open"), "and folded away"),
                () -> assertTrue(settled.getText().contains("Решено: Игорь Лебедев"), settled.getText()),
                () -> assertTrue(settled.getText().contains("редакция 1"), "started on the first revision: " + settled.getText()),
                () -> assertTrue(open.getAttribute("class").contains("open"), open.getAttribute("class")),
                () -> assertTrue(open.getText().contains("Жыл сайын емес, жарты жылда бір рет алмасқан дұрыс болар ма?"), open.getText()),
                () -> assertFalse(open.getText().contains("редакция "), "started on the current revision: " + open.getText()));
        user.screenshot("discussion");

        String thread = open.getAttribute("data-thread");
        user.type(By.cssSelector("textarea[data-thread='" + thread + "']"), "Согласны: раз в полгода, перечень — к 1 июля и 1 января.");
        user.press(By.cssSelector("details[data-thread='" + thread + "'] input[data-act=reply]"));
        assertTrue(user.text(By.id("messages")).contains("Ответ добавлен."), user.text(By.id("messages")));
        WebElement answered = user.browser().findElement(By.cssSelector("details[data-thread='" + thread + "']"));
        assertTrue(answered.findElement(By.cssSelector("ol.replies")).getText().contains("Игорь Лебедев")
                && answered.getText().contains("перечень — к 1 июля"), answered.getText());

        user.press(By.cssSelector("details[data-thread='" + thread + "'] input[data-act=resolve]"));
        assertTrue(user.text(By.id("messages")).contains("Обсуждение отмечено как решённое."), user.text(By.id("messages")));
        assertTrue(user.browser().findElement(By.cssSelector("details[data-thread='" + thread + "']")).getAttribute("class").contains("resolved"));
        assertTrue(user.all(By.cssSelector("#discussion details.thread.open")).isEmpty(), "both threads settled");

        // A page that still shows the thread open: resolving it again is refused, and the thread is shown as it is.
        user.setHiddenField(user.browser().findElement(By.cssSelector("details[data-thread='" + thread + "'] input[type=hidden][id$=version]"))
                .getAttribute("id"), "0");
        user.browser().findElement(By.cssSelector("details[data-thread='" + thread + "'] > summary")).click();
        user.press(By.cssSelector("details[data-thread='" + thread + "'] input[data-act=reopen]"));
        assertTrue(user.text(By.id("messages")).contains("изменил другой участник"), user.text(By.id("messages")));
        user.screenshot("discussion-resolved");

        user.switchLanguage("kk");
        assertEquals("Редакциялар", user.text(By.cssSelector("#revisions h2")));
        assertEquals("Талқылау", user.text(By.cssSelector("#discussion h2")));
        assertEquals("4-бап. Ақпарат алмасу", user.text(By.cssSelector("#discussion .discussed-article[data-article=information] h3")));
        assertTrue(user.text(By.cssSelector("details[data-thread='" + thread + "'] summary")).contains("Шешілді"));
        assertEquals("Қайта ашу", user.browser().findElement(By.cssSelector("details[data-thread='" + thread + "'] input[data-act=reopen]"))
                .getAttribute("value"));
        user.screenshot("discussion-kk");
    }

    @Test
    void a_comment_reads_exactly_as_typed_and_a_signed_agreement_s_discussion_is_read_only() {
        user.signInAs("drafter");
        user.open("/agreements.xhtml?status=RETURNED");
        user.openAgreementTitled("сельскохозяйственной техники");
        String markup = "<script>alert(1)</script> & <b>жирный</b>";
        new Select(user.browser().findElement(By.id("startThread:article"))).selectByValue("conditions");
        user.type(By.id("startThread:text"), markup);
        user.press(By.id("startThread:start"));
        assertTrue(user.text(By.id("messages")).contains("Начато обсуждение статьи 2."), user.text(By.id("messages")));
        WebElement thread = user.browser().findElement(By.cssSelector("#discussion .discussed-article[data-article=conditions] details.thread"));
        assertEquals(markup, thread.findElement(By.cssSelector(".comment-text")).getText());
        String page = user.browser().getPageSource();
        assertFalse(page.contains("<script>alert(1)"), "never as markup");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "but as the characters typed");

        user.press(By.cssSelector("details[data-thread='" + thread.getAttribute("data-thread") + "'] input[data-act=reply]"));
        assertTrue(user.text(By.id("messages")).contains("Напишите текст"), "an empty answer is refused: " + user.text(By.id("messages")));

        openSisterCityAgreement();
        assertTrue(user.text(By.id("discussionClosed")).contains("«Подписано»"), user.text(By.id("discussionClosed")));
        assertTrue(user.all(By.id("startThread")).isEmpty() && user.all(By.cssSelector("#discussion form")).isEmpty(),
                "no forms on a signed agreement's discussion");

        user.forget();
        user.signInAs("auditor");
        openEastKazakhstanMemorandum();
        assertTrue(user.text(By.id("discussion")).contains("Ваша роль позволяет читать обсуждение"), user.text(By.id("discussion")));
        assertTrue(user.all(By.cssSelector("#discussion form")).isEmpty(), "auditors read");
    }

    /** What a changed article marks as inserted in one language's column, all insertions put together. */
    private static String inserted(WebElement article, String lang) {
        return article.findElements(By.cssSelector("[data-lang=" + lang + "] ins")).stream().map(WebElement::getText)
                .reduce("", String::concat);
    }

    @Test
    void a_drafter_writes_a_sister_city_agreement_in_kazakh_moves_an_article_saves_and_reads_the_preview_pdf()
            throws IOException, InterruptedException {
        user.signInAs("drafter");
        user.switchLanguage("kk");
        user.consoleMessages();
        user.follow(By.linkText("Жаңа келісім"));
        assertEquals("/new-agreement.xhtml", user.path());
        assertEquals("Жаңа келісім", user.text(By.tagName("h1")));
        assertTrue(user.text(By.id("templates")).contains("Бауырлас қалалар туралы келісім"), "templates by kind, in Kazakh");
        user.follow(By.cssSelector("a[data-template=sister-city-agreement]"));
        assertTrue(user.query().contains("template=sister-city-agreement"), "the choice has an address: " + user.query());
        String form = user.text(By.id("agreement"));
        assertAll(
                () -> assertTrue(form.contains("Келісім тілдері") && form.contains("Тараптар")
                        && form.contains("Ынтымақтастық салалары") && form.contains("Қолданылу мерзімі"), form),
                () -> assertTrue(user.browser().findElement(language("agreement", "ru")).isSelected(), "the template's languages"),
                () -> assertTrue(user.browser().findElement(language("agreement", "kk")).isSelected()),
                () -> assertFalse(user.browser().findElement(language("agreement", "en")).isSelected()));

        user.press(By.id("agreement:create"));
        assertEquals("/new-agreement.xhtml", user.path(), "nothing filled in: nothing created");
        assertTrue(user.text(By.id("messages")).contains("Белгіленген өрістерді тексеріңіз"), user.text(By.id("messages")));
        assertTrue(user.text(By.id("agreement")).contains("Кемінде бір ынтымақтастық саласын таңдаңыз"), "next to the field");

        user.type(By.id("agreement:titles:0:title"), "Соглашение о побратимских связях Омска и Павлодара (из редактора)");
        user.type(By.id("agreement:titles:1:title"), "Омбы мен Павлодардың бауырластық байланыстары туралы келісім (редактордан)");
        user.choose(By.id("agreement:parties:0:party"), "Омбы қаласының әкімшілігі");
        user.choose(By.id("agreement:parties:1:party"), "Павлодар қаласының әкімдігі");
        user.click(By.cssSelector("input[name='agreement:areas'][value=CULTURE]"));
        user.click(By.cssSelector("input[name='agreement:areas'][value=TOURISM]"));
        user.type(By.id("agreement:years"), "10");
        user.screenshot("draft-new-kk");
        user.press(By.id("agreement:create"));

        assertEquals("/draft.xhtml", user.path(), user.pageText());
        assertTrue(user.text(By.id("messages")).contains("жобасы үлгі бойынша құрылды"), user.text(By.id("messages")));
        assertEquals("1-редакция", user.text(By.id("revision")));
        List<String> template = articleKeys();
        assertEquals(List.of("subject", "areas", "forms", "coordination", "costs", "disputes", "entry-into-force", "term"), template);
        String columns = user.browser().findElement(By.cssSelector("#wordingTable thead")).getAttribute("textContent");
        assertTrue(columns.contains("Орыс тілі") && columns.contains("Қазақ тілі"), "a column per language: " + columns);
        assertTrue(user.browser().findElement(By.id("placeholders")).getAttribute("textContent").contains("{party1.organization}"),
                "the placeholders are explained");
        assertEquals("Ынтымақтастық бағыттары", user.value(cell("areas", "kk", "input.heading")));

        String reworded = "Тараптар мәдениет пен туризм салаларында бірлесіп жұмыс істейді: " + KAZAKH_LETTERS + ".";
        user.type(cell("areas", "kk", "textarea"), reworded);
        user.press(By.id("editor:addArticle"));
        String added = articleKeys().getLast();
        assertTrue(added.matches("c-\\d+"), "a fresh key: " + added);
        assertTrue(user.text(row(added)).contains("Аударма жоқ"), "an empty article is marked untranslated");
        assertEquals(reworded, user.value(cell("areas", "kk", "textarea")), "typing survives adding an article");
        user.type(cell(added, "ru", "input.heading"), "Конфиденциальность");
        user.type(cell(added, "ru", "textarea"), "Стороны не раскрывают сведения, полученные друг от друга.");
        user.type(cell(added, "kk", "input.heading"), "Құпиялылық");
        user.type(cell(added, "kk", "textarea"), "Тараптар бір-бірінен алған мәліметтерді жария етпейді.");
        user.press(By.cssSelector("tr.article[data-key='" + added + "'] input[data-act=up]"));
        List<String> moved = articleKeys();
        assertEquals(List.of(added, "term"), moved.subList(moved.size() - 2, moved.size()), "moved above the term");
        assertEquals("Құпиялылық", user.value(cell(added, "kk", "input.heading")), "the row moved with its texts");

        user.press(By.id("editor:save"));
        assertTrue(user.text(By.id("messages")).contains("Сақталды: 2-редакция"), user.text(By.id("messages")));
        assertEquals("2-редакция", user.text(By.id("revision")));
        assertEquals(moved, articleKeys(), "saved in the new order");
        assertEquals(reworded, user.value(cell("areas", "kk", "textarea")));
        user.screenshot("draft-editor-kk");

        // The preview frame: the unsaved form goes there, and the script sends it again after typing pauses.
        user.click(By.id("editor:preview"));
        waitForPdfInPreviewFrame();
        user.browser().switchTo().defaultContent();
        ((org.openqa.selenium.JavascriptExecutor) user.browser()).executeScript(
                "document.querySelector('iframe[name=preview]').contentWindow.pactumMarker = true;");
        user.browser().findElement(cell("forms", "kk", "textarea")).sendKeys(" Қосымша сөйлем.");
        new org.openqa.selenium.support.ui.WebDriverWait(user.browser(), Duration.ofSeconds(15)).until(driver ->
                Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "var w = document.querySelector('iframe[name=preview]').contentWindow;"
                                + "return !w.pactumMarker && w.document.readyState === 'complete'"
                                + " && w.document.contentType === 'application/pdf';")));
        Thread.sleep(1500); // only for the picture: Chromium's viewer draws the pages some time after the PDF has loaded
        user.screenshot(By.id("previewCard"), "draft-preview-kk");

        Path pdf = user.download(By.id("editor:download"));
        assertTrue(pdf.getFileName().toString().endsWith("-preview.pdf"), pdf.toString());
        String russian = PdfText.squeezed(pdfText(pdf, "-x", "0", "-y", "0", "-W", "298", "-H", "842"));
        String kazakh = PdfText.squeezed(pdfText(pdf, "-x", "297", "-y", "0", "-W", "298", "-H", "842"));
        String raw = PdfText.squeezed(pdfText(pdf, "-raw"));
        assertAll(
                () -> assertTrue(kazakh.contains(PdfText.squeezed(reworded)), "the new Kazakh sentence: " + kazakh),
                () -> assertTrue(kazakh.contains(PdfText.squeezed("Тараптар бір-бірінен алған мәліметтерді")), "the new article"),
                () -> assertTrue(kazakh.contains("Қосымшасөйлем"), "what was typed after saving: the preview is of the form"),
                () -> assertTrue(russian.contains(PdfText.squeezed("Стороны устанавливают побратимские связи")), "the Russian column"),
                () -> assertTrue(russian.indexOf("Конфиденциальность") < russian.lastIndexOf("Срокдействия"),
                        "the new article stands before the term"),
                () -> assertTrue(raw.contains("ПРОЕКТ/ЖОБА"), "marked draft in both languages"));
        assertEquals("/draft.xhtml", user.path(), "the page stays");
        List<String> console = user.consoleMessages();
        assertTrue(console.stream().noneMatch(message -> message.contains("Content Security Policy")),
                "the script, the frame and the PDF keep to the policy: " + console);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String id = user.query().replaceAll(".*\\bid=(\\d+).*", "$1");
        HttpResponse<byte[]> framed = http.send(HttpRequest.newBuilder(Loopback.of(base).resolve("draft-preview.xhtml?id=" + id))
                .header("Cookie", user.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertAll(
                () -> assertEquals("application/pdf", framed.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals("SAMEORIGIN", framed.headers().firstValue("X-Frame-Options").orElse("")),
                () -> assertTrue(framed.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'")),
                () -> assertTrue(framed.headers().firstValue("Content-Disposition").orElse("").startsWith("inline")));

        user.follow(By.id("toAgreement"));
        assertEquals("/agreement.xhtml", user.path());
        user.follow(By.id("edit"));
        assertEquals("/draft.xhtml", user.path(), "a draft's page leads its drafter to the editor");
    }

    @Test
    void a_save_after_someone_elses_names_what_they_changed_keeps_the_users_text_and_shows_markup_literally() {
        long id = sisterCityDraftThroughTheApi(new Api(base));
        user.signInAs("drafter");
        user.open("/draft.xhtml?id=" + id);
        assertEquals("Редакция 1", user.text(By.id("revision")));
        user.press(By.id("editor:save"));
        assertTrue(user.text(By.id("messages")).contains("Изменений нет: по-прежнему редакция 1"),
                "the browser's line breaks are no change: " + user.text(By.id("messages")));
        String mine = "Стороны развивают побратимство <script>alert('x')</script> на равных началах.";
        user.type(cell("subject", "ru", "textarea"), mine);

        // Meanwhile the same draft is opened in a second tab, its article on costs renamed and saved.
        String first = user.browser().getWindowHandle();
        user.browser().switchTo().newWindow(WindowType.TAB);
        user.open("/draft.xhtml?id=" + id);
        user.type(cell("costs", "ru", "input.heading"), "Финансирование <b>расходов</b>");
        user.press(By.id("editor:save"));
        assertTrue(user.text(By.id("messages")).contains("Сохранено: редакция 2"), user.text(By.id("messages")));
        user.browser().close();
        user.browser().switchTo().window(first);

        user.press(By.id("editor:save"));
        String conflict = user.text(By.id("editor:conflict"));
        assertAll(
                () -> assertTrue(user.text(By.id("messages")).contains("Анна Кравец"), "who: " + user.text(By.id("messages"))),
                () -> assertTrue(conflict.contains("вы начинали с редакции 1, текущая — 2"), conflict),
                () -> assertEquals(List.of("Статья 5 «Финансирование <b>расходов</b>»: изменён текст (Русский)"),
                        user.all(By.cssSelector("#changes li")).stream().map(WebElement::getText).toList(), "only what was changed"),
                () -> assertTrue(user.all(By.cssSelector("[id='editor:conflict'] b")).isEmpty(), "markup shown, not applied"),
                () -> assertEquals(mine, user.value(cell("subject", "ru", "textarea")), "the user's text is still there"),
                () -> assertEquals("Финансирование", user.value(cell("costs", "ru", "input.heading")), "as the user had it"),
                () -> assertEquals("Редакция 1", user.text(By.id("revision"))),
                () -> assertFalse(user.all(By.id("editor:reloadDraft")).isEmpty(), "a way to load the current revision"));
        user.screenshot("draft-conflict");

        user.press(By.id("editor:save"));
        assertTrue(user.text(By.id("editor:conflict")).contains("текущая — 2"), "still refused: the page still stands on revision 1");
        user.press(By.id("editor:saveOver"));
        assertTrue(user.text(By.id("messages")).contains("Сохранено: редакция 3"), user.text(By.id("messages")));
        assertEquals(mine, user.value(cell("subject", "ru", "textarea")), "saved and read back literally");
        assertTrue(user.all(By.cssSelector("#wordingTable script")).isEmpty(), "typed markup never becomes a script");
        String source = user.browser().getPageSource();
        assertTrue(source.contains("&lt;script&gt;alert('x')&lt;/script&gt;") || source.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
                "escaped in the page");

    }

    @Test
    void leaving_the_editor_with_unsaved_text_asks_first_but_not_once_it_is_saved() throws IOException {
        long id = sisterCityDraftThroughTheApi(new Api(base));
        user.signInAs("drafter");
        user.open("/draft.xhtml?id=" + id);
        assertFalse(user.asksBeforeLeaving(), "nothing typed yet");

        String mine = "Стороны ежегодно обмениваются делегациями городов-побратимов.";
        user.type(cell("subject", "ru", "textarea"), mine);
        assertTrue(user.asksBeforeLeaving(), "typed text: switching the language or signing out would lose it");
        Path pdf = user.download(By.id("editor:download"));
        assertTrue(Files.size(pdf) > 0);
        assertTrue(user.asksBeforeLeaving(), "a downloaded preview saves nothing: still asks");

        user.press(By.id("editor:save"));
        assertTrue(user.text(By.id("messages")).contains("Сохранено: редакция 2"), user.text(By.id("messages")));
        assertFalse(user.asksBeforeLeaving(), "saved");
        user.switchLanguage("kk");
        assertEquals(mine, user.value(cell("subject", "ru", "textarea")));

        user.open("/new-agreement.xhtml?template=sister-city-agreement");
        assertFalse(user.asksBeforeLeaving(), "a new agreement's empty form");
        user.type(By.id("agreement:years"), "5");
        assertTrue(user.asksBeforeLeaving(), "a new agreement's form half filled in");
    }

    @Test
    void submitting_names_each_untranslated_article_and_sends_a_complete_draft_for_approval() {
        long id = sisterCityDraftThroughTheApi(new Api(base));
        user.signInAs("drafter");
        user.open("/draft.xhtml?id=" + id);
        user.type(cell("costs", "kk", "textarea"), "");
        user.press(By.id("editor:submit"));
        String messages = user.text(By.id("messages"));
        assertAll(
                () -> assertTrue(messages.contains("Направить на согласование пока нельзя"), messages),
                () -> assertTrue(messages.contains("Статья 5 — Казахский: текст не написан"), messages),
                () -> assertTrue(messages.contains("Сохранено: редакция 2"), "saved first: " + messages),
                () -> assertTrue(user.text(row("costs")).contains("Перевод отсутствует"), "marked in its row"),
                () -> assertEquals("/draft.xhtml", user.path()));

        user.type(cell("costs", "kk", "textarea"), "Әр Тарап {нөмір} шығыстарын өзі көтереді.");
        user.click(By.id("editor:preview"));
        user.browser().switchTo().frame("preview");
        new org.openqa.selenium.support.ui.WebDriverWait(user.browser(), Duration.ofSeconds(15))
                .until(driver -> !driver.findElements(By.id("messages")).isEmpty());
        String problem = user.text(By.tagName("body"));
        user.browser().switchTo().defaultContent();
        assertTrue(problem.contains("Предпросмотр не получился")
                && problem.contains("Статья 5 — Казахский: неизвестная подстановка"), "why, in the frame: " + problem);

        user.type(cell("costs", "kk", "textarea"), "Әр Тарап осы Келісімді орындау шығыстарын өзі көтереді.");
        user.press(By.id("editor:submit"));
        assertEquals("/agreement.xhtml", user.path());
        assertEquals("На согласовании", user.text(By.id("status")));
        assertTrue(user.all(By.id("edit")).isEmpty(), "no editor for an agreement in approval");

        user.open("/draft.xhtml?id=" + id);
        assertTrue(user.text(By.id("messages")).contains("редактировать можно только проект"), user.text(By.id("messages")));
        assertTrue(user.all(By.id("editor")).isEmpty());
        assertFalse(user.all(By.linkText("Открыть страницу соглашения")).isEmpty());
    }

    @Test
    void only_drafters_and_administrators_may_open_the_drafting_pages() {
        user.signInAs("approver1");
        user.open("/new-agreement.xhtml");
        assertEquals("Доступ запрещён", user.text(By.id("error-title")));
        assertTrue(user.all(By.linkText("Новое соглашение")).isEmpty());
    }

    @Test
    void a_drafter_takes_the_confidentiality_article_from_the_clause_library_saves_and_reads_it_in_the_preview_pdf()
            throws IOException, InterruptedException {
        Api api = new Api(base);
        long id = sisterCityDraftThroughTheApi(api);
        user.signInAs("drafter");
        user.open("/draft.xhtml?id=" + id);
        List<String> template = articleKeys();
        List<String> offered = new Select(user.browser().findElement(By.id("editor:standardKey"))).getOptions().stream()
                .map(WebElement::getText).toList();
        assertTrue(offered.containsAll(List.of("Конфиденциальность", "Обстоятельства непреодолимой силы", "Уведомления")),
                "the library's articles, headed in the reader's language: " + offered);

        user.press(By.id("editor:insertStandard"));
        assertTrue(user.text(By.id("editor:standard")).contains("Выберите статью из библиотеки"), "nothing chosen, nothing inserted");
        assertEquals(template, articleKeys());

        user.choose(By.id("editor:standardKey"), "Конфиденциальность");
        user.press(By.id("editor:insertStandard"));
        List<String> inserted = articleKeys();
        assertAll(
                () -> assertEquals("confidentiality", inserted.getLast(), "after the last article, under the library's key"),
                () -> assertEquals(template.size() + 1, inserted.size()),
                () -> assertEquals("Конфиденциальность", user.value(cell("confidentiality", "ru", "input.heading"))),
                () -> assertEquals("Құпиялылық", user.value(cell("confidentiality", "kk", "input.heading"))),
                () -> assertTrue(user.value(cell("confidentiality", "kk", "textarea")).startsWith("Тараптар осы Келісімді іске асыру")),
                () -> assertTrue(user.all(By.cssSelector("#wordingTable td[data-lang='en']")).isEmpty(), "only the draft's languages"),
                () -> assertTrue(user.text(By.id("messages")).contains("вставлена под номером " + inserted.size()), user.text(By.id("messages"))),
                () -> assertEquals("Редакция 1", user.text(By.id("revision")), "not saved yet"));
        assertTrue(new Select(user.browser().findElement(By.id("editor:standardKey"))).getOptions().stream().map(WebElement::getText)
                .anyMatch(("Конфиденциальность — уже в тексте (статья " + inserted.size() + ")")::equals), "marked as taken in");

        // A second standard article, after the first article of the draft.
        user.choose(By.id("editor:standardKey"), "Обстоятельства непреодолимой силы");
        user.choose(By.id("editor:standardAfter"), "после статьи 1 «");
        user.press(By.id("editor:insertStandard"));
        assertEquals("force-majeure", articleKeys().get(1), "where it was asked for: " + articleKeys());
        user.screenshot("draft-standard-articles");

        user.press(By.id("editor:save"));
        assertTrue(user.text(By.id("messages")).contains("Сохранено: редакция 2"), user.text(By.id("messages")));
        assertEquals("Редакция 2", user.text(By.id("revision")));
        assertEquals("confidentiality", articleKeys().getLast());
        Api.Reply revision = api.get("api/v1/agreements/" + id + "/revisions/2", "drafter");
        assertEquals(200, revision.status(), revision::toString);
        jakarta.json.JsonObject confidentiality = revision.json().getJsonObject("wording").getJsonArray("clauses").stream()
                .map(JsonValue::asJsonObject).filter(clause -> clause.getString("key").equals("confidentiality"))
                .findFirst().orElseThrow(() -> new AssertionError("revision 2 has the article: " + revision));
        assertAll(
                () -> assertEquals("Құпиялылық", confidentiality.getJsonObject("heading").getString("kk")),
                () -> assertFalse(confidentiality.getJsonObject("text").containsKey("en"), "the draft keeps only its languages"));

        Path pdf = user.download(By.id("editor:download"));
        String text = PdfText.squeezed(pdfText(pdf));
        assertAll(
                () -> assertTrue(text.contains("Құпиялылық"), "the Kazakh heading"),
                () -> assertTrue(text.contains("Конфиденциальность"), "the Russian heading"),
                () -> assertTrue(text.contains(PdfText.squeezed("Тараптар осы Келісімді іске асыру барысында алынған ақпараттың")),
                        "the Kazakh text"),
                () -> assertTrue(text.contains(PdfText.squeezed("Обстоятельства непреодолимой силы")), "the second article"));

        user.follow(By.linkText("Типовые статьи"));
        assertEquals("/clause-library.xhtml", user.path());
        assertTrue(user.text(libraryArticle("confidentiality", "kk")).contains("Құпиялылық"), "drafters read the library");
        assertTrue(user.all(By.id("actions:edit")).isEmpty(), "but only administrators change it");
    }

    @Test
    void an_administrator_edits_a_kazakh_text_in_the_clause_library_and_is_told_which_article_lacks_its_english_heading() {
        user.signInAs("admin");
        user.follow(By.linkText("Типовые статьи"));
        assertEquals("/clause-library.xhtml", user.path());
        assertEquals("Библиотека типовых статей", user.text(By.tagName("h1")));
        int before = Integer.parseInt(user.browser().findElement(By.id("facts")).getAttribute("data-version"));
        String shipped = user.text(libraryArticle("notices", "kk"));
        assertTrue(shipped.contains("Хабарламалар"), shipped);
        user.screenshot("clause-library");

        user.press(By.id("actions:edit"));
        String reworded = "Хабарламалар Тараптардың уәкілетті өкілдеріне жазбаша түрде, оның ішінде электрондық пошта арқылы "
                + "<b>кідіріссіз</b> жіберіледі.";
        user.type(libraryCell("notices", "kk", "textarea"), reworded);
        user.press(By.id("library:save"));
        assertTrue(user.text(By.id("messages")).contains("Сохранена версия " + (before + 1)), user.text(By.id("messages")));
        assertAll(
                () -> assertEquals(String.valueOf(before + 1), user.browser().findElement(By.id("facts")).getAttribute("data-version")),
                () -> assertFalse(user.all(By.cssSelector("#versions tr[data-version='" + (before + 1) + "']")).isEmpty(),
                        "the new version is listed"),
                () -> assertTrue(user.text(By.cssSelector("#versions tr[data-version='" + (before + 1) + "']"))
                        .contains("Администратор системы"), "by whom"),
                () -> assertTrue(user.text(libraryArticle("notices", "kk")).contains(reworded), "markup shown as typed"),
                () -> assertTrue(user.all(By.cssSelector("#articles b")).isEmpty(), "never applied"));

        user.follow(By.cssSelector("#versions a[data-open='" + before + "']"));
        assertAll(
                () -> assertTrue(user.text(By.id("old")).contains("только для чтения"), user.text(By.id("old"))),
                () -> assertEquals(shipped, user.text(libraryArticle("notices", "kk")), "the earlier version as it was"),
                () -> assertTrue(user.all(By.id("actions:edit")).isEmpty(), "an earlier version is not edited"));

        user.follow(By.id("toCurrent"));
        user.press(By.id("actions:edit"));
        user.type(libraryCell("force-majeure", "en", "input.heading"), "");
        String amended = "Тараптардың өзара келісімі бойынша осы Келісімге жеке хаттамалармен өзгерістер енгізілуі мүмкін.";
        user.type(libraryCell("amendments", "kk", "textarea"), amended);
        user.press(By.id("library:save"));
        String problem = user.text(libraryEditorRow("force-majeure"));
        assertAll(
                () -> assertTrue(problem.contains("Статья 2 «Обстоятельства непреодолимой силы» — Английский: нужны и заголовок, и текст."),
                        "next to the article, naming it and the language: " + problem),
                () -> assertTrue(user.text(By.id("messages")).contains("Версия не сохранена"), user.text(By.id("messages"))),
                () -> assertEquals(amended, user.value(libraryCell("amendments", "kk", "textarea")), "the input is kept"),
                () -> assertTrue(user.all(By.cssSelector("#versions tr[data-version='" + (before + 2) + "']")).isEmpty(), "nothing saved"));
        user.screenshot("clause-library-invalid");

        // Meanwhile (as far as this page knows) someone saved: the page still stands on an older version.
        user.type(libraryCell("force-majeure", "en", "input.heading"), "Force majeure");
        user.setHiddenField("library:version", String.valueOf(before));
        user.press(By.id("library:save"));
        assertAll(
                () -> assertTrue(user.text(By.id("library:conflict")).contains("сохранил(а) версию " + (before + 1)),
                        user.text(By.id("library:conflict"))),
                () -> assertEquals(amended, user.value(libraryCell("amendments", "kk", "textarea")), "the input is kept"));
        user.press(By.id("library:saveOver"));
        assertTrue(user.text(By.id("messages")).contains("Сохранена версия " + (before + 2)), user.text(By.id("messages")));
        assertEquals(amended, user.text(libraryArticle("amendments", "kk")).lines().skip(1).findFirst().orElse(""));

        user.switchLanguage("kk");
        assertEquals("Үлгі баптар кітапханасы", user.text(By.tagName("h1")));
        assertTrue(user.text(By.id("facts")).startsWith((before + 2) + "-нұсқа · сақтаған: Администратор системы"),
                user.text(By.id("facts")));
        assertEquals("Өзгерту", user.browser().findElement(By.id("actions:edit")).getAttribute("value"));
    }

    /** A new sister-city draft between the two cities, made through the REST API as the drafter would. */
    private long sisterCityDraftThroughTheApi(Api api) {
        String body = """
                {"kind":"SISTER_CITY_AGREEMENT","template":"sister-city-agreement","languages":["ru","kk"],
                 "title":{"ru":"Соглашение о побратимстве (проверка редактора)","kk":"Бауырластық туралы келісім (редакторды тексеру)"},
                 "partyIds":[%d,%d],"areas":["CULTURE","EDUCATION"],
                 "term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(partyId(api, "Администрация города Омска"), partyId(api, "Акимат города Павлодара"));
        Api.Reply created = api.post("api/v1/agreements", "drafter", body);
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long partyId(Api api, String organization) {
        Api.Reply parties = api.get("api/v1/parties?q=" + URLEncoder.encode(organization, StandardCharsets.UTF_8), "drafter");
        assertEquals(200, parties.status(), parties::toString);
        return parties.array().stream().map(JsonValue::asJsonObject)
                .filter(party -> party.getJsonObject("organization").getString("ru").equals(organization))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The keys of the editor's articles, top to bottom. */
    private List<String> articleKeys() {
        return user.all(By.cssSelector("#wordingTable tr.article")).stream().map(row -> row.getAttribute("data-key")).toList();
    }

    private static By row(String key) {
        return By.cssSelector("#wordingTable tr.article[data-key='" + key + "']");
    }

    /** @param field {@code textarea} for the article's text, {@code input.heading} for its heading */
    private static By cell(String key, String language, String field) {
        return By.cssSelector("#wordingTable tr.article[data-key='" + key + "'] td[data-lang='" + language + "'] " + field);
    }

    /** An article's heading and text in one language, as the clause library page shows them. */
    private static By libraryArticle(String key, String language) {
        return By.cssSelector("#articles tr.article[data-key='" + key + "'] td[data-lang='" + language + "']");
    }

    /** @param field {@code textarea} for the article's text, {@code input.heading} for its heading */
    private static By libraryCell(String key, String language, String field) {
        return By.cssSelector("#libraryTable tr.article[data-key='" + key + "'] td[data-lang='" + language + "'] " + field);
    }

    private static By libraryEditorRow(String key) {
        return By.cssSelector("#libraryTable tr.article[data-key='" + key + "']");
    }

    private static By language(String form, String code) {
        return By.cssSelector("input[name='" + form + ":languages'][value='" + code + "']");
    }

    /** Waits until the preview frame shows a PDF: Chromium's viewer, on a document of type application/pdf. */
    private void waitForPdfInPreviewFrame() {
        new org.openqa.selenium.support.ui.WebDriverWait(user.browser(), Duration.ofSeconds(20)).until(driver ->
                "application/pdf".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "var d = document.querySelector('iframe[name=preview]').contentDocument;"
                                + "return d && d.readyState === 'complete' ? d.contentType : null;")));
    }

    private void openEastKazakhstanMemorandum() {
        user.open("/agreements.xhtml?status=DRAFT&region=KZ-63");
        user.openAgreementTitled("Торгово-промышленной палатой Омской области и акиматом Восточно-Казахстанской области");
    }

    /** Opens the Omsk–Pavlodar sister-city agreement from the registry and returns its number. */
    private String openSisterCityAgreement() {
        user.open("/agreements.xhtml?q=" + URLEncoder.encode(SISTER_CITIES, StandardCharsets.UTF_8));
        user.openAgreementTitled(SISTER_CITIES);
        String number = user.text(By.id("number"));
        assertTrue(NUMBER.matcher(number).matches(), number);
        return number;
    }

    /** The text poppler's pdftotext reads from a PDF: an independent reader, as a person's viewer would be. */
    private static String pdfText(Path pdf, String... options) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(List.of(options));
        command.addAll(List.of(pdf.toString(), "-"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "pdftotext finishes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + pdf, e);
        }
        assertEquals(0, process.exitValue(), "pdftotext reads " + pdf);
        return text;
    }

    /** Line breaks and hyphenation fall wherever the layout puts them: compare without spaces and hyphens. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s-]+", "");
    }

    /** The "found: N" count above the table. */
    private long total() {
        Matcher digits = Pattern.compile("\\d+").matcher(user.text(By.id("total")));
        assertTrue(digits.find(), user.text(By.id("total")));
        return Long.parseLong(digits.group());
    }
}
