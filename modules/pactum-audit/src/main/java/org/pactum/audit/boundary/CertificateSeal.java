package org.pactum.audit.boundary;

/**
 * What seals a rendered certificate of completion before it is recorded and handed out: in the application, the
 * platform's seal of the signing capability, which this module does not depend on. The audit trail records the hash
 * of the sealed file, the one that leaves.
 */
@FunctionalInterface
public interface CertificateSeal {

    /** {@code pdf} with the seal added; every earlier byte unchanged. */
    byte[] seal(byte[] pdf);
}
