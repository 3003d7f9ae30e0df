package org.pactum.verification.control;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.pactum.verification.entity.SubIndication;

/**
 * Revocation of every certificate of a trusted path below its anchor, from CRLs its issuer signed (the document
 * security store's and the configured ones, not one issued before the certificate). No CRL at all is
 * {@code TRY_LATER}, never a silent pass. A revocation
 * fails the signature when a time-stamp, or the signer's own claimed time, puts the signature at or after it; a
 * revocation after a time-stamp is harmless; otherwise nothing proves the signature came first ({@code *_NO_POE}).
 */
final class RevocationCheck {

    private RevocationCheck() {
    }

    /** What revocation makes of the signature, or empty when nothing in the path is revoked and all is covered. */
    static Optional<Finding> check(CertificatePath path, Collection<X509CRL> crls, Instant stamped, Instant claimed) {
        List<X509Certificate> certificates = path.certificates();
        for (int i = 0; i + 1 < certificates.size(); i++) {
            X509Certificate certificate = certificates.get(i);
            X509Certificate issuer = certificates.get(i + 1);
            List<X509CRL> issued = issuedBy(issuer, certificate, crls);
            String subject = certificate.getSubjectX500Principal().getName();
            if (issued.isEmpty()) {
                return Optional.of(Finding.indeterminate(SubIndication.TRY_LATER, "No revocation data for " + subject
                        + ": neither the document security store nor the configured lists hold a CRL of its issuer"));
            }
            Optional<Instant> revoked = issued.stream().map(crl -> crl.getRevokedCertificate(certificate))
                    .filter(entry -> entry != null).map(X509CRLEntry::getRevocationDate).map(java.util.Date::toInstant)
                    .min(Instant::compareTo);
            if (revoked.isPresent()) {
                Optional<Finding> finding = revoked(subject, revoked.get(), i == 0, stamped, claimed);
                if (finding.isPresent()) {
                    return finding;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code crls} hold, for every certificate of the path below its anchor, a CRL from its issuer. */
    static boolean covers(CertificatePath path, Collection<X509CRL> crls) {
        List<X509Certificate> certificates = path.certificates();
        for (int i = 0; i + 1 < certificates.size(); i++) {
            if (issuedBy(certificates.get(i + 1), certificates.get(i), crls).isEmpty()) {
                return false;
            }
        }
        return path.trusted();
    }

    private static Optional<Finding> revoked(String subject, Instant at, boolean signer, Instant stamped,
                                             Instant claimed) {
        String what = (signer ? "The signer's certificate " : "The CA certificate ") + subject + " was revoked at " + at;
        if (stamped != null) {
            return stamped.isBefore(at) ? Optional.empty()
                    : Optional.of(Finding.failed(SubIndication.REVOKED, what + ", before the time-stamp at " + stamped));
        }
        if (claimed != null && !claimed.isBefore(at)) {
            return Optional.of(Finding.failed(SubIndication.REVOKED, what + ", before the claimed signing time "
                    + claimed));
        }
        return Optional.of(Finding.indeterminate(signer ? SubIndication.REVOKED_NO_POE : SubIndication.REVOKED_CA_NO_POE,
                what + "; nothing proves the signature existed before"));
    }

    /**
     * The CRLs {@code issuer} signed that can speak of {@code certificate}: as EU DSS, not one issued before the
     * certificate itself.
     */
    private static List<X509CRL> issuedBy(X509Certificate issuer, X509Certificate certificate,
                                          Collection<X509CRL> crls) {
        return crls.stream().filter(crl -> crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()))
                .filter(crl -> !crl.getThisUpdate().before(certificate.getNotBefore()))
                .filter(crl -> verifies(crl, issuer)).toList();
    }

    private static boolean verifies(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
