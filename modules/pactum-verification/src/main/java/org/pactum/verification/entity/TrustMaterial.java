package org.pactum.verification.entity;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the verifier trusts beyond the file: the anchors a chain must end in and revocation lists configured outside
 * the document (added to those its document security store holds).
 */
public record TrustMaterial(List<X509Certificate> anchors, List<X509CRL> crls) {

    public TrustMaterial {
        anchors = List.copyOf(anchors);
        crls = List.copyOf(crls);
    }

    /** Anchors without configured revocation lists. */
    public static TrustMaterial anchors(List<X509Certificate> anchors) {
        return new TrustMaterial(anchors, List.of());
    }
}
