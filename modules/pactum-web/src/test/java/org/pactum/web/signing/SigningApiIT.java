package org.pactum.web.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.fixtures.SoftHsm;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.Pem;
import org.pactum.signing.control.Pkcs12;
import org.pactum.web.support.Api;
import org.pactum.web.support.DemoSigners;
import org.pactum.web.support.SharedApiServer;

/**
 * Signing through the REST API on the built WAR, with certificates of a CA made here and trusted through the API:
 * each way to sign (a key the server holds, an uploaded PKCS#12 file, the official's own tool returning a CMS or a
 * bare signature value, a counter-signed PDF), and each refusal, which must leave nothing behind.
 */
@ExtendWith(SharedApiServer.class)
class SigningApiIT {

    private static final Instant NOW = Instant.now();
    private static final CertificateAuthority CA = CertificateAuthority.root("CN=Signing Test Root,O=Pactum tests,C=KZ",
            KeyPairs.rsa2048(), NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(365)));
    private static final String PIN = "4711";

    Api api;

    @BeforeEach
    void connect(URL base) {
        api = new Api(base);
        if (api.get("api/v1/trust-anchors", "admin").array().stream()
                .noneMatch(anchor -> anchor.asJsonObject().getString("subject").contains("Signing Test Root"))) {
            Api.Reply trusted = api.send("POST", "api/v1/trust-anchors", "admin", "application/x-pem-file",
                    Pem.certificate(CA.certificate()).getBytes(StandardCharsets.US_ASCII));
            assertEquals(201, trusted.status(), trusted::toString);
        }
    }

    /**
     * The tests replace the keys the server holds for signer1 and signer2, and the classes that share the server sign
     * as the demo officials, with the demo PIN ({@link DemoSigners}). The demo's own keys cannot be read back: keys of
     * this class's root, which stays trusted, take their place under that PIN.
     */
    @AfterAll
    static void theDemoSignersSignWithTheDemoPinAgain(URL base) {
        Api api = new Api(base);
        hold(api, "signer1", official("signer1", "Соколов Алексей Викторович"), DemoSigners.PIN);
        hold(api, "signer2", official("signer2", "Сейтжанов Нурлан Бекенович"), DemoSigners.PIN);
    }

    @Test
    void two_parties_sign_in_turn_with_a_server_held_key_and_the_officials_own_tool_and_every_refusal_changes_nothing()
            throws Exception {
        Official first = official("signer1", "Алексей Соколов");
        holdKeyFor(first);
        long omsk = party("Правительство Омской области (тест подписи)", "signer1");
        long pavlodar = party("Акимат Павлодарской области (тест подписи)", "signer2");
        long id = approved(omsk, pavlodar);
        String signatures = "api/v1/agreements/" + id + "/signatures";

        assertProblem(api.post(signatures, "signer2", server(PIN)), 409, "not-your-turn");
        assertProblem(api.post(signatures, "approver1", server(PIN)), 403, "forbidden");
        assertProblem(api.post(signatures, "signer1", server("0000")), 422, "wrong-pin");
        Api.Download none = api.download("api/v1/agreements/" + id + "/document", "auditor", "application/pdf, application/problem+json");
        assertEquals(404, none.status(), "no signed document before the first signature: " + none);
        JsonObject waiting = api.get(signatures, "auditor").json();
        assertEquals(0, waiting.getJsonArray("signatures").size(), "a refused attempt leaves no signature");
        assertEquals("APPROVED", waiting.getString("status"));
        assertEquals(List.of("signer1"), waiting.getJsonObject("next").getJsonArray("signers").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        Api.Reply signed = api.post(signatures, "signer1", server(PIN));
        assertEquals(201, signed.status(), signed::toString);
        assertTrue(signed.location().endsWith("/signatures/1"), signed.location());
        assertEquals("SERVER", signed.json().getString("keyOrigin"));
        assertTrue(signed.json().getJsonObject("certificate").getString("subject").contains("Алексей Соколов"),
                signed::toString);
        assertEquals("SIGNING", agreement(id).getString("status"));
        assertProblem(api.post(signatures, "signer1", server(PIN)), 409, "not-your-turn");

        Official second = official("signer2", "Нурлан Сейтжанов");
        String preparations = signatures + "/preparations";
        Api.Reply prepared = api.post(preparations, "signer2",
                "{\"certificate\": " + quote(Pem.certificate(second.certificate())) + "}");
        assertEquals(201, prepared.status(), prepared::toString);
        JsonObject preparation = prepared.json();
        assertEquals("SHA-256", preparation.getString("digestAlgorithm"));
        String completion = preparations + "/" + preparation.getString("id") + "/completion";

        byte[] otherDigest = java.security.MessageDigest.getInstance("SHA-256").digest("another document".getBytes());
        assertProblem(api.send("POST", completion, "signer2", "application/pkcs7-signature", cms(second, otherDigest)),
                422, "signature-mismatch");
        assertEquals(1, api.get(signatures, "auditor").json().getJsonArray("signatures").size());

        byte[] digest = Base64.getDecoder().decode(preparation.getString("digest"));
        Api.Reply completed = api.send("POST", completion, "signer2", "application/pkcs7-signature", cms(second, digest));
        assertEquals(201, completed.status(), completed::toString);
        assertEquals("EXTERNAL", completed.json().getString("keyOrigin"));
        assertEquals("SIGNED", agreement(id).getString("status"));
        assertProblem(api.send("POST", completion, "signer2", "application/pkcs7-signature", cms(second, digest)),
                410, "preparation-expired");

        byte[] pdf = download("api/v1/agreements/" + id + "/document");
        String report = pdfsig(pdf);
        assertEquals(2, count(report, "Signature is Valid."), report);
        assertTrue(!report.contains("Signature is Invalid"), report);

        List<String> actions = api.get("api/v1/agreements/" + id + "/audit?size=100", "auditor").json().getJsonArray("items")
                .stream().map(event -> event.asJsonObject().getString("action")).toList();
        assertEquals(2, actions.stream().filter("agreement.signature-added"::equals).count(), actions::toString);
        assertTrue(actions.stream().filter("agreement.signing-refused"::equals).count() >= 3, actions::toString);
    }

    @Test
    void an_uploaded_key_signs_once_and_certificates_that_are_expired_revoked_or_untrusted_are_refused() throws Exception {
        long omsk = party("Администрация города Омска (тест ключей)", "signer1");
        long pavlodar = party("Акимат города Павлодара (тест ключей)", "signer1");
        long id = approved(omsk, pavlodar);
        String signatures = "api/v1/agreements/" + id + "/signatures";

        assertProblem(api.post(signatures, "signer2", server(PIN)), 403, "not-entitled-to-sign");

        KeyPair keys = KeyPairs.ecP256();
        X509Certificate expired = CA.issue(keys.getPublic(), new CertificateSubject("Просроченный", "Pactum tests", "RU"),
                NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)), CertificatePurpose.DOCUMENT_SIGNING);
        assertProblem(upload(signatures, keys, expired, PIN), 422, "certificate-expired");

        CertificateAuthority stranger = CertificateAuthority.root("CN=Unknown Root,C=RU", KeyPairs.rsa2048(),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
        X509Certificate untrusted = stranger.issue(keys.getPublic(), new CertificateSubject("Чужой", "Nowhere", "RU"),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), CertificatePurpose.DOCUMENT_SIGNING);
        assertProblem(upload(signatures, keys, untrusted, PIN), 422, "certificate-untrusted");

        Official revoked = official("signer1", "Отозванный");
        CA.revoke(revoked.certificate().getSerialNumber(), NOW.minus(Duration.ofMinutes(5)), java.security.cert.CRLReason.KEY_COMPROMISE);
        publishCrl();
        assertProblem(upload(signatures, revoked.keys(), revoked.certificate(), PIN), 422, "certificate-revoked");
        assertEquals(0, api.get(signatures, "auditor").json().getJsonArray("signatures").size());

        Official good = official("signer1", "Алексей Соколов");
        Api.Reply signed = upload(signatures, good.keys(), good.certificate(), PIN);
        assertEquals(201, signed.status(), signed::toString);
        assertEquals("UPLOADED", signed.json().getString("keyOrigin"));
        Api.Reply second = upload(signatures, good.keys(), good.certificate(), PIN, "false");
        assertEquals(201, second.status(), "the same official signs for the second party too, without a stamp: " + second);
        String report = pdfsig(download("api/v1/agreements/" + id + "/document"));
        assertEquals(2, count(report, "Signature is Valid."), report);
        assertEquals("SIGNED", agreement(id).getString("status"));
        assertProblem(upload(signatures, good.keys(), good.certificate(), PIN), 409, "not-signable");
    }

    @Test
    void a_key_on_a_pkcs11_token_the_server_holds_signs_for_the_official_who_types_its_pin() throws Exception {
        assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed (Debian package softhsm2)");
        SoftHsm token = SoftHsm.shared();
        KeyPair keys = token.generateEc("secp256r1");
        X509Certificate certificate = CA.issue(keys.getPublic(),
                new CertificateSubject("Нурлан Сейтжанов (HSM)", "Акимат Павлодарской области", "KZ"),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), CertificatePurpose.DOCUMENT_SIGNING);
        token.store("signer2-hsm", keys.getPrivate(), certificate, CA.certificate());
        Api.Reply held = api.put("api/v1/users/signer2/signing-key", "admin", """
                {"library": %s, "slot": %d, "alias": "signer2-hsm"}""".formatted(quote(SoftHsm.LIBRARY.toString()), token.slot()));
        assertEquals(200, held.status(), held::toString);
        assertEquals("PKCS11", held.json().getString("kind"));

        long id = approved(party("Акимат Павлодарской области (тест HSM)", "signer2"),
                party("Акимат города Павлодара (тест HSM)", "signer2"));
        String signatures = "api/v1/agreements/" + id + "/signatures";
        assertProblem(api.post(signatures, "signer2", server("9999")), 422, "wrong-pin");
        for (int i = 0; i < 2; i++) {
            Api.Reply signed = api.post(signatures, "signer2", server(SoftHsm.PIN));
            assertEquals(201, signed.status(), signed::toString);
            assertTrue(signed.json().getJsonObject("certificate").getString("subject").contains("HSM"), signed::toString);
        }
        assertEquals("SIGNED", agreement(id).getString("status"));
        String report = pdfsig(download("api/v1/agreements/" + id + "/document"));
        assertEquals(2, count(report, "Signature is Valid."), report);
    }

    @Test
    void five_wrong_pins_lock_the_server_held_key_even_for_the_right_pin_with_429_and_retry_after_one_event_records_the_lock_and_an_administrator_ends_it() {
        holdKeyFor(official("signer1", "Алексей Соколов"));
        long id = approved(party("Правительство Омской области (тест PIN)", "signer1"),
                party("Акимат Павлодарской области (тест PIN)", "signer2"));
        String signatures = "api/v1/agreements/" + id + "/signatures";
        String lockEvents = "api/v1/audit/events?action=user.signing-key-locked&actor=signer1";
        String refusals = "api/v1/audit/events?action=agreement.signing-refused&agreement=" + id;
        long locksBefore = total(lockEvents);
        try {
            for (int i = 1; i <= 4; i++) {
                assertProblem(api.post(signatures, "signer1", server("000" + i)), 422, "wrong-pin");
            }
            assertKeyLocked(api.post(signatures, "signer1", server("0005")));
            assertKeyLocked(api.post(signatures, "signer1", server(PIN)));
            assertEquals(0, api.get(signatures, "auditor").json().getJsonArray("signatures").size(), "nothing signed");

            assertEquals(locksBefore + 1, total(lockEvents), "one event for the lock, none for the attempt it refused");
            JsonObject lock = api.get(lockEvents, "auditor").json().getJsonArray("items").getValuesAs(JsonObject.class)
                    .getLast();
            JsonObject details = jakarta.json.Json.createReader(new java.io.StringReader(lock.getString("details")))
                    .readObject();
            assertEquals(5, details.getInt("failures"), lock::toString);
            assertEquals(5, total(refusals), "each wrong PIN is a refused signing, the refused right PIN is none");

            JsonObject listed = api.get("api/v1/signing-key-locks", "admin").array().getValuesAs(JsonObject.class)
                    .stream().filter(entry -> entry.getString("username").equals("signer1")).findFirst().orElseThrow();
            assertEquals(5, listed.getInt("failures"), listed::toString);
            assertEquals(403, api.get("api/v1/signing-key-locks", "signer1").status(), "only administrators see locks");
            assertEquals(403, api.call("DELETE", "api/v1/signing-key-locks/signer1", "signer1", null).status(),
                    "a signer cannot end their own lock");
        } finally {
            Api.Reply unlocked = api.call("DELETE", "api/v1/signing-key-locks/signer1", "admin", null);
            assertEquals(204, unlocked.status(), unlocked::toString);
        }
        Api.Reply signed = api.post(signatures, "signer1", server(PIN));
        assertEquals(201, signed.status(), "signs at once once unlocked: " + signed);
        assertTrue(api.get("api/v1/audit/events?action=user.signing-key-unlocked&actor=admin", "auditor").body()
                .contains("signer1"), "the unlock is audited under the administrator");
    }

    private static void assertKeyLocked(Api.Reply reply) {
        assertProblem(reply, 429, "signing-key-locked");
        long retryAfter = Long.parseLong(reply.retryAfter() == null ? "0" : reply.retryAfter());
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + reply.retryAfter());
    }

    private long total(String events) {
        return api.get(events + "&size=1", "auditor").json().getJsonNumber("total").longValue();
    }

    // ---- the set-up of each test ---------------------------------------------------------------------------------

    private record Official(KeyPair keys, X509Certificate certificate) {
    }

    private static Official official(String username, String name) {
        KeyPair keys = KeyPairs.ecP256();
        X509Certificate certificate = CA.issue(keys.getPublic(), new CertificateSubject(name, "Pactum tests " + username, "RU"),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)), CertificatePurpose.DOCUMENT_SIGNING);
        return new Official(keys, certificate);
    }

    private void holdKeyFor(Official official) {
        hold(api, "signer1", official, PIN);
    }

    private static void hold(Api api, String username, Official official, String pin) {
        byte[] pkcs12 = Pkcs12.write("signer", official.keys().getPrivate(), List.of(official.certificate(), CA.certificate()),
                pin.toCharArray());
        Api.Reply held = api.send("PUT", "api/v1/users/" + username + "/signing-key", "admin", "application/x-pkcs12", pkcs12);
        assertEquals(200, held.status(), held::toString);
        assertEquals("PKCS12", held.json().getString("kind"));
    }

    private void publishCrl() throws Exception {
        long anchor = api.get("api/v1/trust-anchors", "admin").array().stream().map(value -> value.asJsonObject())
                .filter(value -> value.getString("subject").contains("Signing Test Root")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply crl = api.send("POST", "api/v1/trust-anchors/" + anchor + "/revocation-lists", "admin",
                "application/pkix-crl", CA.crl(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(7))).getEncoded());
        assertEquals(201, crl.status(), crl::toString);
    }

    private long party(String name, String signer) {
        Api.Reply party = api.post("api/v1/parties", "drafter", """
                {"organization":{"ru":%s,"kk":%s},"regionCode":"KZ-55",
                 "signatory":{"name":{"ru":"И. О. Фамилия","kk":"И. О. Фамилия"},"position":{"ru":"Руководитель","kk":"Басшы"}}}
                """.formatted(quote(name), quote(name + " (kk)")));
        assertEquals(201, party.status(), party::toString);
        long id = party.json().getJsonNumber("id").longValue();
        Api.Reply named = api.put("api/v1/parties/" + id + "/signers", "admin", "[\"" + signer + "\"]");
        assertEquals(200, named.status(), named::toString);
        return id;
    }

    private long approved(long firstParty, long secondParty) {
        Api.Reply created = api.post("api/v1/agreements", "drafter", """
                {"kind":"COOPERATION_AGREEMENT","languages":["ru","kk"],
                 "title":{"ru":"Соглашение о сотрудничестве (подписание)","kk":"Ынтымақтастық туралы келісім (қол қою)"},
                 "partyIds":[%d,%d],"areas":["EDUCATION"],"term":{"startsOn":null,"years":5,"autoRenewal":true}}
                """.formatted(firstParty, secondParty));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        for (String[] step : List.of(new String[] {"submit", "drafter"}, new String[] {"approve", "approver1"},
                new String[] {"approve", "approver2"})) {
            Api.Reply reply = api.post("api/v1/agreements/" + id + "/" + step[0], step[1],
                    "{\"version\": " + agreement(id).getJsonNumber("version").longValue() + "}");
            assertEquals(200, reply.status(), reply::toString);
        }
        return id;
    }

    private JsonObject agreement(long id) {
        return api.get("api/v1/agreements/" + id, "auditor").json();
    }

    // ---- what clients send ---------------------------------------------------------------------------------------

    private static String server(String pin) {
        return "{\"keySource\":\"server\",\"pin\":\"" + pin + "\"}";
    }

    private Api.Reply upload(String path, KeyPair keys, X509Certificate certificate, String pin) throws IOException {
        return upload(path, keys, certificate, pin, null);
    }

    /** @param stamp the multipart field {@code stamp}, or null to leave it out */
    private Api.Reply upload(String path, KeyPair keys, X509Certificate certificate, String pin, String stamp)
            throws IOException {
        byte[] pkcs12 = Pkcs12.write("key", keys.getPrivate(), List.of(certificate), pin.toCharArray());
        String boundary = "----pactum" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"keystore\"; filename=\"key.p12\"\r\n"
                + "Content-Type: application/x-pkcs12\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pkcs12);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"pin\"\r\n\r\n" + pin)
                .getBytes(StandardCharsets.UTF_8));
        if (stamp != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"stamp\"\r\n\r\n" + stamp)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", path, "signer1", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /**
     * A detached CMS as a hash-signing tool makes it, outside Pactum's code: BouncyCastle's own generator, its digest
     * calculator handing back the digest it was given, signed attributes without a signing time.
     */
    private static byte[] cms(Official official, byte[] documentDigest) throws Exception {
        DigestCalculatorProvider real = new JcaDigestCalculatorProviderBuilder().build();
        DigestCalculatorProvider given = algorithm -> new DigestCalculator() {
            private final DigestCalculator sha256 = real.get(algorithm);

            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return sha256.getAlgorithmIdentifier();
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public byte[] getDigest() {
                return documentDigest.clone();
            }
        };
        CMSAttributeTableGenerator noSigningTime = parameters -> {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(
                    org.bouncycastle.asn1.cms.CMSObjectIdentifiers.data)));
            attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(
                    (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            return new AttributeTable(attributes);
        };
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(given).setSignedAttributeGenerator(noSigningTime)
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(official.keys().getPrivate()),
                        new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(official.certificate())));
        generator.addCertificates(new JcaCertStore(List.of(official.certificate())));
        return generator.generate(new CMSAbsentContent(), false).getEncoded();
    }

    private byte[] download(String path) {
        Api.Download download = api.download(path, "auditor", "application/pdf, application/problem+json");
        assertEquals(200, download.status(), download::toString);
        return download.content();
    }

    private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return report;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static void assertProblem(Api.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertEquals("urn:pactum:problem:" + type, reply.json().getString("type"), reply::toString);
    }

    private static String quote(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
