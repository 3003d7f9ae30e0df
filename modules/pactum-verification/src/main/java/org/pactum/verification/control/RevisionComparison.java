package org.pactum.verification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Structural equality of objects as two readers see them: references by number, streams by their raw bytes. The two
 * readers read a file and a prefix of it (a signed revision and the final file), so a stream that lies at the same
 * place with the same length in both holds the same bytes and is not read again.
 */
final class RevisionComparison {

    private RevisionComparison() {
    }

    static boolean same(PdfObject before, PdfObject after) {
        // A signed revision's reader takes the objects it shares with the final file from it: strings, numbers and
        // names are then the very same instances.
        if (before == after) {
            return true;
        }
        if (before == null || after == null) {
            return before == after;
        }
        if (before instanceof PdfIndirectReference a) {
            return after instanceof PdfIndirectReference b
                    && a.getNumber() == b.getNumber() && a.getGeneration() == b.getGeneration();
        }
        if (before.type() != after.type()) {
            return false;
        }
        if (before instanceof PRStream a) {
            return after instanceof PRStream b && sameEntries(a, b) && (samePlace(a, b) || Arrays.equals(raw(a), raw(b)));
        }
        if (before instanceof PdfDictionary a) {
            return after instanceof PdfDictionary b && sameEntries(a, b);
        }
        if (before instanceof PdfArray a) {
            if (!(after instanceof PdfArray b) || a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.getPdfObject(i), b.getPdfObject(i))) {
                    return false;
                }
            }
            return true;
        }
        if (before instanceof PdfString a) {
            return after instanceof PdfString b && Arrays.equals(a.getOriginalBytes(), b.getOriginalBytes());
        }
        return before.toString().equals(after.toString());
    }

    /** The keys whose values differ between the two dictionaries, present in one only included. */
    static Set<PdfName> changedKeys(PdfDictionary before, PdfDictionary after) {
        Set<PdfName> keys = new LinkedHashSet<>();
        if (before == null || after == null) {
            if (before != null) {
                keys.addAll(before.getKeys());
            }
            if (after != null) {
                keys.addAll(after.getKeys());
            }
            return keys;
        }
        for (PdfName key : before.getKeys()) {
            if (!same(before.get(key), after.get(key))) {
                keys.add(key);
            }
        }
        for (PdfName key : after.getKeys()) {
            if (!before.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The object numbers an array refers to directly. */
    static List<Integer> references(PdfArray array) {
        return array == null ? List.of() : array.getElements().stream()
                .filter(PRIndirectReference.class::isInstance)
                .map(element -> ((PRIndirectReference) element).getNumber())
                .toList();
    }

    private static boolean sameEntries(PdfDictionary a, PdfDictionary b) {
        return a.size() == b.size() && changedKeys(a, b).isEmpty();
    }

    /** Unchanged in place: a scanned annex of megabytes is then not copied twice for every signature. */
    private static boolean samePlace(PRStream a, PRStream b) {
        return a.getOffset() >= 0 && a.getOffset() == b.getOffset() && a.getLength() == b.getLength()
                && (long) a.getOffset() + a.getLength() <= Math.min(a.getReader().getFileLength(),
                b.getReader().getFileLength());
    }

    private static byte[] raw(PRStream stream) {
        try {
            return PdfReader.getStreamBytesRaw(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
