package org.pactum.verification.control.report;

import java.awt.Color;

/**
 * How a verdict looks on paper: green for passed, red for failed, amber for indeterminate, grey where there was
 * nothing to verify — each as a strong colour for words and bars and a light tint for the box behind them.
 */
enum Verdict {
    PASSED(new Color(0x0B, 0x6B, 0x3A), new Color(0xE8, 0xF5, 0xED)),
    FAILED(new Color(0xB4, 0x23, 0x18), new Color(0xFD, 0xEC, 0xEA)),
    INDETERMINATE(new Color(0xA3, 0x57, 0x00), new Color(0xFD, 0xF3, 0xE1)),
    NOTHING(new Color(0x5B, 0x66, 0x75), new Color(0xEF, 0xF1, 0xF4));

    private final Color strong;
    private final Color tint;

    Verdict(Color strong, Color tint) {
        this.strong = strong;
        this.tint = tint;
    }

    Color strong() {
        return strong;
    }

    Color tint() {
        return tint;
    }

    /** @param indication as a report states it; one this version does not know is shown as undecided, never as passed */
    static Verdict of(String indication) {
        if (indication == null) {
            return NOTHING;
        }
        return switch (indication) {
            case "TOTAL_PASSED" -> PASSED;
            case "TOTAL_FAILED" -> FAILED;
            case "NO_SIGNATURE_FOUND" -> NOTHING;
            default -> INDETERMINATE;
        };
    }
}
