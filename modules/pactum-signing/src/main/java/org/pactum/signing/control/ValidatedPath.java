package org.pactum.signing.control;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer's certificate path as checked: the signer first, its trust anchor last.
 *
 * @param issuersWithoutCrl the issuers (RFC 4514 names) for whose certificates no current CRL was at hand, so their
 *                          revocation could not be checked; empty when every certificate of the path was checked
 */
public record ValidatedPath(List<X509Certificate> certificates, List<String> issuersWithoutCrl) {

    public ValidatedPath {
        certificates = List.copyOf(certificates);
        issuersWithoutCrl = List.copyOf(issuersWithoutCrl);
    }

    public X509Certificate signer() {
        return certificates.getFirst();
    }

    public X509Certificate anchor() {
        return certificates.getLast();
    }

    /** Whether every certificate below the anchor was checked against a CRL of its issuer. */
    public boolean revocationChecked() {
        return issuersWithoutCrl.isEmpty();
    }
}
