package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

/** The DSS cross-check itself: its verdicts are DSS's, and an empty report is a failure, never a pass. */
class DssCheckTest {

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Omsk Governor", 2048);
    private static byte[] signed;

    @BeforeAll
    static void sign() {
        byte[] agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
        signed = PadesSigning.sign(agreement, "omsk-1", Instant.now(), OMSK.keySource());
    }

    @Test
    void without_revocation_data_dss_cannot_conclude_and_says_so() {
        List<DssCheck.Signature> signatures = DssCheck.validate(signed, List.of(PKI.root()), List.of());

        assertEquals(1, signatures.size());
        assertEquals("INDETERMINATE", signatures.getFirst().indication(), signatures.toString());
        assertTrue(signatures.getFirst().errors().contains("revocation"), signatures.toString());
        AssertionError refused = assertThrows(AssertionError.class, () -> DssCheck.assertEveryPassed(signed,
                List.of(PKI.root()), List.of(), "PAdES-BASELINE-B"));
        assertTrue(refused.getMessage().contains("INDETERMINATE"), refused.getMessage());
    }

    @Test
    void an_unsigned_pdf_does_not_pass() {
        byte[] unsigned = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();

        assertEquals(List.of(), DssCheck.validate(unsigned, List.of(PKI.root()), List.of(PKI.crl())));
        assertThrows(AssertionError.class, () -> DssCheck.assertEveryPassed(unsigned, List.of(PKI.root()),
                List.of(PKI.crl()), "PAdES-BASELINE-B"));
    }

    @Test
    void dss_next_to_pactums_bouncycastle_finds_no_signature_and_the_check_fails_rather_than_pass() {
        List<Path> bouncyCastle = List.of(jarOf(BouncyCastleProvider.class), jarOf(CMSSignedData.class),
                jarOf(ContentInfo.class));

        AssertionError empty = assertThrows(AssertionError.class, () -> DssCheck.validateWithBouncyCastle(
                bouncyCastle, signed, List.of(PKI.root()), List.of(PKI.crl())));

        assertTrue(empty.getMessage().startsWith("DSS found 0 signature(s) where the PDF has 1"), empty.getMessage());
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
