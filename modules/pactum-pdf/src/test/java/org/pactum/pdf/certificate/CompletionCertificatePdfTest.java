package org.pactum.pdf.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.pactum.domain.audit.CompletionCertificate;
import org.pactum.domain.audit.CompletionCertificate.SignatureEntry;
import org.pactum.domain.language.Language;
import org.pactum.pdf.PdfToText;

class CompletionCertificatePdfTest {

    /** Rendered certificates stay here after the build, for a look at what users get. */
    private static final Path OUTPUT = Path.of("target", "certificates");
    private static final Pattern SUBSET_NAME = Pattern.compile("/?[A-Z]{6}\\+.+");

    @Test
    void is_a_pdf_whose_text_has_the_kazakh_title_every_event_hash_and_the_seal() throws IOException {
        CompletionCertificate certificate = SampleCertificates.sealed();
        byte[] pdf = CompletionCertificatePdf.render(certificate, Language.KK);

        assertEquals("%PDF-1.7", new String(pdf, 0, 8, StandardCharsets.US_ASCII));
        String text = PdfToText.squeezed(PdfToText.of(pdf, OUTPUT, "sealed-kk.pdf"));
        assertTrue(text.contains(PdfToText.squeezed(SampleCertificates.KAZAKH_TITLE)), "the Kazakh title, every letter intact");
        assertTrue(text.contains(PdfToText.squeezed(SampleCertificates.KAZAKH_LETTERS)));
        assertTrue(text.contains(PdfToText.squeezed(SampleCertificates.RUSSIAN_TITLE)), "the Russian title too");
        assertTrue(text.contains("Аяқталусертификаты"));
        assertTrue(text.contains("Сертификатзавершения"), "the title in the agreement's other language");
        for (CompletionCertificate.Entry entry : certificate.entries()) {
            assertTrue(text.contains(entry.hash()), "event hash of sequence " + entry.sequence());
            if (entry.contentHash() != null) {
                assertTrue(text.contains(entry.contentHash()), "content hash of sequence " + entry.sequence());
            }
        }
        assertTrue(text.contains(certificate.seal().headHash()));
        assertTrue(text.contains(certificate.seal().keyId()));
        assertTrue(text.contains(certificate.seal().signature()), "the seal's signature in full");
        assertTrue(text.contains("Оқиғалартізбегі") && text.contains("Мазмұнхэші") && text.contains("Оқиғахэші"));
        assertTrue(text.contains("Қолқойылды"), "actions are named in the document's language");
    }

    @Test
    void embeds_every_font_as_a_subset() throws IOException {
        PdfReader reader = new PdfReader(CompletionCertificatePdf.render(SampleCertificates.sealed(), Language.KK));
        try {
            List<String> fonts = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (!(reader.getPdfObject(i) instanceof PdfDictionary dictionary) || !PdfName.FONT.equals(dictionary.get(PdfName.TYPE))
                        || PdfName.CIDFONTTYPE2.equals(dictionary.get(PdfName.SUBTYPE))) {
                    continue; // descendant fonts are checked through their Type0 parent
                }
                String name = String.valueOf(dictionary.get(PdfName.BASEFONT));
                fonts.add(name);
                assertEquals(PdfName.TYPE0, dictionary.get(PdfName.SUBTYPE), name + " is an Identity-H composite font");
                assertTrue(SUBSET_NAME.matcher(name).matches(), name + " is a subset");
                PdfArray descendants = (PdfArray) PdfReader.getPdfObject(dictionary.get(PdfName.DESCENDANTFONTS));
                PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
                PdfDictionary descriptor = (PdfDictionary) PdfReader.getPdfObject(descendant.get(PdfName.FONTDESCRIPTOR));
                assertNotNull(descriptor.get(PdfName.FONTFILE2), name + " carries its TrueType program");
            }
            assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSans")), "fonts: " + fonts);
            assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationMono")), "fonts: " + fonts);
        } finally {
            reader.close();
        }
    }

    @Test
    void names_title_author_subject_and_language_in_the_metadata() throws IOException {
        PdfReader reader = new PdfReader(CompletionCertificatePdf.render(SampleCertificates.sealed(), Language.KK));
        try {
            assertEquals("Аяқталу сертификаты — PA-2026-00002", reader.getInfo().get("Title"));
            assertEquals("Pactum", reader.getInfo().get("Author"));
            assertTrue(reader.getInfo().get("Subject").contains("PA-2026-00002"));
            assertEquals("kk", ((PdfString) reader.getCatalog().get(PdfName.LANG)).toUnicodeString());
        } finally {
            reader.close();
        }
    }

    @Test
    void carries_the_json_form_as_an_attachment_and_names_its_hash() throws IOException {
        CompletionCertificate certificate = SampleCertificates.sealed();
        byte[] pdf = CompletionCertificatePdf.render(certificate, Language.EN);
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfDictionary names = (PdfDictionary) PdfReader.getPdfObject(reader.getCatalog().get(PdfName.NAMES));
            PdfDictionary files = (PdfDictionary) PdfReader.getPdfObject(names.get(PdfName.EMBEDDEDFILES));
            PdfArray entries = (PdfArray) PdfReader.getPdfObject(files.get(PdfName.NAMES));
            PdfDictionary spec = (PdfDictionary) PdfReader.getPdfObject(entries.getPdfObject(1));
            assertEquals("PA-2026-00002-completion-certificate.json", ((PdfString) PdfReader.getPdfObject(spec.get(PdfName.F))).toUnicodeString());
            PdfDictionary embedded = (PdfDictionary) PdfReader.getPdfObject(spec.get(PdfName.EF));
            PdfObject stream = PdfReader.getPdfObject(embedded.get(PdfName.F));
            assertArrayEquals(certificate.canonicalJson().getBytes(StandardCharsets.UTF_8), PdfReader.getStreamBytes((PRStream) stream));
        } finally {
            reader.close();
        }
        String text = PdfToText.squeezed(PdfToText.of(pdf, OUTPUT, "sealed-en.pdf"));
        assertTrue(text.contains(certificate.jsonHash()), "the printed hash of the attached JSON");
    }

    @Test
    void says_plainly_when_the_last_event_is_not_yet_sealed() throws IOException {
        String text = PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.unsealed(), Language.EN), OUTPUT, "unsealed-en.pdf");

        assertTrue(PdfToText.squeezed(text).contains(PdfToText.squeezed(
                "events after sequence 38 are protected by the hash chain only")), text);
        assertTrue(text.contains("Not yet sealed"));
    }

    @Test
    void says_so_when_nothing_has_been_sealed_yet() throws IOException {
        String text = PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.neverSealed(), Language.EN), OUTPUT, "never-sealed-en.pdf");

        assertTrue(PdfToText.squeezed(text).contains(PdfToText.squeezed(
                "every event is protected by the hash chain only")), text);
    }

    @Test
    void warns_when_the_chain_is_broken() throws IOException {
        String text = PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.broken(), Language.RU), OUTPUT, "broken-ru.pdf");

        assertTrue(text.contains("НАРУШЕНА"), text);
        assertTrue(PdfToText.squeezed(text).contains(PdfToText.squeezed("цепочка аудита оказалась нарушенной")));
    }

    @Test
    void numbers_every_page_out_of_the_total() throws IOException {
        byte[] pdf = CompletionCertificatePdf.render(SampleCertificates.long_(), Language.EN);
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        reader.close();

        assertTrue(pages >= 3, "a long trail runs over several pages: " + pages);
        String text = PdfToText.of(pdf, OUTPUT, "long-en.pdf");
        for (int page = 1; page <= pages; page++) {
            assertTrue(text.contains("Page " + page + " of " + pages), "page " + page);
        }
        assertTrue(text.contains("Generated 2026-12-01 09:30:15 UTC by auditor.kz"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void speaks_each_language(Language language) throws IOException {
        String text = PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.sealed(), language), OUTPUT,
                "sealed-" + language.code() + "-labels.pdf");

        String title = Labels.of(language).text("document.title");
        assertTrue(text.startsWith(title) || text.contains("\n" + title), language + ": " + title);
        assertTrue(text.contains(Labels.of(language).text("section.seal")));
    }

    @Test
    void lists_each_signature_with_party_signer_certificate_times_level_and_document_hash() throws IOException {
        String text = PdfToText.squeezed(PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.sealed(),
                Language.KK), OUTPUT, "signatures-kk.pdf"));

        assertTrue(text.contains("Қолтаңбалар"), text);
        assertTrue(text.contains(PdfToText.squeezed("1-қолтаңба: Омбы облысының Үкіметі (35 жазба)")), text);
        assertTrue(text.contains(PdfToText.squeezed("2-қолтаңба: Павлодар облысының әкімдігі (39 жазба)")), text);
        for (SignatureEntry signature : SampleCertificates.signatures()) {
            assertTrue(text.contains(PdfToText.squeezed(signature.signer())), signature.signer());
            assertTrue(text.contains(signature.certificateSerial()), signature.certificateSerial());
            assertTrue(text.contains(signature.documentSha256()), signature.documentSha256());
            assertTrue(text.contains(PdfToText.squeezed(signature.level())), signature.level());
        }
        assertTrue(text.contains(PdfToText.squeezed("2026-11-23 19:40:01")), "the timestamp's time");
        assertTrue(text.contains(PdfToText.squeezed("жоқ (қолтаңбада уақыт белгісі жоқ)")), "a B-B signature has none");
    }

    @Test
    void says_whether_the_file_carries_the_platforms_seal() throws IOException {
        String sealed = PdfToText.squeezed(PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.sealed(),
                Language.RU, true), OUTPUT, "platform-sealed-ru.pdf"));
        String unsealed = PdfToText.squeezed(PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.sealed(),
                Language.RU), OUTPUT, "platform-unsealed-ru.pdf"));

        assertTrue(sealed.contains(PdfToText.squeezed("Этот файл заверен электронной печатью платформы Pactum")), sealed);
        assertTrue(unsealed.contains(PdfToText.squeezed("Этот файл не заверен электронной печатью")), unsealed);
    }

    @Test
    void says_so_when_no_one_has_signed_yet() throws IOException {
        String text = PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.empty(), Language.EN), OUTPUT,
                "unsigned-en.pdf");

        assertTrue(text.contains("No one has signed this agreement yet."), text);
    }

    @Test
    void renders_an_agreement_without_events() throws IOException {
        String text = PdfToText.of(CompletionCertificatePdf.render(SampleCertificates.empty(), Language.RU), OUTPUT, "empty-ru.pdf");

        assertTrue(PdfToText.squeezed(text).contains(PdfToText.squeezed("По этому соглашению в журнале аудита событий нет.")));
    }

    @Test
    void every_language_has_every_label() throws IOException {
        Properties russian = labels("ru");
        for (String code : List.of("kk", "en")) {
            Properties other = labels(code);
            assertEquals(russian.stringPropertyNames(), other.stringPropertyNames(), code + " has the same keys as ru");
            for (String key : other.stringPropertyNames()) {
                assertFalse(other.getProperty(key).isBlank(), code + " " + key);
            }
        }
    }

    @Test
    void offers_a_file_name_made_of_safe_characters_only() {
        assertEquals("PA-2026-00002-completion-certificate.pdf", CompletionCertificatePdf.fileName(SampleCertificates.sealed()));
        assertEquals("PA-2026-00002-completion-certificate.json", CompletionCertificatePdf.jsonFileName(SampleCertificates.sealed()));
        assertEquals("PA_2026_7_-completion-certificate", CompletionCertificatePdf.fileStem("PA/2026\\7\"\r\n"));
        assertEquals("etc_passwd-completion-certificate", CompletionCertificatePdf.fileStem("../etc/passwd"));
        assertEquals("agreement-completion-certificate", CompletionCertificatePdf.fileStem("№ "));
    }

    @Test
    void shows_the_registration_number_revisions_and_people_by_name_while_the_attached_json_keeps_the_logins() throws IOException {
        CompletionCertificate certificate = SampleCertificates.sealed();
        CertificateNames names = new CertificateNames("МС-2026/002",
                login -> login.equals("drafter.omsk") ? "Ирина Петрова" : login.equals("auditor.kz") ? "" : null,
                Map.of(3L, 1, 4L, 2, 9L, 2), 3);
        byte[] pdf = CompletionCertificatePdf.render(certificate, Language.RU, false, names);

        String text = PdfToText.squeezed(PdfToText.of(pdf, OUTPUT, "named-ru.pdf"));
        assertTrue(text.contains(PdfToText.squeezed("Регистрационный номер МС-2026/002")), "the registration number");
        assertTrue(text.contains(PdfToText.squeezed(certificate.number())), "the reference number beside it");
        assertTrue(text.contains("ИринаПетрова"), "a person the directory knows, by name");
        assertFalse(text.contains("drafter.omsk"), "and not by login");
        assertTrue(text.contains("approver.pavlodar") && text.contains("auditor.kz"), "one it does not know, by login");
        assertTrue(text.contains("редакция3") && text.contains("Редакция"), "revisions as the application numbers them");
        assertTrue(certificate.canonicalJson().contains("\"drafter.omsk\""), "the hashed form is untouched");
    }

    private static Properties labels(String code) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels_" + code + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
