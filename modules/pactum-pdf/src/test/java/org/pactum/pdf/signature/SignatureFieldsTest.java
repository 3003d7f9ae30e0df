package org.pactum.pdf.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

class SignatureFieldsTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-12-01T10:00:00Z");

    private static byte[] agreement;

    @BeforeAll
    static void render() {
        agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
    }

    @Test
    void a_prepared_signature_appends_to_the_agreement_and_leaves_a_zero_filled_hole() {
        PreparedSignature prepared = SignatureFields.prepare(agreement, "omsk-1", SIGNED_AT, 8192);

        byte[] pdf = prepared.pdf();
        assertArrayEquals(agreement, Arrays.copyOf(pdf, agreement.length));
        long[] range = prepared.byteRange();
        assertEquals(0, range[0]);
        assertEquals(pdf.length, range[2] + range[3]);
        assertEquals(8192, prepared.capacity());
        assertEquals('<', pdf[(int) range[1]]);
        assertEquals('>', pdf[(int) range[2] - 1]);
        for (int i = (int) range[1] + 1; i < range[2] - 1; i++) {
            assertEquals('0', pdf[i]);
        }
        assertEquals("omsk-1", prepared.fieldName());
    }

    @Test
    void the_digest_covers_everything_but_the_hole() throws Exception {
        PreparedSignature prepared = SignatureFields.prepare(agreement, "omsk-1", SIGNED_AT, 4096);

        byte[] pdf = prepared.pdf();
        long[] range = prepared.byteRange();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(pdf, 0, (int) range[1]);
        sha256.update(pdf, (int) range[2], (int) range[3]);
        assertArrayEquals(sha256.digest(), prepared.sha256());
        assertEquals(48, prepared.digest("SHA-384").length);
    }

    @Test
    void the_signature_dictionary_is_cades_detached_with_the_signing_time() {
        String revision = revision(SignatureFields.prepare(agreement, "omsk-1", SIGNED_AT, 4096));

        assertTrue(revision.contains("/ETSI.CAdES.detached"), revision);
        assertTrue(revision.contains("/Adobe.PPKLite"), revision);
        assertTrue(revision.contains("/M(D:20261201100000"), revision);
    }

    @Test
    void an_embedded_cms_changes_only_the_hole() throws Exception {
        PreparedSignature prepared = SignatureFields.prepare(agreement, "omsk-1", SIGNED_AT, 4096);
        byte[] cms = {0x30, (byte) 0x82, 0x01, (byte) 0xAB, 0x7F};

        byte[] signed = SignatureFields.embed(prepared, cms);

        byte[] before = prepared.pdf();
        assertEquals(before.length, signed.length);
        long[] range = prepared.byteRange();
        assertArrayEquals(Arrays.copyOf(before, (int) range[1] + 1), Arrays.copyOf(signed, (int) range[1] + 1));
        assertArrayEquals(Arrays.copyOfRange(before, (int) range[1] + 11, before.length),
                Arrays.copyOfRange(signed, (int) range[1] + 11, signed.length));
        assertEquals("308201ab7f", new String(signed, (int) range[1] + 1, 10, StandardCharsets.US_ASCII));
        assertArrayEquals(agreement, Arrays.copyOf(signed, agreement.length));
        AcroFields fields = new PdfReader(signed).getAcroFields();
        assertEquals(Set.of("omsk-1"), Set.copyOf(fields.getSignedFieldNames()));
    }

    @Test
    void a_cms_larger_than_the_hole_is_refused() {
        PreparedSignature prepared = SignatureFields.prepare(agreement, "omsk-1", SIGNED_AT, 16);

        SignatureTooLargeException refused =
                assertThrows(SignatureTooLargeException.class, () -> SignatureFields.embed(prepared, new byte[17]));
        assertTrue(refused.getMessage().contains("17"), refused.getMessage());
        assertEquals("signature-too-large", refused.problemType());
    }

    @Test
    void a_second_signature_field_is_an_incremental_update_over_the_first_signed_revision() throws Exception {
        byte[] first = SignatureFields.embed(SignatureFields.prepare(agreement, "omsk-1", SIGNED_AT, 4096), new byte[] {1});

        PreparedSignature second = SignatureFields.prepare(first, "pavlodar-1", SIGNED_AT.plusSeconds(60), 4096);

        assertArrayEquals(first, Arrays.copyOf(second.pdf(), first.length));
        assertEquals(Set.of("omsk-1", "pavlodar-1"),
                Set.copyOf(new PdfReader(second.pdf()).getAcroFields().getSignedFieldNames()));
    }

    private static String revision(PreparedSignature prepared) {
        byte[] pdf = prepared.pdf();
        return new String(pdf, agreement.length, pdf.length - agreement.length, StandardCharsets.ISO_8859_1);
    }
}
