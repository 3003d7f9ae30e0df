package org.pactum.web.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.web.support.Api;
import org.pactum.web.support.PactumWar;

/**
 * The verification endpoint on the built WAR in demo mode: the demo's signed sister-city agreement passes and is tied
 * to its entry in the register; a changed byte fails it; what is no PDF is refused; a report can be fetched again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationApiIT {

    private static final String PDF_OR_PROBLEM = "application/pdf, application/problem+json";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PactumWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() {
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
