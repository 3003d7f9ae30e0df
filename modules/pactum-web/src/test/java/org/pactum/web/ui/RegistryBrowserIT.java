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
        assertEquals(List.of("Реестр соглашений", "Шаблоны"), navigation);

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
    void an_approver_reads_the_memorandum_s_revisions_and_discussion_then_answers_and_resolves_the_open_thread() {
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
