package org.pactum.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;

/**
 * Whether long-term material proves the status of every certificate it holds. A validator (EU DSS) counts a signature
 * as B-LT only when each certificate of its chain and of its timestamp's authority below the trust anchor has
 * revocation data; with one missing (say, an authority under a root without a CRL) it reports B-T, so Pactum must not
 * claim more.
 */
final class RevocationCoverage {

    private RevocationCoverage() {
    }

    /**
     * The certificates of {@code material}, self-signed roots aside, with no CRL of their issuer issued since their
     * own issuance nor an OCSP answer.
     */
    static List<X509Certificate> uncovered(LongTermMaterial material) {
        Set<BigInteger> answered = ocspSerials(material.ocspResponses());
        return material.certificates().stream()
                .filter(certificate -> !selfIssued(certificate))
                .filter(certificate -> !answered.contains(certificate.getSerialNumber()))
                .filter(certificate -> material.crls().stream()
                        .noneMatch(crl -> issuedBy(crl, certificate, material.certificates())))
                .toList();
    }

    private static boolean selfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    /**
     * A CRL of the certificate's issuer, signed by the key that signed the certificate when the material holds the
     * issuer's certificate (two CAs may share a name), and issued after the certificate: an older CRL says nothing of
     * it, and EU DSS refuses it ("issued before the certificate's issuance time").
     */
    private static boolean issuedBy(X509CRL crl, X509Certificate certificate, List<X509Certificate> certificates) {
        if (!crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
                || crl.getThisUpdate().before(certificate.getNotBefore())) {
            return false;
        }
        Optional<X509Certificate> issuer = certificates.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(candidate -> signedBy(certificate, candidate))
                .findFirst();
        if (issuer.isEmpty()) {
            return true;
        }
        try {
            crl.verify(issuer.get().getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Set<BigInteger> ocspSerials(List<byte[]> responses) {
        Set<BigInteger> serials = new HashSet<>();
        for (byte[] response : responses) {
            try {
                if (new OCSPResp(response).getResponseObject() instanceof BasicOCSPResp basic) {
                    for (SingleResp single : basic.getResponses()) {
                        serials.add(single.getCertID().getSerialNumber());
                    }
                }
            } catch (IOException | OCSPException e) {
                // An unreadable response proves nothing.
            }
        }
        return serials;
    }
}
