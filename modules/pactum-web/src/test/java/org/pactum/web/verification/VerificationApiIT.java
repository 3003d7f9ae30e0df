package org.pactum.web.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.PdfText;
import org.pactum.web.support.SharedApiServer;

/**
 * The verification endpoint on the built WAR in demo mode: the demo's signed sister-city agreement passes and is tied
 * to its entry in the register; a changed byte fails it; what is no PDF is refused; a report can be fetched again, and
 * printed as PDF in the language asked for.
 */
@ExtendWith(SharedApiServer.class)
class VerificationApiIT {

    private static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";

    URL base;

    Api api;

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        api = new Api(base);
    }

    @Test
    void the_signed_sister_city_agreement_is_genuine_and_its_register_entry_is_named() {
        JsonObject agreement = sisterCities();
        byte[] pdf = download("api/v1/agreements/" + agreement.getInt("id") + "/document");

        Api.Reply verified = api.send("POST", "api/v1/verifications", "auditor", "application/pdf", pdf);

        assertEquals(200, verified.status(), verified::toString);
        JsonObject report = verified.json();
        assertEquals("TOTAL_PASSED", report.getString("indication"), verified::toString);
        assertEquals(2, report.getJsonArray("signatures").size());
        for (JsonValue value : report.getJsonArray("signatures")) {
            JsonObject signature = value.asJsonObject();
            assertEquals("TOTAL_PASSED", signature.getString("indication"), signature::toString);
            assertEquals("PAdES-BASELINE-LTA", signature.getString("level"), signature::toString);
        }
        JsonObject registry = report.getJsonObject("document").getJsonObject("registry");
        assertEquals(agreement.getString("number"), registry.getString("number"));
        assertEquals(2, registry.getJsonArray("signatures").size());
        assertTrue(registry.getJsonArray("decisions").getValuesAs(JsonObject.class).stream()
                .anyMatch(decision -> decision.getString("action").equals("agreement.approved")
                        && decision.getString("to").equals("APPROVED")), registry::toString);
        JsonObject chain = registry.getJsonObject("auditChain");
        assertTrue(chain.getBoolean("intact"), chain::toString);
        assertTrue(chain.getJsonNumber("lastAgreementChangeSequence").longValue() > 0, chain::toString);
        assertEquals("pactum-pades-1", report.getString("policy"));

        Api.Reply again = api.get("api/v1/verifications/" + report.getString("id"), "auditor");
        assertEquals(200, again.status(), again::toString);
        assertEquals(verified.body(), again.body(), "a stored report is the one answered");
        assertEquals(403, api.get("api/v1/verifications/" + report.getString("id"), "drafter").status());

        JsonObject tampered = tamper(pdf);
        assertEquals("TOTAL_FAILED", tampered.getString("indication"), tampered::toString);
    }

    @Test
    void what_is_no_signed_pdf_is_refused_or_found_unsigned() {
        Api.Reply garbage = api.send("POST", "api/v1/verifications", "auditor", "application/pdf",
                "no pdf at all".getBytes(StandardCharsets.UTF_8));
        assertProblem(garbage, 422, "invalid-input");
        assertTrue(!garbage.body().contains("org."), "no class names: " + garbage.body());
        assertProblem(api.send("POST", "api/v1/verifications", "auditor", "application/pdf", new byte[0]), 422,
                "invalid-input");
        byte[] preview = download("api/v1/agreements/" + sisterCities().getInt("id") + "/preview");
        Api.Reply unsigned = api.send("POST", "api/v1/verifications", "auditor", "application/pdf", preview);
        assertEquals(200, unsigned.status(), unsigned::toString);
        assertEquals("NO_SIGNATURE_FOUND", unsigned.json().getString("indication"));
        assertEquals(403, api.send("POST", "api/v1/verifications", "drafter", "application/pdf", preview).status());
    }

    @Test
    void a_report_is_printed_as_pdf_in_the_language_asked_for() throws Exception {
        JsonObject agreement = sisterCities();
        byte[] pdf = download("api/v1/agreements/" + agreement.getInt("id") + "/document");
        Api.Reply verified = api.send("POST", "api/v1/verifications", "auditor", "application/pdf", pdf);
        assertEquals(200, verified.status(), verified::toString);
        JsonObject report = verified.json();
        String id = report.getString("id");

        Api.Download kazakh = api.download("api/v1/verifications/" + id + "/report?lang=kk", "auditor", PDF_OR_PROBLEM);
        assertPrinted(kazakh, id, "kk");
        String text = PdfText.allSqueezed(kazakh.content());
        assertTrue(text.contains(PdfText.squeezed("Тексеру хаттамасы")), text);
        assertTrue(text.contains(PdfText.squeezed("ТЕКСЕРУДЕН ӨТТІ")), text);
        assertTrue(text.contains(PdfText.squeezed(agreement.getString("number"))), "the register entry: " + text);
        for (JsonValue signature : report.getJsonArray("signatures")) {
            String signer = signature.asJsonObject().getString("signedBy");
            assertTrue(text.contains(PdfText.squeezed(signer)), signer + " in " + text);
        }

        Api.Download russian = api.download("api/v1/verifications/" + id, "auditor", "application/pdf");
        assertPrinted(russian, id, "ru");
        assertTrue(PdfText.allSqueezed(russian.content()).contains(PdfText.squeezed("ПРОВЕРКА ПРОЙДЕНА")));
        HttpResponse<byte[]> english = printedFor(id, "en-GB, kk;q=0.8");
        assertEquals(200, english.statusCode());
        assertEquals("en", english.headers().firstValue("Content-Language").orElse(null));
        assertTrue(PdfText.allSqueezed(english.body()).contains("Verificationreport"));

        Api.Download unknown = api.download("api/v1/verifications/" + id + "/report?lang=de", "auditor", PDF_OR_PROBLEM);
        assertEquals(422, unknown.status(), unknown::toString);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(unknown.content()))) {
            assertEquals("lang", reader.readObject().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(403, api.download("api/v1/verifications/" + id + "/report", "drafter", PDF_OR_PROBLEM).status());

        String failed = tamper(pdf).getString("id");
        Api.Download broken = api.download("api/v1/verifications/" + failed + "/report?lang=ru", "auditor", PDF_OR_PROBLEM);
        assertPrinted(broken, failed, "ru");
        assertTrue(PdfText.allSqueezed(broken.content()).contains(PdfText.squeezed("ПРОВЕРКА НЕ ПРОЙДЕНА")));
        assertEquals(404, api.download("api/v1/verifications/0000/report", "auditor", PDF_OR_PROBLEM).status());
    }

    /** Also left in target/verification-reports, to be looked at. */
    private static void assertPrinted(Api.Download download, String id, String language) throws IOException {
        assertEquals(200, download.status(), download::toString);
        assertTrue(download.contentType().startsWith("application/pdf"), download::toString);
        String name = "verification-report-" + id.substring(0, 8) + "-" + language + ".pdf";
        String words = switch (language) {
            case "ru" -> "отчёт о проверке";
            case "kk" -> "тексеру есебі";
            default -> "verification report";
        };
        String ascii = switch (language) {
            case "ru" -> "otchet o proverke";
            case "kk" -> "tekseru esebi";
            default -> "verification report";
        };
        String readable = id.substring(0, 8) + " " + words + " (" + language + ").pdf";
        assertEquals("attachment; filename=\"" + id.substring(0, 8) + " " + ascii + " (" + language + ").pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(readable, StandardCharsets.UTF_8).replace("+", "%20"), download.contentDisposition());
        assertTrue(new String(download.content(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path directory = Files.createDirectories(Path.of("target", "verification-reports"));
        Files.write(directory.resolve(name), download.content());
    }

    /** The printed report with no language named, as a browser set to the given languages asks for it. */
    private HttpResponse<byte[]> printedFor(String id, String acceptLanguage) throws Exception {
        String token = Base64.getEncoder().encodeToString(("auditor:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(Loopback.of(base).resolve("api/v1/verifications/" + id + "/report"))
                .timeout(Duration.ofSeconds(60)).header("Accept", PDF_OR_PROBLEM).header("Accept-Language", acceptLanguage)
                .header("Authorization", "Basic " + token).GET().build();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** One byte inside the first signed revision changed (a digit of the header comment's binary marker line). */
    private JsonObject tamper(byte[] pdf) {
        byte[] changed = pdf.clone();
        int at = 200;
        changed[at] = (byte) (changed[at] == 'A' ? 'B' : 'A');
        Api.Reply reply = api.send("POST", "api/v1/verifications", "auditor", "application/pdf", changed);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private JsonObject sisterCities() {
        return api.get("api/v1/agreements?kind=SISTER_CITY_AGREEMENT&status=SIGNED&q="
                + URLEncoder.encode("побратим", StandardCharsets.UTF_8), "auditor").json().getJsonArray("items")
                .getJsonObject(0);
    }

    private byte[] download(String path) {
        Api.Download download = api.download(path, "auditor", PDF_OR_PROBLEM);
        assertEquals(200, download.status(), download::toString);
        return download.content();
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("urn:pactum:problem:" + type, reply.json().getString("type"), reply::toString);
    }
}
