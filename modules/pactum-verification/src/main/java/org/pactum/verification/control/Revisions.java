package org.pactum.verification.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Where each revision of a PDF ends: every incremental update closes with its own {@code %%EOF} marker. */
public final class Revisions {

    private static final byte[] MARKER = {'%', '%', 'E', 'O', 'F'};
    private static final byte[] START_XREF = "startxref".getBytes(StandardCharsets.US_ASCII);
    private static final int[] MARKER_SKIPS = skips(MARKER);

    private Revisions() {
    }

    /** The offset just past each {@code %%EOF} and the end-of-line after it, in file order. */
    public static List<Long> ends(byte[] pdf) {
        List<Long> ends = new ArrayList<>();
        for (int at = indexOfMarker(pdf, 0); at >= 0; at = indexOfMarker(pdf, at + MARKER.length)) {
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
     * What is appended after byte {@code from} without being a revision a reader must take: bytes after the last
     * {@code %%EOF}, or an update whose {@code startxref} does not point into the update itself. A reader that
     * follows the cross-references ignores such bytes, one that rebuilds a damaged file takes them (an incremental
     * saving attack), so the two would show different documents. {@code ends} are the file's {@link #ends}.
     */
    static List<String> unreadableUpdates(byte[] pdf, List<Long> ends, long from) {
        List<String> problems = new ArrayList<>();
        long start = 0;
        for (long end : ends) {
            if (end > from + 2 && !crossReferencedWithin(pdf, (int) start, (int) end)) {
                problems.add("The update in bytes " + start + "–" + end + " has no cross-reference section of its own");
            }
            start = end;
        }
        long last = ends.isEmpty() ? 0 : ends.getLast();
        if (last >= from && !blank(pdf, (int) last)) {
            problems.add((pdf.length - last) + " bytes after the last %%EOF (from byte " + last
                    + ") belong to no revision");
        }
        return problems;
    }

    /** Whether the last {@code startxref} before {@code end} lies in {@code [start, end)} and points there too. */
    private static boolean crossReferencedWithin(byte[] pdf, int start, int end) {
        // Searched backwards from the end: it stands a few bytes before the update's %%EOF.
        int at = end - START_XREF.length;
        while (at >= start && !matchesAt(pdf, START_XREF, at)) {
            at--;
        }
        if (at < start) {
            return false;
        }
        int digit = at + START_XREF.length;
        while (digit < end && Character.isWhitespace(pdf[digit])) {
            digit++;
        }
        long offset = 0;
        int digits = 0;
        while (digit < end && pdf[digit] >= '0' && pdf[digit] <= '9' && digits < 18) {
            offset = offset * 10 + (pdf[digit++] - '0');
            digits++;
        }
        return digits > 0 && offset >= start && offset < at;
    }

    private static boolean blank(byte[] pdf, int from) {
        for (int i = from; i < pdf.length; i++) {
            if (pdf[i] != 0 && !Character.isWhitespace(pdf[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next {@code %%EOF} at or after {@code from}. Compares the marker's last byte first and skips by how far the
     * byte found lies from the marker's end (Horspool), so a 10 MB file costs about a fifth of its length in
     * comparisons.
     */
    private static int indexOfMarker(byte[] pdf, int from) {
        int last = MARKER.length - 1;
        for (int at = Math.max(0, from); at <= pdf.length - MARKER.length; ) {
            byte end = pdf[at + last];
            if (end == MARKER[last] && matchesAt(pdf, MARKER, at)) {
                return at;
            }
            at += MARKER_SKIPS[end & 0xff];
        }
        return -1;
    }

    private static int[] skips(byte[] marker) {
        int[] skips = new int[256];
        for (int b = 0; b < 256; b++) {
            skips[b] = skip(marker, (byte) b);
        }
        return skips;
    }

    private static boolean matchesAt(byte[] pdf, byte[] marker, int at) {
        for (int i = 0; i < marker.length; i++) {
            if (pdf[at + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }

    /** How far the marker may move when {@code found} lies under its last byte: to the last earlier place of it. */
    private static int skip(byte[] marker, byte found) {
        for (int i = marker.length - 2; i >= 0; i--) {
            if (marker[i] == found) {
                return marker.length - 1 - i;
            }
        }
        return marker.length;
    }
}
