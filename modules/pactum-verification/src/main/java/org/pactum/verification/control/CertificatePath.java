package org.pactum.verification.control;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A certificate's path up to a trust anchor, built from the certificates at hand (the CMS's, the security store's,
 * the anchors) by name and verified signature. {@code certificates} start with the end entity; the path is
 * {@code trusted} when it ends in a configured anchor.
 */
record CertificatePath(List<X509Certificate> certificates, boolean trusted) {

    private static final int LONGEST = 10;

    CertificatePath {
        certificates = List.copyOf(certificates);
    }

    static CertificatePath build(X509Certificate endEntity, Collection<X509Certificate> pool,
                                 List<X509Certificate> anchors) {
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = endEntity;
        path.add(current);
        while (!anchors.contains(current) && path.size() < LONGEST) {
            X509Certificate child = current;
            Optional<X509Certificate> issuer = issuer(child, anchors).or(() -> issuer(child, pool));
            if (issuer.isEmpty() || path.contains(issuer.get())) {
                break;
            }
            current = issuer.get();
            path.add(current);
        }
        return new CertificatePath(path, anchors.contains(current));
    }

    /** The certificate that issued {@code certificate} in this path, if the path goes that far. */
    Optional<X509Certificate> issuerOf(X509Certificate certificate) {
        int at = certificates.indexOf(certificate);
        return at >= 0 && at + 1 < certificates.size() ? Optional.of(certificates.get(at + 1)) : Optional.empty();
    }

    static boolean issued(X509Certificate issuer, X509Certificate certificate) {
        if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<X509Certificate> issuer(X509Certificate certificate, Collection<X509Certificate> candidates) {
        return candidates.stream().filter(candidate -> !candidate.equals(certificate))
                .filter(candidate -> issued(candidate, certificate)).findFirst();
    }
}
