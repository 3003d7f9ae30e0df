package org.pactum.pdf.agreement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.domain.language.Language;

class AgreementSignatureFieldsTest {

    @Test
    void the_final_text_has_an_empty_signature_field_on_each_partys_box_named_by_its_position() throws IOException {
        RenderedAgreement rendered = AgreementPdf.render(SampleAgreements.omskPavlodar(false));

        PdfReader reader = new PdfReader(rendered.pdf());
        try {
            AcroFields fields = reader.getAcroFields();
            assertEquals(List.of("party-1", "party-2"), fields.getFieldNamesWithBlankSignatures());
            assertTrue(fields.getSignedFieldNames().isEmpty());
            for (SignatureSlot slot : rendered.slots()) {
                assertEquals(AcroFields.FIELD_TYPE_SIGNATURE, fields.getFieldType(slot.fieldName()));
                float[] position = fields.getFieldPositions(slot.fieldName());
                assertArrayEquals(new float[] {slot.page(), slot.left(), slot.bottom(), slot.right(), slot.top()}, position,
                        0.01f, slot.fieldName());
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void a_draft_has_no_signature_fields() throws IOException {
        PdfReader reader = new PdfReader(AgreementPdf.render(SampleAgreements.omskPavlodar(true)).pdf());
        try {
            assertTrue(reader.getAcroFields().getAllFields().isEmpty());
        } finally {
            reader.close();
        }
    }

    @Test
    void the_final_text_with_its_fields_renders_the_same_bytes_every_time() {
        AgreementDocument document = SampleAgreements.omskPavlodar(false, List.of(Language.RU), List.of());
        assertArrayEquals(AgreementPdf.render(document).pdf(), AgreementPdf.render(document).pdf());
    }

    @Test
    void field_names_count_the_parties_from_one() {
        assertEquals("party-1", SignatureSlot.fieldName(0));
        assertEquals("party-2", new SignatureSlot(1, 3, 0, 0, 10, 10).fieldName());
        assertThrows(IllegalArgumentException.class, () -> SignatureSlot.fieldName(-1));
    }
}
