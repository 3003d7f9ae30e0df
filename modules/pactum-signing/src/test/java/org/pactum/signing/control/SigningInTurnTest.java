package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.domain.signature.SignatureMismatchException;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;

/**
 * The whole path of issue 10's "done when": the two-party Russian–Kazakh agreement signed by one official with a
 * server-held PKCS#12 key, by the other with a key on a PKCS#11 token, and then through the external path with a CMS
 * made outside Pactum; poppler's pdfsig and EU DSS (an independent validator, with the test root trusted and the
 * root's CRL as revocation data) must accept every signature.
 */
class SigningInTurnTest {

    private static final String BASELINE_B = "PAdES-BASELINE-B";

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Omsk Governor", 2048);
    private static final TestPki.Signer EXTERNAL = PKI.ecSigner("Pavlodar Deputy Akim", "secp256r1");
    private static TestPki.Signer pavlodar;
    private static SoftHsmToken token;
    private static byte[] agreement;

    @TempDir
    Path folder;

    @BeforeAll
    static void prepare() throws Exception {
        token = SoftHsmToken.shared();
        pavlodar = token.ecSigner(PKI, "pavlodar-akim", "Pavlodar Akim", "secp256r1");
        agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
    }

    @Test
    void a_pkcs12_key_a_token_key_and_an_external_cms_sign_in_turn_and_pdfsig_and_dss_accept_each() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] first = PadesSigning.sign(agreement, "omsk-1", now,
                KeyStoreKeySource.openPkcs12(OMSK.pkcs12(), TestPki.PIN));
        byte[] second = PadesSigning.sign(first, "pavlodar-1", now.plusSeconds(1), token.open("pavlodar-akim"));
        PendingSignature pending = PadesSigning.prepare(second, "pavlodar-2", now.plusSeconds(2), EXTERNAL.chain());
        DataToSign data = pending.dataToSign();
        byte[] cms = ExternalCmsTool.sign(data.documentDigest(), data.algorithm().jcaName(), EXTERNAL.key(),
                EXTERNAL.chain());

        byte[] third = PadesSigning.completeWithCms(pending, cms);

        assertArrayEquals(second, Arrays.copyOf(third, second.length));
        SignedPdfChecks.verifyEveryCms(third, List.of(OMSK, pavlodar, EXTERNAL));
        String pdfsig = SignedPdfChecks.assertPdfsigFindsValid(third, 3, folder);
        List<DssCheck.Signature> dss = DssCheck.assertEveryPassed(third, List.of(PKI.root()), List.of(PKI.crl()),
                BASELINE_B);
        assertEquals(List.of("Omsk Governor", "Pavlodar Akim", "Pavlodar Deputy Akim"),
                dss.stream().map(DssCheck.Signature::signedBy).toList());
        System.out.println("pdfsig, PKCS#12 then SoftHSM2 then external CMS:\n" + pdfsig);
        System.out.println("EU DSS, same PDF:\n" + String.join("\n", dss.stream().map(Object::toString).toList()));
    }

    @Test
    void an_external_cms_over_another_digest_is_refused_and_leaves_the_signed_pdf_as_it_was() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = PadesSigning.sign(agreement, "omsk-1", now,
                KeyStoreKeySource.openPkcs12(OMSK.pkcs12(), TestPki.PIN));
        byte[] before = signed.clone();
        PendingSignature pending = PadesSigning.prepare(signed, "pavlodar-2", now.plusSeconds(1), EXTERNAL.chain());
        DataToSign data = pending.dataToSign();
        byte[] otherDigest = MessageDigest.getInstance(data.algorithm().digestName()).digest(agreement);
        byte[] cms = ExternalCmsTool.sign(otherDigest, data.algorithm().jcaName(), EXTERNAL.key(), EXTERNAL.chain());

        assertThrows(SignatureMismatchException.class, () -> PadesSigning.completeWithCms(pending, cms));

        assertArrayEquals(before, signed);
        SignedPdfChecks.assertPdfsigFindsValid(signed, 1, folder);
        DssCheck.assertEveryPassed(signed, List.of(PKI.root()), List.of(PKI.crl()), BASELINE_B);
        byte[] right = ExternalCmsTool.sign(data.documentDigest(), data.algorithm().jcaName(), EXTERNAL.key(),
                EXTERNAL.chain());
        SignedPdfChecks.assertPdfsigFindsValid(PadesSigning.completeWithCms(pending, right), 2, folder);
    }
}
