package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.TrustMaterial;

/** Input that is not a PDF, or a signed PDF cut short or with bytes flipped: a report or a clear refusal, nothing else. */
class MalformedInputTest {

    private static byte[] lta;
    private static TrustMaterial trusted;

    @BeforeAll
    static void sign() {
        TestSignatures pki = new TestSignatures();
        lta = pki.twoSignaturesLta();
        trusted = TrustMaterial.anchors(List.of(pki.rootCertificate()));
    }

    @Test
    void empty_input_is_refused_as_not_a_pdf() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.verify(new byte[0], trusted, Instant.now())).getMessage().contains("PDF"));
    }

    @Test
    void text_that_is_no_pdf_is_refused_as_not_a_pdf() {
        byte[] text = "Договор о сотрудничестве, not a PDF".getBytes(StandardCharsets.UTF_8);

        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.verify(text, trusted, Instant.now())).getMessage().contains("PDF"));
    }

    @Test
    void a_bare_header_is_refused_as_not_a_pdf() {
        byte[] header = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThrows(IllegalArgumentException.class, () -> SignatureVerifier.verify(header, trusted, Instant.now()));
    }

    @Test
    void truncations_and_flipped_bytes_give_a_report_or_a_refusal_quickly() {
        Random random = new Random(11);
        long started = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] mutated = i % 2 == 0
                    ? Arrays.copyOf(lta, 1 + random.nextInt(lta.length - 1))
                    : flipped(lta, random, 1 + random.nextInt(8));
            try {
                List<SignatureReport> reports = SignatureVerifier.verify(mutated, trusted, Instant.now());
                reports.forEach(report -> assertTrue(report.indication() != null));
                SignatureVerifier.verifyDocumentTimestamps(mutated, trusted, Instant.now());
            } catch (IllegalArgumentException expected) {
                refused++;
            } catch (Throwable unexpected) {
                fail("Case " + i + " threw " + unexpected, unexpected);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 60_000, "300 cases took " + millis + " ms");
        System.out.println("Malformed input: 300 cases, " + refused + " refused, " + millis + " ms");
    }

    private static byte[] flipped(byte[] pdf, Random random, int count) {
        byte[] copy = pdf.clone();
        for (int i = 0; i < count; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }
}
