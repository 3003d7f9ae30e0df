package org.pactum.pdf.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

class DocumentTimestampFieldsTest {

    private static byte[] signed;

    @BeforeAll
    static void sign() {
        byte[] agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
        signed = SignatureFields.embed(
                SignatureFields.prepare(agreement, "omsk-1", Instant.parse("2026-12-01T10:00:00Z"), 4096),
                new byte[] {0x30, 0x00});
    }

    @Test
    void the_timestamp_field_is_a_doc_time_stamp_in_an_incremental_update() {
        PreparedSignature prepared = DocumentTimestampFields.prepare(signed, "timestamp-1", 8192);

        byte[] pdf = prepared.pdf();
        assertArrayEquals(signed, Arrays.copyOf(pdf, signed.length));
        assertEquals(8192, prepared.capacity());
        String revision = new String(pdf, signed.length, pdf.length - signed.length, StandardCharsets.ISO_8859_1);
        assertTrue(revision.contains("/Type/DocTimeStamp") || revision.contains("/Type /DocTimeStamp"), revision);
        assertTrue(revision.contains("/ETSI.RFC3161"), revision);
        assertFalse(revision.contains("/M("), revision);
    }

    @Test
    void the_token_fills_the_hole_and_both_fields_read_back_in_order() {
        PreparedSignature prepared = DocumentTimestampFields.prepare(signed, "timestamp-1", 8192);
        byte[] token = {0x30, 0x03, 0x02, 0x01, 0x07};

        byte[] stamped = DocumentTimestampFields.embed(prepared, token);

        List<EmbeddedSignature> fields = EmbeddedSignature.readAll(stamped);
        assertEquals(List.of("omsk-1", "timestamp-1"), fields.stream().map(EmbeddedSignature::fieldName).toList());
        assertEquals("ETSI.CAdES.detached", fields.get(0).subFilter());
        assertTrue(fields.get(1).isDocumentTimestamp());
        assertArrayEquals(token, Arrays.copyOf(fields.get(1).contents(), token.length));
        assertArrayEquals(prepared.byteRange(), fields.get(1).byteRange());
        assertEquals(8192, fields.get(1).contents().length);
    }
}
