package org.pactum.signing.control;

import org.pactum.domain.signature.UnusableKeyException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CmsSignatureBuilderTest {

    private static final TestPki PKI = new TestPki();
    private static final byte[] CONTENT = "the byte ranges of an agreement".getBytes(StandardCharsets.UTF_8);

    static Stream<Arguments> signers() {
        return Stream.of(
                Arguments.of(PKI.rsaSigner("RSA Signer", 2048), SigningAlgorithm.RSA_SHA256),
                Arguments.of(PKI.ecSigner("P-256 Signer", "secp256r1"), SigningAlgorithm.ECDSA_SHA256),
                Arguments.of(PKI.ecSigner("P-384 Signer", "secp384r1"), SigningAlgorithm.ECDSA_SHA384));
    }

    @ParameterizedTest
    @MethodSource("signers")
    void the_algorithm_follows_the_key_and_the_cms_verifies_over_the_content(TestPki.Signer signer,
                                                                             SigningAlgorithm expected) throws Exception {
        byte[] digest = MessageDigest.getInstance(expected.digestName()).digest(CONTENT);

        DataToSign data = CmsSignatureBuilder.dataToSign(signer.chain(), digest);
        byte[] cms = CmsSignatureBuilder.assemble(data, signer.keySource().sign(data.signedAttributes(), data.algorithm()));

        assertEquals(expected, data.algorithm());
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(CONTENT), cms);
        SignerInformation info = signed.getSignerInfos().iterator().next();
        assertTrue(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.certificate())));
        assertEquals(2, signed.getCertificates().getMatches(null).size());
        assertNull(new CMSSignedData(cms).getSignedContent(), "detached: the CMS carries no content");
    }

    @Test
    void the_signed_attributes_are_those_of_pades_baseline_b_without_a_signing_time() throws Exception {
        TestPki.Signer signer = PKI.rsaSigner("RSA Signer", 2048);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(CONTENT);

        DataToSign data = CmsSignatureBuilder.dataToSign(signer.chain(), digest);

        AttributeTable attributes = new AttributeTable(ASN1Set.getInstance(data.signedAttributes()));
        assertEquals(3, attributes.size());
        assertEquals(CMSObjectIdentifiers.data, attributes.get(CMSAttributes.contentType).getAttrValues().getObjectAt(0));
        assertArrayEquals(digest, ASN1OctetString.getInstance(
                attributes.get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0)).getOctets());
        assertNull(attributes.get(CMSAttributes.signingTime));
        SigningCertificateV2 signingCertificate = SigningCertificateV2.getInstance(
                attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signer.certificate().getEncoded()),
                signingCertificate.getCerts()[0].getCertHash());
        assertNotNull(signingCertificate.getCerts()[0].getIssuerSerial());
    }

    @Test
    void a_cms_over_one_content_does_not_verify_over_another() throws Exception {
        TestPki.Signer signer = PKI.ecSigner("P-256 Signer", "secp256r1");
        DataToSign data = CmsSignatureBuilder.dataToSign(signer.chain(),
                MessageDigest.getInstance("SHA-256").digest(CONTENT));
        byte[] cms = CmsSignatureBuilder.assemble(data, signer.keySource().sign(data.signedAttributes(), data.algorithm()));

        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(new byte[0]), cms);
        SignerInformation info = signed.getSignerInfos().iterator().next();

        assertFalse(verifies(info, signer));
    }

    @Test
    void a_digest_of_the_wrong_length_for_the_key_is_refused() {
        TestPki.Signer signer = PKI.ecSigner("P-384 Signer", "secp384r1");

        assertThrows(IllegalArgumentException.class, () -> CmsSignatureBuilder.dataToSign(signer.chain(), new byte[32]));
    }

    @Test
    void an_rsa_key_shorter_than_2048_bits_cannot_sign() {
        TestPki.Signer signer = PKI.rsaSigner("Short RSA Signer", 1024);

        UnusableKeyException refused = assertThrows(UnusableKeyException.class,
                () -> CmsSignatureBuilder.dataToSign(signer.chain(), new byte[32]));
        assertTrue(refused.getMessage().contains("1024"), refused.getMessage());
    }

    private static boolean verifies(SignerInformation info, TestPki.Signer signer) {
        try {
            return info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.certificate()));
        } catch (Exception e) {
            return false;
        }
    }
}
