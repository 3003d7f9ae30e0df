package org.pactum.verification.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Where each revision of a PDF ends: every incremental update closes with its own {@code %%EOF} marker. */
public final class Revisions {

    private static final byte[] MARKER = {'%', '%', 'E', 'O', 'F'};
    private static final byte[] START_XREF = "startxref".getBytes(StandardCharsets.US_ASCII);

    private Revisions() {
    }

    /** The offset just past each {@code %%EOF} and the end-of-line after it, in file order. */
    public static List<Long> ends(byte[] pdf) {
        List<Long> ends = new ArrayList<>();
        for (int at = indexOf(pdf, MARKER, 0); at >= 0; at = indexOf(pdf, MARKER, at + MARKER.length)) {
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
        int at = -1;
        for (int next = indexOf(pdf, START_XREF, start); next >= 0 && next < end;
             next = indexOf(pdf, START_XREF, next + 1)) {
            at = next;
        }
        if (at < 0) {
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
     * The next {@code marker} at or after {@code from}. Compares the marker's last byte first and skips by how far the
     * byte found lies from the marker's end (Horspool), so a 10 MB file costs about a fifth of its length in
     * comparisons.
     */
    private static int indexOf(byte[] pdf, byte[] marker, int from) {
        int last = marker.length - 1;
        for (int at = Math.max(0, from); at <= pdf.length - marker.length; ) {
            byte end = pdf[at + last];
            if (end == marker[last] && matchesAt(pdf, marker, at)) {
                return at;
            }
            at += skip(marker, end);
        }
        return -1;
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
