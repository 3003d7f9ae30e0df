package org.pactum.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.domain.language.Language;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.agreement.SignatureSlot;
import org.pactum.pdf.certificate.CompletionCertificatePdf;
import org.pactum.pdf.certificate.SampleCertificates;
import org.pactum.pdf.signature.PreparedSignature;
import org.pactum.pdf.signature.SignatureFields;
import org.pactum.pdf.signature.SignatureStamp;
import org.pactum.pdf.signature.VerificationCode;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The agreement PDF claims PDF/A-2b, the archival form administrations keep signed documents in. veraPDF, the PDF
 * Association's reference validator, checks every rule of that part against the file, so the claim is proven rather
 * than only declared.
 */
class PdfAConformanceTest {

    /** A CMS SignedData (DER) with no signer, no certificate and id-data content: well-formed, and empty. */
    private static final byte[] EMPTY_SIGNED_DATA = HexFormat.of().parseHex(
            "3023" + "06092a864886f70d010702" + "a016" + "3014" + "020101" + "3100" + "300b06092a864886f70d010701" + "3100");

    @BeforeAll
    static void loadValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void a_bilingual_draft_with_its_watermark_is_valid_pdf_a_2b() throws Exception {
        assertConforms(AgreementPdf.render(SampleAgreements.omskPavlodar(true)).pdf());
    }

    @Test
    void the_final_text_without_watermark_is_valid_pdf_a_2b() throws Exception {
        assertConforms(AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf());
    }

    @Test
    void the_final_text_signed_by_both_parties_with_stamps_stays_valid_pdf_a_2b() throws Exception {
        byte[] pdf = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
        for (int party = 0; party < 2; party++) {
            SignatureStamp stamp = new SignatureStamp(List.of(Language.RU, Language.KK), "4F1AC7E09B2D365A", "Соколов А. В.",
                    Instant.parse("2026-03-15T00:00:00Z"), Instant.parse("2027-03-15T00:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"));
            if (party == 0) {
                // The first stamp with a verification code beside its text: black squares must keep PDF/A too.
                BitSet dark = new BitSet();
                for (int module = 0; module < 21 * 21; module += 3) {
                    dark.set(module);
                }
                stamp = stamp.withCode(new VerificationCode("https://pactum.example/public/verify.xhtml?t=x", 21, dark));
            }
            PreparedSignature prepared = SignatureFields.prepare(pdf, SignatureSlot.fieldName(party), stamp.signedAt(), 64,
                    stamp, party == 0);
            pdf = SignatureFields.embed(prepared, EMPTY_SIGNED_DATA);
        }
        // The empty SignedData breaks 6.4.3 (one signer and its certificate): pactum-pdf makes no CMS. Every rule
        // about the stamp's fonts, colours and annotations, and about DocMDP, must hold.
        List<TestAssertion> failures = failures(pdf).stream()
                .filter(failure -> !"6.4.3".equals(failure.getRuleId().getClause())).toList();
        assertTrue(failures.isEmpty(), () -> describe(failures));
    }

    @Test
    void the_validator_does_find_a_broken_rule() throws Exception {
        // A PDF that makes no PDF/A claim breaks the identification rule: the check can fail, so its passing means something.
        byte[] certificate = CompletionCertificatePdf.render(SampleCertificates.sealed(), Language.KK);
        List<TestAssertion> failures = failures(certificate);
        assertFalse(failures.isEmpty());
        assertTrue(failures.stream().anyMatch(failure -> "6.6.4".equals(failure.getRuleId().getClause())),
                () -> describe(failures));
    }

    private static void assertConforms(byte[] pdf) throws Exception {
        List<TestAssertion> failures = failures(pdf);
        assertTrue(failures.isEmpty(), () -> describe(failures));
    }

    private static List<TestAssertion> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<TestAssertion> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED).toList();
            assertEquals(failed.isEmpty(), result.isCompliant(), "compliant exactly when no rule failed");
            return failed;
        }
    }

    private static String describe(List<TestAssertion> failures) {
        return failures.stream()
                .map(failure -> failure.getRuleId().getClause() + "-" + failure.getRuleId().getTestNumber() + ": "
                        + failure.getMessage() + " @ " + failure.getLocation().getContext())
                .distinct().limit(40).collect(Collectors.joining("\n"));
    }
}
