package org.pactum.web.verification.page;

/**
 * The colour a verdict is shown in: green for passed, red for failed, amber for what cannot be decided (and for a file
 * without signatures, which proves nothing either way). The style classes are named after the tone.
 */
public enum Verdict {
    PASSED, FAILED, UNDECIDED;

    public static Verdict of(String indication) {
        if ("TOTAL_PASSED".equals(indication)) {
            return PASSED;
        }
        return "TOTAL_FAILED".equals(indication) ? FAILED : UNDECIDED;
    }

    /** The style class, {@code passed}, {@code failed} or {@code undecided}. */
    public String tone() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
