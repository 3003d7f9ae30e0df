package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.SubIndication;
import org.pactum.verification.entity.TrustMaterial;

/**
 * Universal signature forgery (USF: a signature dictionary without the values a validator needs, hoping it skips
 * the check) and signature wrapping (SWA: a byte range that no longer ends where its revision does), on a signature
 * of Pactum's. Each is a format failure, never a pass. (Byte ranges not starting at 0, or whose gap is wider or
 * narrower than /Contents, are in {@link TamperedSignaturesTest}.)
 */
class SignatureForgeryTest {

    private static byte[] signed;
    private static TrustMaterial trusted;

    @BeforeAll
    static void sign() {
        TestSignatures pki = new TestSignatures();
        signed = pki.oneSignatureT();
        trusted = TrustMaterial.anchors(List.of(pki.rootCertificate()));
    }

    @Test
    void a_signature_without_its_byte_range_is_a_format_failure() {
        SignatureReport report = only(renamed(signed, TestSignatures.agreement().length, "/ByteRange", "/ByteRangX"));

        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication(), report.reasons().toString());
        assertTrue(report.reasons().getFirst().contains("lacks its /ByteRange"), report.reasons().toString());
    }

    @Test
    void a_signature_without_its_contents_is_a_format_failure() {
        SignatureReport report = only(renamed(signed, TestSignatures.agreement().length, "/Contents <", "/Contentz <"));

        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication(), report.reasons().toString());
        assertTrue(report.reasons().getFirst().contains("lacks its /Contents"), report.reasons().toString());
    }

    @Test
    void a_byte_range_that_stops_short_of_its_revisions_end_is_a_format_failure() {
        long[] range = TamperedSignaturesTest.firstByteRange(signed);
        byte[] wrapped = TamperedSignaturesTest.withFirstByteRange(signed,
                new long[] {range[0], range[1], range[2], range[3] - 12});

        SignatureReport report = only(wrapped);

        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication(), report.reasons().toString());
        assertTrue(report.reasons().getFirst().contains("end-of-file marker"), report.reasons().toString());
    }

    private static SignatureReport only(byte[] pdf) {
        List<SignatureReport> reports = SignatureVerifier.verify(pdf, trusted, Instant.now());
        assertEquals(1, reports.size(), "the forged signature is reported, not skipped: " + reports);
        return reports.getFirst();
    }

    /** {@code pdf} with the first {@code name} after byte {@code from} renamed in place (same length). */
    static byte[] renamed(byte[] pdf, int from, String name, String renamed) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(name, from);
        assertTrue(at > 0 && name.length() == renamed.length(), name + " is in the signature's revision");
        byte[] changed = pdf.clone();
        System.arraycopy(renamed.getBytes(StandardCharsets.ISO_8859_1), 0, changed, at, renamed.length());
        return changed;
    }
}
