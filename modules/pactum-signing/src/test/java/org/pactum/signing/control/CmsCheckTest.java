package org.pactum.signing.control;

import org.pactum.domain.signature.SignatureMismatchException;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

class CmsCheckTest {

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer SIGNER = PKI.rsaSigner("RSA Signer", 2048);

    @Test
    void a_cms_over_the_document_digest_by_the_expected_certificate_passes() throws Exception {
        byte[] digest = sha256("document");

        assertDoesNotThrow(() -> CmsCheck.check(cms(SIGNER, digest), digest, SIGNER.certificate()));
    }

    @Test
    void a_cms_over_another_digest_is_refused() throws Exception {
        byte[] cms = cms(SIGNER, sha256("another document"));

        assertThrows(SignatureMismatchException.class, () -> CmsCheck.check(cms, sha256("document"), SIGNER.certificate()));
    }

    @Test
    void a_cms_by_another_signer_is_refused() throws Exception {
        TestPki.Signer other = PKI.rsaSigner("Other Signer", 2048);
        byte[] digest = sha256("document");

        assertThrows(SignatureMismatchException.class, () -> CmsCheck.check(cms(other, digest), digest, SIGNER.certificate()));
    }

    @Test
    void bytes_that_are_no_cms_are_refused() throws Exception {
        assertThrows(SignatureMismatchException.class,
                () -> CmsCheck.check(new byte[] {1, 2, 3}, sha256("document"), SIGNER.certificate()));
    }

    private static byte[] cms(TestPki.Signer signer, byte[] digest) {
        DataToSign data = CmsSignatureBuilder.dataToSign(signer.chain(), digest);
        return CmsSignatureBuilder.assemble(data, signer.keySource().sign(data.signedAttributes(), data.algorithm()));
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
