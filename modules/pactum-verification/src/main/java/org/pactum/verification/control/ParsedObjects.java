package org.pactum.verification.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.openpdf.text.pdf.PdfObject;

/**
 * The objects a reader parsed from its file, by the position their parse began at, with how far into the file each
 * parse read. A signed revision is a prefix of the final file, so an object whose parse never read past the end of
 * that prefix is exactly what a reader of the prefix would make of the same bytes: it need not be tokenised again
 * (for a two-signature agreement, the earlier signatures' tens of kilobytes of hexadecimal /Contents, per revision).
 */
final class ParsedObjects {

    /** One top-level object: {@code end} is where its parse left the file, {@code reach} the furthest byte it read. */
    record Parsed(PdfObject object, int end, long reach) {
    }

    private final Map<Integer, Parsed> byStart = new HashMap<>();

    void add(int start, PdfObject object, int end, long reach) {
        byStart.put(start, new Parsed(object, end, reach));
    }

    /** The object parsed from {@code start} on, if its parse read nothing at or beyond {@code length}. */
    Optional<Parsed> within(int start, long length) {
        Parsed parsed = byStart.get(start);
        return parsed != null && parsed.reach() <= length ? Optional.of(parsed) : Optional.empty();
    }
}
