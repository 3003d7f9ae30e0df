package org.pactum.verification.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a signature's byte range is well formed: four whole numbers, starting at 0, the gap between the two ranges
 * exactly the {@code /Contents} hex string {@code <…>} (so nothing unsigned hides in it), the signed revision ending
 * within the file at an end-of-file marker.
 */
final class ByteRangeCheck {

    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private ByteRangeCheck() {
    }

    /** Why the range is not well formed, or empty when it is. */
    static Optional<String> problem(byte[] pdf, long[] range, byte[] contents) {
        if (range == null || contents == null) {
            return Optional.of("The signature dictionary lacks its " + (range == null ? "/ByteRange" : "/Contents"));
        }
        if (range.length != 4 || Arrays.stream(range).anyMatch(value -> value < 0)) {
            return Optional.of("The byte range " + Arrays.toString(range) + " is not four non-negative whole numbers");
        }
        if (range[0] != 0) {
            return Optional.of("The byte range starts at " + range[0] + ", not at the start of the file");
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        long end = range[2] + range[3];
        if (gapEnd <= gapStart + 1 || end > pdf.length) {
            return Optional.of("The byte range " + Arrays.toString(range) + " does not fit a file of "
                    + pdf.length + " bytes");
        }
        if (pdf[(int) gapStart] != '<' || pdf[(int) gapEnd - 1] != '>') {
            return Optional.of("The gap in the byte range is not exactly the /Contents hex string");
        }
        if (!spells(pdf, (int) gapStart + 1, (int) gapEnd - 1, contents)) {
            return Optional.of("The gap in the byte range is not exactly the /Contents hex string");
        }
        if (!endsAtEofMarker(pdf, (int) end)) {
            return Optional.of("The signed revision does not end at an end-of-file marker");
        }
        return Optional.empty();
    }

    /** Whether {@code pdf[from, to)} is exactly {@code contents} in hexadecimal digits, read where they lie. */
    private static boolean spells(byte[] pdf, int from, int to, byte[] contents) {
        if (to - from != 2 * contents.length) {
            return false;
        }
        for (int i = 0; i < contents.length; i++) {
            int high = HexDigits.of(pdf[from + 2 * i]);
            int low = HexDigits.of(pdf[from + 2 * i + 1]);
            if (high < 0 || low < 0 || (byte) (high << 4 | low) != contents[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsAtEofMarker(byte[] pdf, int end) {
        int last = end;
        while (last > 0 && (pdf[last - 1] == '\n' || pdf[last - 1] == '\r' || pdf[last - 1] == ' ')) {
            last--;
        }
        return last >= EOF_MARKER.length
                && Arrays.equals(pdf, last - EOF_MARKER.length, last, EOF_MARKER, 0, EOF_MARKER.length);
    }
}
