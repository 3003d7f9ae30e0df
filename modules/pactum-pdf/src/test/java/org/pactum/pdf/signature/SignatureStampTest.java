package org.pactum.pdf.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.domain.language.Language;
import org.pactum.pdf.PdfToText;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.RenderedAgreement;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.agreement.SignatureSlot;

/**
 * The visible stamp in a party's box, and certification. The signed files stay in {@code target/stamps} for a look
 * ({@code pdftoppm -png -r 110 -f 3}); the CMS here is a placeholder, the real signatures are pactum-signing's tests.
 */
class SignatureStampTest {

    private static final Path OUTPUT = Path.of("target", "stamps");
    private static final Instant SIGNED_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final byte[] CMS = {0x30, 0x03, 0x02, 0x01, 0x01};

    private static RenderedAgreement agreement;

    @BeforeAll
    static void render() {
        agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false));
    }

    static SignatureStamp stamp(List<Language> languages, String owner, Instant signedAt) {
        return new SignatureStamp(languages, "4F1AC7E09B2D365A8E11F0C4D7B9A26C35E8D017", owner,
                Instant.parse("2026-03-15T00:00:00Z"), Instant.parse("2027-03-15T23:59:59Z"), signedAt);
    }

    @Test
    void a_stamp_in_each_partys_box_prints_the_mark_and_the_certificate_in_the_documents_languages() throws IOException {
        List<Language> languages = List.of(Language.RU, Language.KK);
        byte[] first = sign(agreement.pdf(), "party-1", stamp(languages, "Соколов Андрей Викторович", SIGNED_AT), true);
        byte[] both = sign(first, "party-2", stamp(languages, "Сейтжанов Нұрлан Бауыржанұлы", SIGNED_AT.plusSeconds(86_400)), false);

        assertArrayEquals(first, Arrays.copyOf(both, first.length));
        String text = PdfToText.of(write(both, "omsk-pavlodar-ru-kk.pdf"), "-f", "3", "-l", "3").replaceAll("\\s+", " ");
        assertTrue(text.contains("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ"), text);
        assertTrue(text.contains("ҚҰЖАТҚА ЭЛЕКТРОНДЫҚ ЦИФРЛЫҚ ҚОЛТАҢБА ҚОЙЫЛДЫ"), text);
        assertTrue(text.contains("4F1AC7E09B2D365A8E11F0C4D7B9A26C35E8D017"), text);
        assertTrue(text.contains("Соколов Андрей Викторович") && text.contains("Сейтжанов Нұрлан Бауыржанұлы"), text);
        assertTrue(text.contains("Владелец / Иесі"), text);
        assertTrue(text.contains("15.03.2026 – 15.03.2027"), text);
        assertTrue(text.contains("01.12.2026 10:00 UTC") && text.contains("02.12.2026 10:00 UTC"), text);
        assertFalse(text.contains("Owner"), "no English on a Russian-Kazakh stamp");
        PdfReader reader = new PdfReader(both);
        try {
            assertEquals(List.of("party-1", "party-2"), reader.getAcroFields().getSignedFieldNames());
        } finally {
            reader.close();
        }
    }

    @Test
    void a_stamp_speaks_one_two_or_three_languages_in_the_given_order() throws IOException {
        for (List<Language> languages : List.of(List.of(Language.RU), List.of(Language.KK, Language.RU),
                List.of(Language.RU, Language.KK, Language.EN), List.of(Language.EN))) {
            String name = String.join("-", languages.stream().map(Language::code).toList());
            byte[] signed = sign(agreement.pdf(), "party-1", stamp(languages, "Соколов Андрей Викторович", SIGNED_AT), false);
            signed = sign(signed, "party-2", stamp(languages, "Sejtzhanov Nurlan", SIGNED_AT), false);

            String text = PdfToText.of(write(signed, "omsk-pavlodar-stamp-" + name + ".pdf"), "-f", "3", "-l", "3")
                    .replaceAll("\\s+", " ");
            assertEquals(languages.contains(Language.EN), text.contains("SIGNED WITH AN ELECTRONIC SIGNATURE"), name);
            assertEquals(languages.contains(Language.KK), text.contains("Иесі"), name);
            assertEquals(languages.contains(Language.RU), text.contains("Владелец"), name);
        }
    }

    @Test
    void without_a_stamp_the_partys_field_is_signed_and_its_box_stays_empty() throws IOException {
        byte[] signed = sign(agreement.pdf(), "party-2", null, false);

        String text = PdfToText.of(write(signed, "omsk-pavlodar-invisible.pdf"), "-f", "3", "-l", "3");
        assertFalse(text.contains("ДОКУМЕНТ ПОДПИСАН"), text);
        PdfReader reader = new PdfReader(signed);
        try {
            AcroFields fields = reader.getAcroFields();
            assertEquals(List.of("party-2"), fields.getSignedFieldNames());
            assertEquals(List.of("party-1"), fields.getFieldNamesWithBlankSignatures());
        } finally {
            reader.close();
        }
    }

    @Test
    void a_stamp_needs_a_field_to_be_drawn_in_and_a_signed_field_is_not_signed_again() {
        SignatureStamp stamp = stamp(List.of(Language.RU), "Соколов А. В.", SIGNED_AT);
        assertThrows(IllegalArgumentException.class,
                () -> SignatureFields.prepare(agreement.pdf(), "omsk-1", SIGNED_AT, 4096, stamp, false));
        byte[] signed = sign(agreement.pdf(), "party-1", stamp, false);
        assertThrows(IllegalArgumentException.class,
                () -> SignatureFields.prepare(signed, "party-1", SIGNED_AT, 4096, stamp, false));
    }

    @Test
    void a_very_long_owner_shrinks_the_text_until_all_of_it_fits_the_box() throws IOException {
        String owner = "Очень длинное наименование организации владельца сертификата ".repeat(12);
        byte[] signed = sign(agreement.pdf(), "party-1", stamp(List.of(Language.RU, Language.KK, Language.EN), owner, SIGNED_AT), false);

        String text = PdfToText.of(write(signed, "omsk-pavlodar-long-owner.pdf"), "-f", "3", "-l", "3").replaceAll("\\s+", " ");
        assertTrue(text.contains("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ"), text);
        assertTrue(text.contains("SIGNED WITH AN ELECTRONIC SIGNATURE"), text);
        assertTrue(text.contains("01.12.2026 10:00 UTC"), "the last line is there too: " + text);
    }

    @Test
    void the_first_signature_certifies_with_docmdp_allowing_form_filling_and_signing() {
        byte[] certified = sign(agreement.pdf(), "party-1", stamp(List.of(Language.RU), "Соколов А. В.", SIGNED_AT), true);

        String revision = new String(certified, agreement.pdf().length, certified.length - agreement.pdf().length,
                StandardCharsets.ISO_8859_1);
        assertTrue(revision.contains("/Perms"), revision);
        assertTrue(revision.replaceAll("\\s+", " ").matches("(?s).*/TransformMethod ?/DocMDP.*"), revision);
        assertTrue(revision.replaceAll("\\s+", " ").matches("(?s).*/P ?2\\b.*"), revision);
        assertFalse(revision.contains("/DigestMethod"), revision);
        assertThrows(IllegalArgumentException.class, () -> SignatureFields.prepare(certified, "party-2", SIGNED_AT, 4096,
                null, true), "only the first signature certifies");
    }

    @Test
    void the_stamp_refuses_no_or_too_many_or_repeated_languages() {
        assertThrows(IllegalArgumentException.class, () -> stamp(List.of(), "A", SIGNED_AT));
        assertThrows(IllegalArgumentException.class, () -> stamp(List.of(Language.RU, Language.RU), "A", SIGNED_AT));
        assertThrows(IllegalArgumentException.class,
                () -> stamp(List.of(Language.RU, Language.KK, Language.EN, Language.RU), "A", SIGNED_AT));
    }

    private static byte[] sign(byte[] pdf, String field, SignatureStamp stamp, boolean certify) {
        PreparedSignature prepared = SignatureFields.prepare(pdf, field, stamp == null ? SIGNED_AT : stamp.signedAt(),
                SignatureFields.DEFAULT_CAPACITY, stamp, certify);
        assertEquals(SignatureSlot.fieldName(field.equals("party-1") ? 0 : 1), prepared.fieldName());
        return SignatureFields.embed(prepared, CMS);
    }

    private static Path write(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUTPUT);
        return Files.write(OUTPUT.resolve(name), pdf);
    }
}
