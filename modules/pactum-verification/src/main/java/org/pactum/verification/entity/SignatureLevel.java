package org.pactum.verification.entity;

/** The PAdES baseline level a signature reaches (ETSI EN 319 142-1), or none. */
public enum SignatureLevel {
    /** Not a PAdES baseline signature (another sub-filter, or no signing-certificate attribute). */
    NOT_ADES("NOT_ADES"),
    PADES_BASELINE_B("PAdES-BASELINE-B"),
    /** B with a valid signature time-stamp. */
    PADES_BASELINE_T("PAdES-BASELINE-T"),
    /** T with revocation data for the whole chain in the document security store. */
    PADES_BASELINE_LT("PAdES-BASELINE-LT"),
    /** LT with a valid document time-stamp after the signature. */
    PADES_BASELINE_LTA("PAdES-BASELINE-LTA");

    private final String label;

    SignatureLevel(String label) {
        this.label = label;
    }

    /** The name EU DSS prints, e.g. {@code PAdES-BASELINE-LTA}. */
    public String label() {
        return label;
    }
}
