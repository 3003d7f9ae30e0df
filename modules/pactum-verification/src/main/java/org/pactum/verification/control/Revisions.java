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

    private static int indexOf(byte[] pdf, int from) {
        outer:
        for (int at = from; at <= pdf.length - MARKER.length; at++) {
            for (int i = 0; i < MARKER.length; i++) {
                if (pdf[at + i] != MARKER[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }
}
