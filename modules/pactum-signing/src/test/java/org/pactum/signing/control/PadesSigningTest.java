package org.pactum.signing.control;

import org.pactum.domain.signature.SignatureMismatchException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

class PadesSigningTest {

    private static final Instant FIRST_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SECOND_AT = Instant.parse("2026-12-02T11:30:00Z");

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Omsk Head", 2048);
    private static final TestPki.Signer PAVLODAR = PKI.ecSigner("Pavlodar Akim", "secp256r1");

    private static byte[] agreement;

    @TempDir
    Path folder;

    @BeforeAll
    static void render() {
        agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
    }

    @Test
    void one_signature_with_a_pkcs12_key_is_valid_and_appended_to_the_agreement() throws Exception {
        byte[] signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource());

        assertArrayEquals(agreement, Arrays.copyOf(signed, agreement.length));
        verifyEveryCms(signed, List.of(OMSK));
        assertPdfsigFindsValid(signed, 1);
    }

    @Test
    void a_second_signature_extends_the_first_signed_revision_and_both_stay_valid() throws Exception {
        byte[] first = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource());

        byte[] second = PadesSigning.sign(first, "pavlodar-1", SECOND_AT, PAVLODAR.keySource());

        assertArrayEquals(first, Arrays.copyOf(second, first.length));
        verifyEveryCms(second, List.of(OMSK, PAVLODAR));
        assertPdfsigFindsValid(second, 2);
    }

    @Test
    void a_p384_key_signs_with_sha384() throws Exception {
        TestPki.Signer signer = PKI.ecSigner("Kazakh Deputy", "secp384r1");

        byte[] signed = PadesSigning.sign(agreement, "pavlodar-2", SECOND_AT, signer.keySource());

        verifyEveryCms(signed, List.of(signer));
        assertTrue(assertPdfsigFindsValid(signed, 1).contains("Signing Hash Algorithm: SHA-384"));
    }

    @Test
    void a_cms_made_outside_from_the_data_to_sign_is_embedded_after_its_check() throws Exception {
        PendingSignature pending = PadesSigning.prepare(agreement, "pavlodar-1", SECOND_AT, PAVLODAR.chain());
        DataToSign data = pending.dataToSign();
        byte[] cms = CmsSignatureBuilder.assemble(data, PAVLODAR.keySource().sign(data.signedAttributes(), data.algorithm()));

        byte[] signed = PadesSigning.completeWithCms(pending, cms);

        verifyEveryCms(signed, List.of(PAVLODAR));
        assertPdfsigFindsValid(signed, 1);
    }

    @Test
    void a_cms_made_for_another_preparation_is_refused() {
        PendingSignature pending = PadesSigning.prepare(agreement, "omsk-1", FIRST_AT, OMSK.chain());
        PendingSignature other = PadesSigning.prepare(agreement, "omsk-1", SECOND_AT, OMSK.chain());
        DataToSign data = other.dataToSign();
        byte[] cms = CmsSignatureBuilder.assemble(data, OMSK.keySource().sign(data.signedAttributes(), data.algorithm()));

        assertThrows(SignatureMismatchException.class, () -> PadesSigning.completeWithCms(pending, cms));
    }

    private String assertPdfsigFindsValid(byte[] pdf, int signatures) throws Exception {
        return SignedPdfChecks.assertPdfsigFindsValid(pdf, signatures, folder);
    }

    private static void verifyEveryCms(byte[] pdf, List<TestPki.Signer> signers) throws Exception {
        SignedPdfChecks.verifyEveryCms(pdf, signers);
    }
}
