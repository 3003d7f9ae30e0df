package org.pactum.verification.control;

import java.util.ArrayList;
import java.util.List;

/** Where each revision of a PDF ends: every incremental update closes with its own {@code %%EOF} marker. */
public final class Revisions {

    private static final byte[] MARKER = {'%', '%', 'E', 'O', 'F'};

    private Revisions() {
    }

    /** The offset just past each {@code %%EOF} and the end-of-line after it, in file order. */
    public static List<Long> ends(byte[] pdf) {
        List<Long> ends = new ArrayList<>();
        for (int at = indexOf(pdf, 0); at >= 0; at = indexOf(pdf, at + MARKER.length)) {
            int end = at + MARKER.length;
            if (end < pdf.length && pdf[end] == '\r') {
                end++;
            }
            if (end < pdf.length && pdf[end] == '\n') {
                end++;
            }
            ends.add((long) end);
        }
        return List.copyOf(ends);
    }

    /**
     * The next marker at or after {@code from}. Compares the marker's last byte first and skips by how far the byte
     * found lies from the marker's end (Horspool), so a 10 MB file costs about a fifth of its length in comparisons.
     */
    private static int indexOf(byte[] pdf, int from) {
        int last = MARKER.length - 1;
        for (int at = from; at <= pdf.length - MARKER.length; ) {
            byte end = pdf[at + last];
            if (end == MARKER[last] && matchesAt(pdf, at)) {
                return at;
            }
            at += skip(end);
        }
        return -1;
    }

    private static boolean matchesAt(byte[] pdf, int at) {
        for (int i = 0; i < MARKER.length; i++) {
            if (pdf[at + i] != MARKER[i]) {
                return false;
            }
        }
        return true;
    }

    /** How far the marker may move when {@code found} lies under its last byte: to the last earlier place of it. */
    private static int skip(byte found) {
        for (int i = MARKER.length - 2; i >= 0; i--) {
            if (MARKER[i] == found) {
                return MARKER.length - 1 - i;
            }
        }
        return MARKER.length;
    }
}
