package org.pactum.verification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;

/**
 * The fields a FieldMDP lock keeps from changing once its signature is made (ISO 32000-1, 12.8.2.4 and table 233): a
 * signature field's {@code /Lock}, or the {@code /TransformParams} of a signature's FieldMDP reference.
 *
 * @param signature the field whose signature locks
 * @param source    where the lock is stated, e.g. {@code /Lock}
 * @param action    {@code All}, {@code Include} or {@code Exclude}; an unknown action locks all, the strictest reading
 * @param names     the fields {@code Include} locks or {@code Exclude} leaves free
 */
record FieldLock(String signature, String source, String action, List<String> names) {

    private static final PdfName ACTION = new PdfName("Action");
    private static final PdfName INCLUDE = new PdfName("Include");
    private static final PdfName EXCLUDE = new PdfName("Exclude");

    FieldLock {
        names = List.copyOf(names);
    }

    /** The lock the parameters state, or empty when they name no action (a lock with only a /P). */
    static Optional<FieldLock> of(String signature, String source, PdfDictionary parameters) {
        PdfName action = parameters == null ? null : parameters.getAsName(ACTION);
        if (action == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        PdfArray fields = parameters.getAsArray(PdfName.FIELDS);
        if (fields != null) {
            for (int i = 0; i < fields.size(); i++) {
                PdfString name = fields.getAsString(i);
                if (name != null) {
                    names.add(name.toUnicodeString());
                }
            }
        }
        String kind = INCLUDE.equals(action) ? "Include" : EXCLUDE.equals(action) ? "Exclude" : "All";
        return Optional.of(new FieldLock(signature, source, kind, names));
    }

    /** Whether the field (by full name; a field listed locks its kids too) may no longer change. */
    boolean locks(String field) {
        boolean listed = names.stream().anyMatch(name -> field.equals(name) || field.startsWith(name + "."));
        return switch (action) {
            case "Include" -> listed;
            case "Exclude" -> !listed;
            default -> true;
        };
    }

    /** How a report names the lock, e.g. {@code party-1's /Lock (/Action /Include [amount])}. */
    String describe() {
        return signature + "'s " + source + " (/Action /" + action + (names.isEmpty() ? "" : " " + names) + ")";
    }
}
