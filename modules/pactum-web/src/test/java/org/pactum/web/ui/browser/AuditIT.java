package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pactum.web.support.PdfText;

/**
 * The audit trail, its chain verification and the certificate of completion. The trail only grows: the tests read
 * the signed sister-city agreement's history, after which only certificates are ever issued for it.
 */
@ExtendWith(SharedServerAndBrowser.class)
class AuditIT {

    /**
     * The sister-city agreement's life in the demo data: created, submitted onto its route, decided at both stages,
     * approved, then signed by both parties.
     */
    private static final List<String> SISTER_CITY_HISTORY = List.of("agreement.created", "agreement.submitted",
            "route.started", "route.decided", "route.decided", "agreement.approved", "agreement.signature-added", "agreement.signing-started", "agreement.signature-added",
            "agreement.signed");
    private static final String AUDIT_TRAIL = "Журнал аудита";

    private final BrowserUser user;

    AuditIT(BrowserUser user) {
        this.user = user;
    }

    @Test
    void an_auditor_reads_the_trail_of_the_sister_city_agreement_and_verifies_the_chain() {
        user.signInAs("auditor");
        String number = DemoAgreements.openSisterCityAgreement(user).number();

        user.follow(By.linkText(AUDIT_TRAIL));
        AuditPage audit = new AuditPage(user);
        assertEquals(AuditPage.PATH, user.path(), "the navigation leads auditors to the audit trail");
        assertEquals(AUDIT_TRAIL, audit.heading());
        audit.filterByAgreement(number);
        assertTrue(user.query().contains("agreement=" + number), "a bookmarkable filter: " + user.query());
        assertEquals(number, audit.subject());

        assertEquals(audit.sequences().stream().sorted(Comparator.reverseOrder()).toList(), audit.sequences(),
                "newest first by default");
        audit.sortOldestFirst();
        assertTrue(user.query().contains("order=oldest"), user.query());
        List<WebElement> rows = audit.events();
        List<String> actions = rows.stream().map(row -> row.getAttribute("data-action")).toList();
        assertEquals(SISTER_CITY_HISTORY, actions.subList(0, SISTER_CITY_HISTORY.size()), actions.toString());
        assertTrue(actions.subList(SISTER_CITY_HISTORY.size(), actions.size()).stream()
                .allMatch("agreement.completion-certificate-issued"::equals), "later only certificates were issued: " + actions);
        List<Long> sequences = audit.sequences();
        assertEquals(sequences.stream().sorted().toList(), sequences, "in the order recorded, when asked");
        List<String> labels = audit.actionLabels();
        assertEquals(List.of("Проект создан", "Направлено на согласование", "Маршрут согласования начат",
                        "Решение по согласованию", "Решение по согласованию", "Согласовано", "Подпись поставлена",
                        "Начато подписание", "Подпись поставлена", "Подписано"),
                labels.subList(0, SISTER_CITY_HISTORY.size()));
        WebElement signed = rows.get(SISTER_CITY_HISTORY.size() - 1);
        String hash = signed.findElement(By.cssSelector("code.hash")).getAttribute("title");
        assertAll(
                () -> assertTrue(signed.getText().contains("Нурлан Сейтжанов"), "who signed, by name"),
                () -> assertTrue(signed.getText().contains("signer2"), "and the login the trail records"),
                () -> assertTrue(signed.getText().contains(number), "the agreement's number"),
                () -> assertTrue(signed.getText().contains("Статус изменён: на подписании → подписано."),
                        "details as sentences: " + signed.getText()),
                () -> assertFalse(signed.getText().contains("SIGNED"), "no status codes"),
                () -> assertTrue(hash.matches("[0-9a-f]{64}"), "the whole hash on hover: " + hash),
                () -> assertTrue(signed.getText().contains(hash.substring(0, 12) + "…"), "its start in the table"));
        String routeStarted = rows.get(2).getText();
        String firstSignature = rows.get(6).getText();
        assertAll("what the details point at is named, not coded",
                () -> assertTrue(routeStarted.contains("Маршрут: "), routeStarted),
                () -> assertFalse(routeStarted.contains("Код маршрута"), routeStarted),
                () -> assertTrue(firstSignature.contains("Подписано за сторону: "), firstSignature),
                () -> assertFalse(firstSignature.contains("Сторона №"), firstSignature));
        user.screenshot("audit-ru");

        user.switchLanguage("kk");
        assertTrue(user.query().contains("order=oldest"), "the order survives the language switch: " + user.query());
        assertEquals("Аудит журналы", audit.heading());
        assertEquals("Тізбекті тексеру", audit.verifyButton());
        assertEquals("Қол қойылды", audit.events().stream().filter(row -> "agreement.signed".equals(row.getAttribute("data-action")))
                .findFirst().orElseThrow().findElement(By.cssSelector(".action-label")).getText(), "agreement.signed");
        audit.verifyChain();
        assertEquals(AuditPage.PATH, user.path());
        assertTrue(user.query().contains("agreement=" + number), "the filter survives the check: " + user.query());
        String verdict = audit.verdict();
        assertTrue(verdict.contains("Тізбек бүтін"), verdict);
        Matcher checked = Pattern.compile("Тексерілген оқиғалар: (\\d+)").matcher(verdict);
        assertTrue(checked.find() && Long.parseLong(checked.group(1)) >= sequences.getLast(), "the whole chain: " + verdict);
        assertTrue(audit.verdictClass().contains("intact"));
        user.screenshot("audit-verified-kk");

        AuditPage.open(user, "?action=audit.verified&actor=auditor");
        assertTrue(audit.total() >= 1, "the check itself is in the trail");
        assertEquals("Аудит тізбегі тексерілді", audit.firstActionLabel());
        assertTrue(audit.firstRoles().contains("Аудитор"), "who checked, with their role");
        assertFalse(audit.showsVerdict(), "the verdict is shown once, not on every later page");
    }

    @Test
    void an_auditor_filters_by_agreement_person_action_and_period_and_downloads_what_is_shown() throws IOException {
        user.signInAs("auditor");
        AgreementPage agreement = DemoAgreements.openSisterCityAgreement(user);
        String number = agreement.number();
        String registered = agreement.registrationNumber();
        AuditPage audit = AuditPage.open(user, "");
        user.screenshotAtWidth("audit-trail-1366", 1366);
        user.screenshotAtWidth("audit-trail-390", 390);
        assertEquals(List.of(), user.overflowingAt(390), "no sideways scrolling on a phone");

        // The registration number as printed on the agreement; the signer as the list names him.
        String today = LocalDate.now(ZoneId.of("Asia/Omsk")).toString();
        audit.filter(registered, "Нурлан Сейтжанов", "Подпись поставлена", "2020-01-01", today);
        assertEquals(number, audit.subject());
        String query = user.query();
        assertAll(
                () -> assertTrue(query.contains("actor=signer2"), query),
                () -> assertTrue(query.contains("action=agreement.signature-added"), query),
                () -> assertTrue(query.contains("from=2020-01-01") && query.contains("to=" + today), query),
                () -> assertEquals(1, audit.total(), "signer2 signed the sister-city agreement once"),
                () -> assertEquals(List.of("Нурлан Сейтжанов — аким Павлодарской области"), audit.people()),
                () -> assertTrue(audit.details().getFirst().contains("Владелец сертификата:"), audit.details().toString()),
                () -> assertFalse(audit.details().getFirst().contains("certificateSubject"), audit.details().toString()));
        user.screenshotAtWidth("audit-filtered-1366", 1366);
        user.screenshotAtWidth("audit-filtered-390", 390);

        Path csv = audit.downloadCsv();
        assertEquals(registered.replace('/', '-') + " журнал аудита.csv", csv.getFileName().toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xff, "a byte order mark, so Excel reads Cyrillic");
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertEquals(2, lines.size(), "the header and the one event shown: " + lines);
        assertTrue(lines.get(0).startsWith("\"№\",\"Когда ("), lines.get(0));
        assertTrue(lines.get(1).contains("\"Нурлан Сейтжанов — аким Павлодарской области\",\"signer2\""), lines.get(1));
        assertEquals(AuditPage.PATH, user.path(), "the page stays");

        // A period the demo data does not reach: nothing, and the title's words find the agreement too.
        AuditPage.open(user, "?agreement=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&from=2020-01-01&to=2020-01-31");
        assertEquals(0, audit.total());
        audit.filter("побратимских", "Любой", "Подписано", "", "");
        if (!audit.candidates().isEmpty()) {
            // Other tests add sister-city drafts of their own: then the page asks which one is meant.
            assertTrue(audit.candidates().contains(number), audit.candidates().toString());
            user.follow(By.linkText(number));
        }
        assertEquals(number, audit.subject());
        assertEquals(List.of("agreement.signed"), audit.events().stream().map(row -> row.getAttribute("data-action")).toList());
    }

    @Test
    void the_audit_trail_explains_a_filter_it_cannot_use() {
        user.signInAs("admin");
        AuditPage audit = AuditPage.open(user, "?agreement=PA-1999-99999");
        assertTrue(audit.messages().contains("Соглашение «PA-1999-99999» не найдено"), audit.messages());
        AuditPage.open(user, "?from=2026-03-02&to=2026-03-01");
        assertTrue(audit.messages().contains("Дата «по» не может быть раньше даты «с»"), audit.messages());
        AuditPage.open(user, "?from=yesterday");
        assertTrue(audit.messages().contains("ГГГГ-ММ-ДД"), audit.messages());
    }

    @Test
    void a_drafter_is_not_shown_the_audit_trail_and_cannot_open_it() throws IOException, InterruptedException {
        user.signInAs("drafter");
        RegistryPage registry = new RegistryPage(user);
        List<String> navigation = registry.navigation();
        // Everyone has notifications last, with an unread count when there are any.
        assertEquals(List.of("Реестр соглашений", "Новое соглашение", ClauseLibraryPage.LINK, "Шаблоны"),
                navigation.subList(0, navigation.size() - 1));
        assertTrue(navigation.getLast().startsWith("Уведомления"), navigation.toString());

        assertEquals("Доступ запрещён", AuditPage.open(user, "").errorTitle());

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(user.address(AuditPage.PATH))
                .header("Cookie", user.sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Доступ запрещён"), "the localized forbidden page");

        AgreementPage agreement = DemoAgreements.openSisterCityAgreement(user);
        assertFalse(user.all(AgreementPage.certificateButton("ru")).isEmpty(), "every role may take a certificate");
        assertFalse(agreement.leadsToAuditTrail(), "but only auditors are led to the trail");
    }

    @Test
    void the_certificate_of_completion_downloads_as_pdf_and_its_issue_is_in_the_trail() throws Exception {
        user.signInAs("auditor");
        AgreementPage agreement = DemoAgreements.openSisterCityAgreement(user);
        String number = agreement.number();
        String id = agreement.id();
        assertEquals(List.of("ru", "kk"), agreement.certificateButtons().stream()
                .map(button -> button.getAttribute("data-lang")).toList(), "one PDF per language of the agreement");
        assertEquals("PDF на казахском", user.browser().findElement(AgreementPage.certificateButton("kk")).getAttribute("value"));

        Path pdf = agreement.downloadCertificate("ru");
        // Named by the registration number as the page shows it (the slash a file name cannot hold as a dash), what it
        // is and its language, Cyrillic kept.
        String registered = agreement.registrationNumber().replace('/', '-');
        assertEquals(registered + " сертификат завершения (ru).pdf", pdf.getFileName().toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        String text = PdfText.text(pdf);
        assertAll(
                () -> assertTrue(PdfText.squeezed(text).contains(PdfText.squeezed(number)), "the agreement's number"),
                () -> assertTrue(text.contains("Сертификат завершения"), "in Russian"));
        assertEquals(AgreementPage.PATH, user.path(), "the page stays");

        Path json = agreement.downloadCertificateAsJson();
        assertTrue(Files.readString(json).contains("\"number\":\"" + number + "\""), "the JSON form");

        AuditPage audit = agreement.auditTrail();
        assertEquals(AuditPage.PATH, user.path());
        assertTrue(user.query().contains("agreement=" + id), user.query());
        List<WebElement> rows = audit.events();
        WebElement pdfIssue = rows.get(1);
        assertEquals("agreement.completion-certificate-issued", pdfIssue.getAttribute("data-action"));
        assertTrue(pdfIssue.getText().contains("Выдан сертификат завершения"));
        assertTrue(pdfIssue.getText().contains("Форма: PDF.") && pdfIssue.getText().contains("Язык: русский."),
                pdfIssue.getText());
        assertTrue(rows.getFirst().getText().contains("Форма: JSON."), "the latest first: " + rows.getFirst().getText());

        // The REST API issues the same document the same way.
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = Base64.getEncoder().encodeToString(("auditor:" + BrowserUser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> rest = http.send(HttpRequest.newBuilder(
                        user.address("api/v1/agreements/" + id + "/completion-certificate?lang=kk"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
        String disposition = rest.headers().firstValue("Content-Disposition").orElse("");
        assertAll(
                () -> assertEquals(200, rest.statusCode()),
                () -> assertEquals("application/pdf", rest.headers().firstValue("Content-Type").orElse("")),
                () -> assertTrue(disposition.matches("attachment; filename=\"[ -~&&[^\"]]+ aiaqtalu sertifikaty \\(kk\\)\\.pdf\"; "
                        + "filename\\*=UTF-8''.*"), disposition),
                () -> assertTrue(disposition.endsWith("filename*=UTF-8''" + URLEncoder.encode(
                        registered + " аяқталу сертификаты (kk).pdf", StandardCharsets.UTF_8).replace("+", "%20")), disposition),
                () -> assertEquals("kk", rest.headers().firstValue("Content-Language").orElse("")),
                () -> assertTrue(rest.headers().firstValue("Cache-Control").orElse("").contains("no-store")),
                () -> assertEquals("%PDF", new String(rest.body(), 0, 4, StandardCharsets.US_ASCII)));
    }
}
