package org.pactum.signing.control;

import org.pactum.domain.signature.SignatureMismatchException;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Whether a CMS handed in from outside (the external signing path) really signs a given document digest with a given
 * certificate: its one SignerInfo verifies with that certificate's key and its messageDigest is that digest.
 */
public final class CmsCheck {

    private CmsCheck() {
    }

    /** Returns quietly if {@code cms} signs {@code documentDigest} with {@code certificate}; refuses it otherwise. */
    public static void check(byte[] cms, byte[] documentDigest, X509Certificate certificate) {
        SigningAlgorithm algorithm = SigningAlgorithm.forKey(certificate.getPublicKey());
        try {
            Map<ASN1ObjectIdentifier, byte[]> digests = Map.of(algorithm.digestOid(), documentDigest.clone());
            CMSSignedData signed = new CMSSignedData(digests, cms);
            if (signed.getSignerInfos().size() != 1) {
                throw new SignatureMismatchException("The CMS must hold exactly one signer, not "
                        + signed.getSignerInfos().size());
            }
            SignerInformation signer = signed.getSignerInfos().iterator().next();
            if (!algorithm.digestOid().equals(signer.getDigestAlgorithmID().getAlgorithm())) {
                throw new SignatureMismatchException("The CMS digests with " + signer.getDigestAlgOID()
                        + " where " + algorithm.digestName() + " was asked for");
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                throw new SignatureMismatchException("The CMS signature does not verify with the signer's certificate");
            }
        } catch (CMSException e) {
            throw new SignatureMismatchException("The CMS does not sign this document with this certificate: "
                    + e.getMessage());
        } catch (OperatorCreationException | IllegalArgumentException e) {
            throw new SignatureMismatchException("The CMS cannot be read: " + e.getMessage());
        }
    }
}
