package org.pactum.verification.entity;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What the verifier trusts beyond the file: the anchors a chain must end in, revocation lists configured outside
 * the document (added to those it carries), and whether it may ask a certificate's OCSP responder online when nothing
 * else covers that certificate ({@code pactum.verification.ocsp.online}).
 */
public record TrustMaterial(List<X509Certificate> anchors, List<X509CRL> crls, boolean ocspOnline) {

    public TrustMaterial {
        anchors = List.copyOf(anchors);
        crls = List.copyOf(crls);
    }

    /** Offline: anchors and configured revocation lists only. */
    public TrustMaterial(List<X509Certificate> anchors, List<X509CRL> crls) {
        this(anchors, crls, false);
    }

    /** Anchors without configured revocation lists. */
    public static TrustMaterial anchors(List<X509Certificate> anchors) {
        return new TrustMaterial(anchors, List.of());
    }
}
