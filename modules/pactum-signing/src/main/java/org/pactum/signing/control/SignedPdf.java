package org.pactum.signing.control;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A PDF after a signing step, the level it reached and, when that step added a timestamp, the time the authority
 * vouched for (a signature timestamp for B-T, the document timestamp for B-LTA).
 */
public record SignedPdf(byte[] pdf, PadesLevel level, Optional<Instant> timestampTime) {

    public SignedPdf {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedPdf that && Arrays.equals(pdf, that.pdf) && level == that.level
                && timestampTime.equals(that.timestampTime);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pdf) + level.hashCode();
    }

    @Override
    public String toString() {
        return "SignedPdf[" + pdf.length + " bytes, " + level.label() + timestampTime.map(t -> ", " + t).orElse("") + "]";
    }
}
