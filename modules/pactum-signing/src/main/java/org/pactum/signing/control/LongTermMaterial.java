package org.pactum.signing.control;

import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

import org.pactum.pdf.signature.ValidationData;

/**
 * What B-LT stores in the PDF so its signatures can be checked after their certificates expire: the chains of every
 * signature and of the timestamp authority up to the trust anchor, their CRLs and OCSP responses (DER).
 */
public record LongTermMaterial(List<X509Certificate> certificates, List<X509CRL> crls, List<byte[]> ocspResponses) {

    public LongTermMaterial {
        certificates = List.copyOf(certificates);
        crls = List.copyOf(crls);
        ocspResponses = ocspResponses.stream().map(byte[]::clone).toList();
    }

    @Override
    public List<byte[]> ocspResponses() {
        return ocspResponses.stream().map(byte[]::clone).toList();
    }

    ValidationData validationData() {
        return new ValidationData(certificates.stream().map(LongTermMaterial::der).toList(),
                crls.stream().map(LongTermMaterial::der).toList(), ocspResponses);
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("The certificate " + certificate.getSubjectX500Principal().getName()
                    + " cannot be encoded", e);
        }
    }

    private static byte[] der(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (CRLException e) {
            throw new IllegalArgumentException("The CRL of " + crl.getIssuerX500Principal().getName()
                    + " cannot be encoded", e);
        }
    }
}
