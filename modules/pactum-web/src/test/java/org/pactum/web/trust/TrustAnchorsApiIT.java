package org.pactum.web.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.Pem;
import org.pactum.web.support.Api;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.SharedApiServer;

/**
 * Trust anchors through the REST API on the built WAR, as an administrator keeps them: national roots added as PEM,
 * listed, read back, given CRLs and removed, each change an audit event; anything but a CA certificate, a duplicate,
 * a foreign CRL and every caller but an administrator refused as problem+json. Each test makes its own authorities,
 * so the tests share the deployment in any order.
 */
@ExtendWith(SharedApiServer.class)
class TrustAnchorsApiIT {

    private static final String ANCHORS = "api/v1/trust-anchors";
    private static final String PEM = "application/x-pem-file";
    private static final String CRL = "application/pkix-crl";
    private static final String JSON_OR_PROBLEM = "application/json, application/problem+json";
    private static final Instant NOW = Instant.now();

    URL base;

    Api api;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        api = new Api(base);
    }

    private record Reply(int status, String contentType, String location, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.readObject();
            }
        }

        JsonArray array() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.readArray();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }

    @Test
    void an_administrator_trusts_a_russian_and_a_kazakh_root_side_by_side_and_reads_each_back_as_pem() throws Exception {
        CertificateAuthority russian = root("Головной удостоверяющий центр", "RU");
        CertificateAuthority kazakh = root("Ұлттық куәландырушы орталық", "KZ");

        Reply addedRussian = post(ANCHORS, "admin", PEM, Pem.certificate(russian.certificate()), JSON_OR_PROBLEM);
        Reply addedKazakh = post(ANCHORS, "admin", PEM, Pem.certificate(kazakh.certificate()), JSON_OR_PROBLEM);

        assertEquals(201, addedRussian.status(), addedRussian::toString);
        assertEquals(201, addedKazakh.status(), addedKazakh::toString);
        JsonObject russianJson = addedRussian.json();
        String sha256 = sha256(russian.certificate().getEncoded());
        assertEquals(sha256, russianJson.getString("sha256"));
        assertEquals(russian.certificate().getSubjectX500Principal().getName(), russianJson.getString("subject"));
        assertEquals("admin", russianJson.getString("addedBy"));
        assertEquals(russian.certificate().getNotAfter().toInstant(), Instant.parse(russianJson.getString("notAfter")));
        assertEquals(russian.certificate().getNotBefore().toInstant(), Instant.parse(russianJson.getString("notBefore")));
        assertNotNull(russianJson.getString("addedAt"));
        assertTrue(addedRussian.location().endsWith("/" + ANCHORS + "/" + russianJson.getJsonNumber("id").longValue()),
                addedRussian.location());

        Reply list = get(ANCHORS, "admin", JSON_OR_PROBLEM);
        assertEquals(200, list.status(), list::toString);
        List<String> listed = list.array().stream().map(JsonValue::asJsonObject).map(anchor -> anchor.getString("sha256")).toList();
        assertTrue(listed.contains(sha256), listed::toString);
        assertTrue(listed.contains(addedKazakh.json().getString("sha256")), listed::toString);

        Reply read = get(path(addedKazakh), "admin", PEM + ", application/problem+json");
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.contentType().startsWith(PEM), read.contentType());
        assertTrue(read.text().startsWith("-----BEGIN CERTIFICATE-----"), read::toString);
        assertEquals(kazakh.certificate(), CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(read.body())));

        JsonObject event = auditEvent("trust-anchor.added", sha256);
        assertEquals("admin", event.getString("actor"));
        assertEquals("ADMIN", event.getString("actorRoles"));
        assertEquals(russianJson.getString("subject"), details(event).getString("subject"));
    }

    @Test
    void a_certificate_trusted_already_is_a_duplicate() {
        CertificateAuthority root = root("Duplicate Root", "RU");
        assertEquals(201, post(ANCHORS, "admin", PEM, Pem.certificate(root.certificate()), JSON_OR_PROBLEM).status());

        Reply again = post(ANCHORS, "admin", PEM, Pem.certificate(root.certificate()), JSON_OR_PROBLEM);

        assertProblem(again, 409, "duplicate");
    }

    @Test
    void anything_but_a_ca_certificate_is_refused_on_the_field_certificate() {
        CertificateAuthority root = root("Root Of A Signer", "KZ");
        X509Certificate signer = root.issue(KeyPairs.ecP256().getPublic(), new CertificateSubject("Not A CA", "Pactum", "KZ"),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS), CertificatePurpose.DOCUMENT_SIGNING);

        for (String body : List.of(Pem.certificate(signer), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "hello")) {
            Reply refused = post(ANCHORS, "admin", PEM, body, JSON_OR_PROBLEM);
            assertProblem(refused, 422, "invalid-input");
            assertEquals("certificate", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused::toString);
        }
    }

    @Test
    void a_crl_of_the_anchor_is_added_as_der_or_pem_a_foreign_one_is_refused_and_both_go_with_the_anchor() throws Exception {
        CertificateAuthority root = root("Root With CRL", "RU");
        Reply anchor = post(ANCHORS, "admin", PEM, Pem.certificate(root.certificate()), JSON_OR_PROBLEM);
        String lists = path(anchor) + "/revocation-lists";
        X509CRL crl = root.crl(NOW.minus(1, ChronoUnit.HOURS), NOW.plus(7, ChronoUnit.DAYS));

        Reply der = post(lists, "admin", CRL, crl.getEncoded(), JSON_OR_PROBLEM);
        Reply pem = post(lists, "admin", PEM, Pem.crl(crl), JSON_OR_PROBLEM);

        assertEquals(201, der.status(), der::toString);
        assertEquals(201, pem.status(), pem::toString);
        assertEquals(crl.getIssuerX500Principal().getName(), der.json().getString("issuer"));
        assertEquals(crl.getNextUpdate().toInstant(), Instant.parse(der.json().getString("nextUpdate")));
        Reply stored = get(der.location(), "admin", CRL + ", application/problem+json");
        assertEquals(200, stored.status(), stored::toString);
        assertArrayEquals(crl.getEncoded(), stored.body());
        assertEquals(2, get(lists, "admin", JSON_OR_PROBLEM).array().size());
        auditEvent("trust-anchor.revocation-list-added", sha256(crl.getEncoded()));

        CertificateAuthority other = root("Someone Else", "XX");
        Reply foreign = post(lists, "admin", CRL, other.crl(NOW, NOW.plus(1, ChronoUnit.DAYS)).getEncoded(), JSON_OR_PROBLEM);
        assertProblem(foreign, 422, "invalid-input");
        assertEquals("crl", foreign.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(204, delete(path(anchor), "admin").status(), "an anchor goes with its CRLs");
        assertProblem(get(lists, "admin", JSON_OR_PROBLEM), 404, "not-found");
        assertProblem(get(der.location(), "admin", CRL + ", application/problem+json"), 404, "not-found");
    }

    @Test
    void a_removed_anchor_is_gone_and_its_removal_recorded() throws Exception {
        CertificateAuthority root = root("Root To Remove", "KZ");
        Reply added = post(ANCHORS, "admin", PEM, Pem.certificate(root.certificate()), JSON_OR_PROBLEM);
        String sha256 = added.json().getString("sha256");

        Reply removed = delete(path(added), "admin");

        assertEquals(204, removed.status(), removed::toString);
        assertProblem(get(path(added), "admin", PEM + ", application/problem+json"), 404, "not-found");
        assertProblem(delete(path(added), "admin"), 404, "not-found");
        List<String> listed = get(ANCHORS, "admin", JSON_OR_PROBLEM).array().stream()
                .map(JsonValue::asJsonObject).map(anchor -> anchor.getString("sha256")).toList();
        assertFalse(listed.contains(sha256));
        assertEquals("admin", auditEvent("trust-anchor.removed", sha256).getString("actor"));
    }

    @Test
    void only_administrators_may_see_or_change_the_trust_anchors() {
        CertificateAuthority root = root("Root Nobody Else May Add", "RU");
        for (String user : List.of("signer1", "auditor", "drafter")) {
            assertProblem(get(ANCHORS, user, JSON_OR_PROBLEM), 403, "forbidden");
            assertProblem(post(ANCHORS, user, PEM, Pem.certificate(root.certificate()), JSON_OR_PROBLEM), 403, "forbidden");
        }
        assertProblem(get(ANCHORS, null, JSON_OR_PROBLEM), 401, "unauthenticated");
    }

    @Test
    void a_certificate_sent_as_json_is_an_unsupported_media_type() {
        Reply refused = post(ANCHORS, "admin", "application/json", "{\"certificate\": \"x\"}", JSON_OR_PROBLEM);

        assertProblem(refused, 415, "unsupported-media-type");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private static CertificateAuthority root(String name, String country) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        return CertificateAuthority.root("CN=" + unique + ",O=Pactum IT,C=" + country, KeyPairs.ecP256(),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The path of what a 201 created, relative to the application. */
    private String path(Reply created) {
        String location = created.location();
        return location.substring(location.indexOf(ANCHORS));
    }

    private JsonObject auditEvent(String action, String sha256) {
        JsonArray events = api.get("api/v1/audit/events?action=" + action + "&size=100", "auditor").json().getJsonArray("items");
        return events.stream().map(JsonValue::asJsonObject)
                .filter(event -> sha256.equals(details(event).getString("sha256", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " event for " + sha256 + " in " + events));
    }

    private static JsonObject details(JsonObject event) {
        try (var reader = Json.createReader(new StringReader(event.getString("details")))) {
            return reader.readObject();
        }
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("urn:pactum:problem:" + type, reply.json().getString("type"), reply::toString);
    }

    private Reply get(String path, String user, String accept) {
        return send("GET", path, user, null, null, accept);
    }

    private Reply delete(String path, String user) {
        return send("DELETE", path, user, null, null, JSON_OR_PROBLEM);
    }

    private Reply post(String path, String user, String contentType, String body, String accept) {
        return send("POST", path, user, contentType, body.getBytes(StandardCharsets.UTF_8), accept);
    }

    private Reply post(String path, String user, String contentType, byte[] body, String accept) {
        return send("POST", path, user, contentType, body, accept);
    }

    private Reply send(String method, String path, String user, String contentType, byte[] body, String accept) {
        URI root = Loopback.of(base);
        URI target = path.startsWith("http") ? URI.create(path) : root.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }
}
