package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.TrustMaterial;

/**
 * A coarse guard against a slow path creeping in (the real benchmark belongs in pactum-benchmarks): the median of
 * verifying a two-signature archived agreement, warm, stays below EU DSS's quarter of a second even on a
 * busy shared machine.
 */
class VerificationSpeedTest {

    @Test
    void verifying_a_two_signature_agreement_takes_milliseconds() {
        TestSignatures pki = new TestSignatures();
        byte[] pdf = pki.twoSignaturesLta();
        TrustMaterial trust = TrustMaterial.anchors(List.of(pki.rootCertificate()));
        for (int i = 0; i < 50; i++) {
            SignatureVerifier.verify(pdf, trust, Instant.now());
        }
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            SignatureVerifier.verify(pdf, trust, Instant.now());
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        double medianMillis = nanos[nanos.length / 2] / 1e6;
        System.out.printf("Verifying %d bytes with 2 signatures: median %.2f ms%n", pdf.length, medianMillis);
        assertTrue(medianMillis < 150, "median " + medianMillis + " ms");
    }
}
