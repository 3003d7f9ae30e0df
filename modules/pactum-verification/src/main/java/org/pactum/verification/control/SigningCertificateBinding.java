package org.pactum.verification.control;

import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * Whether the signed attributes bind the signer's certificate (RFC 5035 signing-certificate-v2, or the SHA-1
 * signing-certificate of RFC 2634): without that binding a certificate could be swapped for another with the same key.
 */
final class SigningCertificateBinding {

    private SigningCertificateBinding() {
    }

    /** Why {@code certificate} is not bound by {@code signed}, or empty when it is. */
    static Optional<String> problem(AttributeTable signed, X509Certificate certificate) {
        try {
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            if (v2 != null) {
                ESSCertIDv2[] ids = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts();
                Optional<String> name = RangeDigest.jdkName(ids[0].getHashAlgorithm().getAlgorithm().getId());
                if (name.isEmpty()) {
                    return Optional.of("The signing-certificate-v2 attribute uses a digest that is not accepted");
                }
                return matches(ids[0].getCertHash(), certificate, name.get());
            }
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v1 != null) {
                ESSCertID[] ids = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts();
                return matches(ids[0].getCertHash(), certificate, "SHA-1");
            }
            return Optional.of("The signed attributes do not name the signing certificate (no signing-certificate-v2)");
        } catch (RuntimeException e) {
            return Optional.of("The signing-certificate attribute cannot be read: " + e.getMessage());
        }
    }

    private static Optional<String> matches(byte[] hash, X509Certificate certificate, String jdkName) {
        try {
            return MessageDigest.isEqual(hash, RangeDigest.of(certificate.getEncoded(), jdkName))
                    ? Optional.empty()
                    : Optional.of("The signing-certificate attribute names another certificate than the signer's");
        } catch (CertificateEncodingException e) {
            return Optional.of("The signer's certificate cannot be encoded: " + e.getMessage());
        }
    }
}
