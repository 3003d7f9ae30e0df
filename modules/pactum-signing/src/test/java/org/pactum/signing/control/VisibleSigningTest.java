package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.domain.language.Language;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.agreement.SignatureSlot;

/**
 * Both parties of the bilingual sample sign their own boxes with a visible stamp, the first certifying the document.
 * The signed file stays in {@code target/signed} for a look ({@code pdftoppm -png -r 110 -f 3}).
 */
class VisibleSigningTest {

    private static final Path OUTPUT = Path.of("target", "signed");
    private static final Instant FIRST_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SECOND_AT = Instant.parse("2026-12-02T11:30:00Z");

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Соколов Андрей Викторович", 2048);
    private static final TestPki.Signer PAVLODAR = PKI.ecSigner("Сейтжанов Нұрлан Бауыржанұлы", "secp256r1");

    private static AgreementDocument document;
    private static byte[] agreement;

    @TempDir
    Path folder;

    @BeforeAll
    static void render() {
        document = SampleAgreements.omskPavlodar(false);
        agreement = AgreementPdf.render(document).pdf();
    }

    @Test
    void both_parties_sign_their_boxes_visibly_the_first_certifying_and_both_signatures_stay_valid() throws Exception {
        List<Language> languages = document.languages();
        byte[] first = PadesSigning.sign(agreement,
                new SignatureOptions(SignatureSlot.fieldName(0), FIRST_AT, languages, true), OMSK.keySource());
        byte[] second = PadesSigning.sign(first,
                new SignatureOptions(SignatureSlot.fieldName(1), SECOND_AT, languages, false), PAVLODAR.keySource());

        assertArrayEquals(first, Arrays.copyOf(second, first.length));
        SignedPdfChecks.verifyEveryCms(second, List.of(OMSK, PAVLODAR));
        String report = SignedPdfChecks.assertPdfsigFindsValid(second, 2, folder);
        assertTrue(report.contains("Signature Field Name: party-1") && report.contains("Signature Field Name: party-2"), report);
        String firstRevision = new String(first, agreement.length, first.length - agreement.length, StandardCharsets.ISO_8859_1);
        assertTrue(firstRevision.contains("/DocMDP") && firstRevision.contains("/Perms"), "the first signature certifies");

        String page = pdftotext(write(second, "omsk-pavlodar-signed.pdf"));
        for (TestPki.Signer signer : List.of(OMSK, PAVLODAR)) {
            assertTrue(page.contains(CertificateStamp.serial(signer.certificate())), page);
            assertTrue(page.contains(CertificateStamp.owner(signer.certificate())), page);
        }
        assertTrue(page.contains("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ"), page);
        assertTrue(page.contains("ҚҰЖАТҚА ЭЛЕКТРОНДЫҚ ЦИФРЛЫҚ ҚОЛТАҢБА ҚОЙЫЛДЫ"), page);
        assertTrue(page.contains("01.12.2026 10:00 UTC") && page.contains("02.12.2026 11:30 UTC"), page);
    }

    @Test
    void an_invisible_signature_in_a_partys_box_is_valid_too() throws Exception {
        byte[] signed = PadesSigning.sign(agreement, SignatureOptions.invisible("party-2", SECOND_AT), PAVLODAR.keySource());

        SignedPdfChecks.verifyEveryCms(signed, List.of(PAVLODAR));
        assertTrue(SignedPdfChecks.assertPdfsigFindsValid(signed, 1, folder).contains("Signature Field Name: party-2"));
    }

    @Test
    void only_the_first_signature_may_certify() {
        byte[] first = PadesSigning.sign(agreement, SignatureOptions.invisible("party-1", FIRST_AT), OMSK.keySource());

        assertThrows(IllegalArgumentException.class, () -> PadesSigning.prepare(first,
                new SignatureOptions("party-2", SECOND_AT, List.of(), true), PAVLODAR.chain()));
    }

    @Test
    void the_stamp_names_the_certificates_owner_and_its_serial_in_whole_bytes() {
        assertEquals("Соколов Андрей Викторович", CertificateStamp.owner(OMSK.certificate()));
        String serial = CertificateStamp.serial(OMSK.certificate());
        assertEquals(0, serial.length() % 2);
        assertEquals(OMSK.certificate().getSerialNumber(), new java.math.BigInteger(serial, 16));
    }

    private static Path write(byte[] pdf, String name) throws IOException {
        Files.createDirectories(OUTPUT);
        return Files.write(OUTPUT.resolve(name), pdf);
    }

    /** The last page's text as poppler extracts it, white space folded. */
    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-f", "3", "-l", "3", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "pdftotext did not finish");
        return text.replaceAll("\\s+", " ");
    }
}
