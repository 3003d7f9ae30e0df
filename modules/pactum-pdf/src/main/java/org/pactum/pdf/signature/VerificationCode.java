package org.pactum.pdf.signature;

import java.util.BitSet;
import java.util.Objects;

/**
 * A square code (a QR code's modules, computed by whoever knows the link) that the stamp draws beside its text, so that
 * a phone opens the document's public verification page; {@code link} is what it encodes, kept for the reader's sake.
 *
 * @param size the modules per side, without the quiet zone
 * @param dark the dark modules, row by row from the top ({@code row * size + column})
 */
public record VerificationCode(String link, int size, BitSet dark) {

    public VerificationCode {
        Objects.requireNonNull(link, "link");
        if (size < 21) {
            throw new IllegalArgumentException("A QR code has at least 21 modules a side, not " + size);
        }
        dark = (BitSet) dark.clone();
    }

    public boolean isDark(int row, int column) {
        return dark.get(row * size + column);
    }

    @Override
    public BitSet dark() {
        return (BitSet) dark.clone();
    }
}
