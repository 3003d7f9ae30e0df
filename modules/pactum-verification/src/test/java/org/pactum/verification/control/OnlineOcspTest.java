package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.SubIndication;
import org.pactum.verification.entity.TrustMaterial;

/**
 * {@code pactum.verification.ocsp.online}: a signer whose certificate names an OCSP responder on loopback (a tiny
 * responder in this test), and a signed agreement that carries no revocation data at all.
 */
class OnlineOcspTest {

    private static HttpServer server;
    private static OcspTestPki pki;
    private static final AtomicReference<CertificateStatus> STATUS = new AtomicReference<>();
    private static final AtomicInteger ASKED = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ocsp", OnlineOcspTest::answer);
        server.start();
        pki = new OcspTestPki("http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void reset() {
        ASKED.set(0);
        STATUS.set(CertificateStatus.GOOD);
    }

    /** Answers for whichever certificate is asked about, with the status the test set. */
    private static void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            OCSPReq request = new OCSPReq(in.readAllBytes());
            ASKED.incrementAndGet();
            assertEquals(pki.signer.getSerialNumber(), request.getRequestList()[0].getCertID().getSerialNumber());
            byte[] response = pki.response(pki.signer, STATUS.get());
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, response.length);
            out.write(response);
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private static SignatureReport verify(byte[] pdf, List<java.security.cert.X509Certificate> anchors,
                                          boolean online) {
        return SignatureVerifier.verify(pdf, new TrustMaterial(anchors, List.of(), online), Instant.now()).getFirst();
    }

    @Test
    void online_the_responders_good_answer_passes_and_is_named_as_the_source() {
        SignatureReport report = verify(pki.signedT(), List.of(pki.rootCertificate()), true);

        assertEquals(Indication.TOTAL_PASSED, report.indication(), report.reasons()::toString);
        assertEquals(1, ASKED.get());
        assertTrue(report.revocation().getFirst().contains("good (OCSP, http://127.0.0.1:"),
                report.revocation()::toString);
    }

    @Test
    void online_a_revocation_before_the_time_stamp_fails() {
        STATUS.set(OcspTestPki.revokedAt(pki.created.minus(3, ChronoUnit.HOURS)));

        SignatureReport report = verify(pki.signedT(), List.of(pki.rootCertificate()), true);

        assertEquals(Indication.TOTAL_FAILED, report.indication(), report.reasons()::toString);
        assertEquals(SubIndication.REVOKED, report.subIndication());
    }

    @Test
    void offline_the_responder_is_not_asked_and_the_signature_is_indeterminate() {
        SignatureReport report = verify(pki.signedT(), List.of(pki.rootCertificate()), false);

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(SubIndication.TRY_LATER, report.subIndication());
        assertEquals(0, ASKED.get());
        assertTrue(report.reasons().getFirst().contains("offline"), report.reasons()::toString);
    }

    @Test
    void online_an_unreachable_responder_leaves_the_signature_indeterminate_with_the_reason() throws IOException {
        HttpServer gone = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = gone.getAddress().getPort();
        gone.stop(0);
        OcspTestPki unreachable = new OcspTestPki("http://127.0.0.1:" + port + "/ocsp");

        SignatureReport report = verify(unreachable.signedT(), List.of(unreachable.rootCertificate()), true);

        assertEquals(Indication.INDETERMINATE, report.indication(), report.reasons()::toString);
        assertEquals(SubIndication.TRY_LATER, report.subIndication());
        assertTrue(report.reasons().getFirst().contains("could not be reached"), report.reasons()::toString);
    }

    @Test
    void online_a_certificate_the_document_already_covers_is_not_asked_about() {
        byte[] covered = pki.withStore(pki.response(pki.signer, OcspTestPki.good()));

        SignatureReport report = verify(covered, List.of(pki.rootCertificate()), true);

        assertEquals(Indication.TOTAL_PASSED, report.indication(), report.reasons()::toString);
        assertEquals(0, ASKED.get());
    }
}
