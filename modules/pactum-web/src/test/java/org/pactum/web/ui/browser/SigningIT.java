package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.pactum.web.support.Api;

/**
 * Signing in the browser: the demo's approved Omsk–Pavlodar agreement on trade waits for signer1 (Omsk) and then signer2
 * (Pavlodar), each with the key the server holds for them and the PIN {@code demo}. A wrong PIN is said plainly and
 * changes nothing; out of turn, the page says who signs first; the agreement page then shows both signatures and
 * gives the signed PDF, which poppler's pdfsig reads as signed twice.
 */
@ExtendWith(SharedServerAndBrowser.class)
class SigningIT {

    private static final String DEMO_PIN = "demo";
    private static final String OMSK = "Правительство Омской области";
    private static final String PAVLODAR = "Акимат Павлодарской области";

    private final BrowserUser user;
    private final Api api;

    SigningIT(BrowserUser user, Api api) {
        this.user = user;
        this.api = api;
    }

    @Test
    void signer1_then_signer2_sign_the_omsk_pavlodar_trade_agreement_with_their_server_held_keys() throws Exception {
        // Pavlodar's signer comes too early: Omsk signs first, and the page says so instead of offering a form.
        user.signInAs("signer2");
        AgreementPage agreement = DemoAgreements.openOmskPavlodarTradeAgreement(user, "APPROVED");
        String id = agreement.id();
        assertFalse(agreement.invitesToSign(), "Omsk signs first");
        assertTrue(agreement.signaturesSection().contains("Следующей подписывает сторона «" + OMSK + "»"),
                agreement.signaturesSection());
        AwaitingSignaturesPage awaiting = AwaitingSignaturesPage.open(user);
        assertTrue(awaiting.lists(id), "what signer2 signs is on the list");
        assertFalse(awaiting.offersSigning(id), "but not yet signer2's turn");
        SigningPage early = SigningPage.open(user, "?id=" + id);
        assertFalse(early.offersSigning(), "no way to sign out of turn");
        assertTrue(early.notice().contains("Сейчас подписывает сторона «" + OMSK + "»"), early.notice());
        user.forget();

        user.signInAs("signer1");
        awaiting = AwaitingSignaturesPage.open(user);
        assertTrue(awaiting.navigation().contains("На подпись"), "a signer is shown the way to what waits");
        assertTrue(awaiting.offersSigning(id), "signer1's turn");
        user.screenshot("awaiting-signer1");
        agreement = AgreementPage.open(user, "?id=" + id);
        assertEquals("Согласовано", agreement.status());
        assertTrue(agreement.invitesToSign(), "Omsk's turn");
        SigningPage signing = agreement.sign();
        assertEquals(SigningPage.PATH, user.path());
        String approvedPrint = signing.documentSha256();
        shoot("signing-before");
        assertAll(
                () -> assertTrue(approvedPrint.matches("[0-9a-f]{64}"), approvedPrint),
                () -> assertShownInPlace(signing.documentFrameSource(), approvedPrint),
                () -> assertEquals(List.of("next", "waiting"), List.of(signing.stateOf(1), signing.stateOf(2))),
                () -> assertTrue(signing.textOf(1).contains(OMSK) && signing.textOf(1).contains("Алексей Соколов"), signing.textOf(1)),
                () -> assertTrue(signing.textOf(2).contains(PAVLODAR), signing.textOf(2)),
                () -> assertTrue(signing.offersServerKey(), "the server holds signer1's demo key"));


        signing.signWithServerKey("not-the-pin");
        assertAll(
                () -> assertTrue(signing.messages().contains("Неверный PIN-код"), signing.messages()),
                () -> assertEquals("Согласовано", signing.status(), "nothing signed"),
                () -> assertEquals("next", signing.stateOf(1)),
                () -> assertEquals(approvedPrint, signing.documentSha256(), "the same document still waits"),
                () -> assertEquals("", signing.pinField(), "the PIN is not shown again"),
                () -> assertFalse(user.pageText().contains("Exception"), "no stack trace"));
        user.screenshot("signing-wrong-pin");

        // Four more wrong PINs lock the key: the page says when to try again, and meanwhile the right PIN is refused too,
        // until an administrator ends the lock.
        for (int i = 2; i <= 5; i++) {
            signing.signWithServerKey("not-the-pin-" + i);
        }
        assertTrue(signing.messages().contains("ключ заблокирован: повторите попытку через 1 мин."), signing.messages());
        signing.signWithServerKey(DEMO_PIN);
        assertAll(
                () -> assertTrue(signing.messages().contains("Слишком много неверных PIN-кодов"), signing.messages()),
                () -> assertEquals("Согласовано", signing.status(), "nothing signed with the right PIN while locked"),
                () -> assertFalse(user.pageText().contains("Exception"), "no stack trace"));
        user.screenshot("signing-key-locked");
        Api.Reply unlocked = api.call("DELETE", "api/v1/signing-key-locks/signer1", "admin", null);
        assertEquals(204, unlocked.status(), unlocked::toString);

        // A file that is no PKCS#12 key store: said plainly, nothing signed; the panel used stays open.
        Path notAKeyStore = Files.writeString(Files.createTempFile("not-a-key-store", ".p12"), "not a key store");
        signing.signWithKeyStore(notAKeyStore, DEMO_PIN);
        assertAll(
                () -> assertTrue(signing.messages().contains("Этим ключом подписать нельзя"), signing.messages()),
                () -> assertTrue(signing.keySourceOpen("pkcs12"), "the PKCS#12 panel stays open"),
                () -> assertEquals("Согласовано", signing.status(), "nothing signed"),
                () -> assertEquals(approvedPrint, signing.documentSha256()));
        Files.delete(notAKeyStore);
        signing.chooseKeySource("server");

        signing.signWithServerKey(DEMO_PIN);
        assertAll(
                () -> assertTrue(signing.messages().contains("Вы подписали соглашение"), signing.messages()),
                () -> assertTrue(signing.messages().contains("Следующей подписывает сторона «" + PAVLODAR + "»"), signing.messages()),
                () -> assertEquals("На подписании", signing.status()),
                () -> assertEquals(List.of("signed", "next"), List.of(signing.stateOf(1), signing.stateOf(2))),
                () -> assertTrue(signing.textOf(1).contains("PAdES-BASELINE"), signing.textOf(1)),
                () -> assertNotEquals(approvedPrint, signing.documentSha256(), "Pavlodar signs the PDF Omsk signed"),
                () -> assertFalse(signing.offersSigning(), "signed once is enough"),
                () -> assertTrue(signing.notice().contains("Вы уже подписали"), signing.notice()));
        shoot("signing-after-first");
        user.forget();

        user.signInAs("signer2");
        agreement = AgreementPage.open(user, "?id=" + id);
        assertEquals("На подписании", agreement.status());
        SigningPage second = agreement.sign();
        second.signWithServerKey(DEMO_PIN);
        assertAll(
                () -> assertTrue(second.messages().contains("Все стороны подписали соглашение"), second.messages()),
                () -> assertEquals("Подписано", second.status()),
                () -> assertEquals(List.of("signed", "signed"), List.of(second.stateOf(1), second.stateOf(2))),
                () -> assertTrue(second.notice().contains("Вы уже подписали"), second.notice()));
        shoot("signing-after-both");

        AgreementPage signed = second.backToAgreement();
        String section = signed.signaturesSection();
        assertAll(
                () -> assertEquals("Подписано", signed.status()),
                () -> assertEquals(2, signed.signatures().size()),
                () -> assertTrue(signed.signatures().stream().allMatch(turn -> "signed".equals(turn.getAttribute("data-state")))),
                () -> assertTrue(section.contains("Алексей Соколов") && section.contains("Нурлан Сейтжанов"), section),
                () -> assertTrue(section.contains("PAdES-BASELINE"), section),
                () -> assertFalse(signed.invitesToSign()));
        shoot("agreement-signed");

        Path pdf = signed.downloadSignedPdf();
        assertTrue(pdf.getFileName().toString().matches("\\S+ подписанный документ \\((ru|kk|en)(, (ru|kk|en))*\\)\\.pdf"),
                pdf.toString());
        String report = run("pdfsig", pdf.toString());
        assertAll(
                () -> assertTrue(report.contains("Signature Field Name: party-1"), report),
                () -> assertTrue(report.contains("Signature Field Name: party-2"), report),
                () -> assertTrue(count(report, "Signature is Valid.") >= 2, report),
                () -> assertFalse(report.contains("Signature is Invalid") || report.contains("Digest Mismatch"), report));
        renderLastPage(pdf);
        verifiedByAnAuditorAndACounterparty(pdf, signed.number());
    }

    /**
     * The signed PDF on the auditor's verification page: green, both signers, the agreement in the register. Then,
     * signed out, the link in its stamps' QR codes (read off the rendered page, as a phone would) shows the verdict
     * and the signers of the document Pactum keeps, and a copy uploaded there is that very document.
     */
    private void verifiedByAnAuditorAndACounterparty(Path pdf, String number) throws Exception {
        user.forget();
        user.signInAs("auditor");
        VerificationPage verification = VerificationPage.open(user);
        assertTrue(verification.navigation().contains("Проверка подписей"), "auditors are shown the way");
        verification.upload(pdf);
        String reportId = verification.reportId();
        assertAll(
                () -> assertEquals("id=" + reportId, user.query(), "the kept report has an address of its own"),
                () -> assertEquals("passed", verification.verdictTone(), verification.verdict()),
                () -> assertTrue(verification.verdict().contains("Подписи действительны"), verification.verdict()),
                () -> assertEquals(2, verification.signatures().size()),
                () -> assertTrue(verification.signatures().get(0).getText().contains("Соколов Алексей Викторович")),
                () -> assertTrue(verification.signatures().get(1).getText().contains("Сейтжанов Нурлан Бекенович")),
                () -> assertTrue(verification.signatures().get(1).getText().contains("PAdES-BASELINE-LTA"),
                        verification.signatures().get(1).getText()),
                () -> assertTrue(verification.register().contains(number), verification.register()),
                () -> assertTrue(verification.reportPdfAnswer().matches("200 application/pdf .*otchet o proverke \\(ru\\)\\.pdf.*"),
                        verification.reportPdfAnswer()));
        shoot("verification-result");
        user.open(VerificationPage.PATH + "?id=" + reportId);
        assertEquals("passed", new VerificationPage(user).verdictTone(), "a stored report opens again by its id");
        user.forget();

        List<URI> links = StampLinks.on(pdf, lastPage(pdf));
        assertEquals(1, links.size(), "both stamps lead to the agreement's one link: " + links);
        URI link = links.getFirst();
        assertTrue(link.getPath().equals("/public/verify.xhtml") && link.getRawQuery().matches("t=[A-Za-z0-9_-]{22}"),
                link.toString());
        user.open(link.getRawPath() + "?" + link.getRawQuery());
        PublicVerificationPage publicPage = new PublicVerificationPage(user);
        assertAll(
                () -> assertEquals("/public/verify.xhtml", user.path(), "no sign-in asked"),
                () -> assertTrue(publicPage.kept().contains("Подписи действительны"), publicPage.kept()),
                () -> assertEquals(2, publicPage.keptSigners().size()),
                () -> assertTrue(publicPage.kept().contains("Соколов Алексей Викторович")
                        && publicPage.kept().contains("Сейтжанов Нурлан Бекенович"), publicPage.kept()),
                () -> assertTrue(publicPage.kept().contains(OMSK), "the party signed for: " + publicPage.kept()),
                () -> assertFalse(user.pageText().contains(number), "no agreement number for strangers"));
        publicPage.check(pdf);
        assertAll(
                () -> assertTrue(publicPage.relation().contains("тот самый документ"), publicPage.relation()),
                () -> assertTrue(publicPage.copyResult().contains("Подписи действительны"), publicPage.copyResult()));
        user.screenshotAtWidth("public-verification-copy-ru-1366", 1366);
        user.screenshotAtWidth("public-verification-copy-ru-390", 390);
        shoot("public-verification");
        tooManyCopiesAreRefusedWithoutAnAuditEvent(publicPage, pdf);
        user.open("/public/verify.xhtml?t=AAAAAAAAAAAAAAAAAAAAAA");
        assertTrue(user.all(By.cssSelector("ol.public-signers")).isEmpty(), "an unknown token shows nothing");
    }

    /**
     * One address may have ten copies a minute checked on the public page: past that the page says when to try again,
     * checks nothing and records nothing.
     */
    private void tooManyCopiesAreRefusedWithoutAnAuditEvent(PublicVerificationPage publicPage, Path pdf) {
        String verified = "api/v1/audit/events?action=document.verified&actor=anonymous&size=1";
        long before = api.get(verified, "auditor").json().getJsonNumber("total").longValue();
        int checked = 0;
        boolean refused = false;
        for (int i = 0; i < 20 && !refused; i++) {
            publicPage.check(pdf);
            refused = user.pageText().contains("Слишком много проверок копий");
            if (!refused) {
                assertTrue(publicPage.relation().contains("тот самый документ"), publicPage.relation());
                checked++;
            }
        }
        int accepted = checked;
        assertTrue(refused, "refused within 20 copies");
        assertAll(
                () -> assertTrue(accepted >= 9 && accepted <= 14, "about ten a minute, one checked before: " + accepted),
                () -> assertTrue(user.pageText().matches("(?s).*повторите попытку через \\d+ с\\..*"),
                        user.pageText()),
                () -> assertTrue(user.all(By.id("copyResult")).isEmpty(), "no verdict for a refused copy"),
                () -> assertEquals(before + accepted, api.get(verified, "auditor").json().getJsonNumber("total")
                        .longValue(), "one event per copy checked, none for the refused one"));
        user.screenshot("public-verification-too-many");
    }

    /** The frame's address answers with the PDF itself, to be shown inline and framed by Pactum's own page. */
    private void assertShownInPlace(String frameSource, String sha256) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(frameSource))
                .header("Cookie", user.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertAll(
                () -> assertEquals(200, answer.statusCode()),
                () -> assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse("")),
                () -> assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"),
                        answer.headers().toString()),
                () -> assertEquals("SAMEORIGIN", answer.headers().firstValue("X-Frame-Options").orElse("")),
                () -> assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(answer.body())),
                        "the page names the SHA-256 of exactly the PDF it shows"));
    }

    /** The page at a desktop's and a phone's width, in Russian and in Kazakh; the page is left in Russian. */
    private void shoot(String name) {
        for (String language : List.of("ru", "kk")) {
            user.switchLanguage(language);
            user.screenshotAtWidth(name + "-" + language + "-1366", 1366);
            user.screenshotAtWidth(name + "-" + language + "-390", 390);
        }
        user.switchLanguage("ru");
    }

    /** The last page, where the parties' signature boxes are, as a picture beside the screenshots, to look at. */
    private static void renderLastPage(Path pdf) throws Exception {
        String last = String.valueOf(lastPage(pdf));
        Path screenshots = Path.of(System.getProperty("pactum.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        run("pdftoppm", "-png", "-r", "80", "-f", last, "-l", last, "-singlefile", pdf.toString(),
                screenshots.resolve("signed-agreement-last-page").toString());
        assertTrue(Files.size(screenshots.resolve("signed-agreement-last-page.png")) > 0);
    }

    private static int lastPage(Path pdf) throws Exception {
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
        assertTrue(pages.find(), "pdfinfo names the pages");
        return Integer.parseInt(pages.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        return output;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
