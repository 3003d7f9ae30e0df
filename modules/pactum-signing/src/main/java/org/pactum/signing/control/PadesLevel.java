package org.pactum.signing.control;

/** The PAdES baseline level a signed PDF reaches (ETSI EN 319 142-1): each adds to the one before. */
public enum PadesLevel {

    /** The signature alone: its certificate, no proof of time. */
    B_B("PAdES-BASELINE-B"),
    /** With a timestamp proving the signature existed at that time. */
    B_T("PAdES-BASELINE-T"),
    /** With the certificates and revocation answers needed to check it later, in the document security store. */
    B_LT("PAdES-BASELINE-LT"),
    /** With a document timestamp over all of that, which can be renewed before its algorithms weaken. */
    B_LTA("PAdES-BASELINE-LTA");

    private final String label;

    PadesLevel(String label) {
        this.label = label;
    }

    /** The level as ETSI and validators (EU DSS) name it, e.g. {@code PAdES-BASELINE-T}. */
    public String label() {
        return label;
    }
}
