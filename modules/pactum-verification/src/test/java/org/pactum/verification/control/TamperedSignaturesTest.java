package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.DocumentTimestampReport;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SignatureLevel;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.SubIndication;
import org.pactum.verification.entity.TrustMaterial;

/** Genuine signed agreements changed by hand after signing: each change must fail with the sub-indication DSS gives. */
class TamperedSignaturesTest {

    private static byte[] lta;
    private static TrustMaterial trusted;

    @BeforeAll
    static void sign() {
        TestSignatures pki = new TestSignatures();
        lta = pki.twoSignaturesLta();
        trusted = TrustMaterial.anchors(List.of(pki.rootCertificate()));
    }

    @Test
    void one_byte_changed_inside_the_signed_ranges_is_a_hash_failure() {
        byte[] pdf = lta.clone();
        // The binary comment on the header's second line: signed by every signature, read by no parser.
        int comment = text(pdf).indexOf('%', 1);
        pdf[comment + 2] ^= 0x01;

        List<SignatureReport> reports = SignatureVerifier.verify(pdf, trusted, Instant.now());

        assertEquals(2, reports.size());
        for (SignatureReport report : reports) {
            assertEquals(Indication.TOTAL_FAILED, report.indication());
            assertEquals(SubIndication.HASH_FAILURE, report.subIndication(), report.reasons().toString());
            assertEquals(SignatureLevel.NOT_ADES, report.level());
        }
        DocumentTimestampReport stamp = SignatureVerifier.verifyDocumentTimestamps(pdf, trusted, Instant.now()).getFirst();
        assertFalse(stamp.valid());
        assertTrue(stamp.reasons().getFirst().contains("imprint"), stamp.reasons().toString());
    }

    @Test
    void an_altered_signature_value_is_a_cryptographic_failure() throws Exception {
        byte[] pdf = lta.clone();
        byte[] value = firstSignatureValue(pdf);
        String hex = HexFormat.of().formatHex(value);
        String content = text(pdf);
        int at = Math.max(content.indexOf(hex), content.indexOf(hex.toUpperCase()));
        assertTrue(at > 0, "the signature value is in the file as hex");
        int digit = at + hex.length() / 2;
        pdf[digit] = (byte) (pdf[digit] == '0' ? '1' : '0');

        SignatureReport report = SignatureVerifier.verify(pdf, trusted, Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.SIG_CRYPTO_FAILURE, report.subIndication(), report.reasons().toString());
        assertEquals(SubIndication.HASH_FAILURE, SignatureVerifier.verify(pdf, trusted, Instant.now()).get(1)
                .subIndication(), "the second signature covers the first one's /Contents");
    }

    @Test
    void a_byte_range_that_does_not_start_at_zero_is_a_format_failure() {
        long[] range = firstByteRange(lta);
        byte[] pdf = withFirstByteRange(lta, new long[] {1, range[1] - 1, range[2], range[3]});

        SignatureReport report = SignatureVerifier.verify(pdf, trusted, Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication(), report.reasons().toString());
    }

    @Test
    void a_byte_range_whose_gap_is_larger_than_the_contents_is_a_format_failure() {
        long[] range = firstByteRange(lta);
        byte[] pdf = withFirstByteRange(lta, new long[] {0, range[1] - 20, range[2] + 20, range[3] - 20});

        SignatureReport report = SignatureVerifier.verify(pdf, trusted, Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication(), report.reasons().toString());
    }

    @Test
    void a_byte_range_whose_gap_is_smaller_than_the_contents_is_a_format_failure() {
        long[] range = firstByteRange(lta);
        byte[] pdf = withFirstByteRange(lta, new long[] {0, range[1] + 2, range[2] - 2, range[3] + 2});

        SignatureReport report = SignatureVerifier.verify(pdf, trusted, Instant.now()).getFirst();

        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication(), report.reasons().toString());
    }

    @Test
    void an_empty_byte_range_signs_nothing_and_is_a_format_failure() {
        byte[] pdf = withFirstByteRange(lta, new long[] {0, 0, 0, 0});

        SignatureReport report = SignatureVerifier.verify(pdf, trusted, Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.FORMAT_FAILURE, report.subIndication(), report.reasons().toString());
    }

    @Test
    void contents_zeroed_out_are_no_cms_and_a_format_failure() {
        long[] range = firstByteRange(lta);
        byte[] pdf = lta.clone();
        Arrays.fill(pdf, (int) range[1] + 1, (int) range[2] - 1, (byte) '0');

        List<SignatureReport> reports = SignatureVerifier.verify(pdf, trusted, Instant.now());

        assertEquals(SubIndication.FORMAT_FAILURE, reports.get(0).subIndication(), reports.get(0).reasons().toString());
        assertEquals(SubIndication.HASH_FAILURE, reports.get(1).subIndication(), "the second signature covers them");
    }

    private static byte[] firstSignatureValue(byte[] pdf) throws Exception {
        long[] range = firstByteRange(pdf);
        byte[] contents = HexFormat.of().parseHex(text(pdf).substring((int) range[1] + 1, (int) range[2] - 1));
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            return cms.getSignerInfos().iterator().next().getSignature();
        }
    }

    static long[] firstByteRange(byte[] pdf) {
        String content = text(pdf);
        int open = content.indexOf('[', content.indexOf("/ByteRange"));
        String[] numbers = content.substring(open + 1, content.indexOf(']', open)).trim().split("\\s+");
        long[] range = new long[numbers.length];
        for (int i = 0; i < range.length; i++) {
            range[i] = Long.parseLong(numbers[i]);
        }
        return range;
    }

    /** {@code pdf} with its first byte range rewritten in place, padded with spaces to keep every offset. */
    static byte[] withFirstByteRange(byte[] pdf, long[] range) {
        String content = text(pdf);
        int open = content.indexOf('[', content.indexOf("/ByteRange"));
        int close = content.indexOf(']', open);
        StringBuilder numbers = new StringBuilder();
        for (long value : range) {
            numbers.append(numbers.isEmpty() ? "" : " ").append(value);
        }
        int room = close - open - 1;
        assertTrue(numbers.length() <= room, "the new byte range fits where the old one was");
        numbers.append(" ".repeat(room - numbers.length()));
        byte[] changed = pdf.clone();
        System.arraycopy(numbers.toString().getBytes(StandardCharsets.US_ASCII), 0, changed, open + 1, room);
        return changed;
    }

    private static String text(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }
}
