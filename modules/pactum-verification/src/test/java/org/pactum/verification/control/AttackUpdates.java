package org.pactum.verification.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/** Hand-made pieces of attack files, and the rule by which a change fails the whole document. */
final class AttackUpdates {

    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");

    private AttackUpdates() {
    }

    /**
     * Whether the changes fail the document's verdict: what the boundary's verdict asks of each signature's changes
     * (allowed, and never OTHER).
     */
    static boolean failsTheDocument(Modification modification) {
        return !modification.allowedByCertification() || modification.level() == ModificationLevel.OTHER;
    }

    /**
     * An update of nothing but a cross-reference section and a trailer: it points {@code object} (generation 0) at
     * {@code offset} and the trailer's /Root at {@code root}; no object is written.
     */
    static byte[] crossReferenceOnly(byte[] pdf, int object, long offset, int root) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher previous = START_XREF.matcher(text);
        if (!previous.find()) {
            throw new IllegalArgumentException("no startxref at the end");
        }
        int size;
        String info;
        try (PdfReader reader = new PdfReader(pdf)) {
            size = reader.getXrefSize();
            PdfObject reference = reader.getTrailer().get(PdfName.INFO);
            info = reference == null ? "" : "/Info " + reference + " ";
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        StringBuilder update = new StringBuilder("\nxref\n0 1\n0000000000 65535 f\r\n");
        if (object > 0) {
            update.append(object).append(" 1\n").append(String.format("%010d 00000 n\r\n", offset));
        }
        int at = pdf.length + 1;
        update.append("trailer\n<</Size ").append(size).append(" /Root ").append(root).append(" 0 R ").append(info)
                .append("/Prev ").append(previous.group(1)).append(">>\nstartxref\n").append(at).append("\n%%EOF\n");
        byte[] bytes = update.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] attacked = new byte[pdf.length + bytes.length];
        System.arraycopy(pdf, 0, attacked, 0, pdf.length);
        System.arraycopy(bytes, 0, attacked, pdf.length, bytes.length);
        return attacked;
    }

    /** {@code pdf} with {@code text} appended as it is. */
    static byte[] appendRaw(byte[] pdf, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] attacked = new byte[pdf.length + bytes.length];
        System.arraycopy(pdf, 0, attacked, 0, pdf.length);
        System.arraycopy(bytes, 0, attacked, pdf.length, bytes.length);
        return attacked;
    }

    /** Where {@code N 0 obj} is last defined in {@code pdf} at or after {@code from}. */
    static long lastDefinition(byte[] pdf, int object, int from) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("\n" + object + " 0 obj");
        if (at < from) {
            throw new IllegalArgumentException("object " + object + " is not defined after byte " + from);
        }
        return at + 1;
    }

    static PdfDictionary field(PdfReader reader, String name) {
        PdfArray fields = reader.getCatalog().getAsDict(PdfName.ACROFORM).getAsArray(PdfName.FIELDS);
        for (PdfObject element : fields.getElements()) {
            PdfDictionary dictionary = (PdfDictionary) PdfReader.getPdfObject(element);
            PdfString title = dictionary.getAsString(PdfName.T);
            if (title != null && name.equals(title.toUnicodeString())) {
                return dictionary;
            }
        }
        throw new IllegalArgumentException("no field " + name);
    }

    static int rootNumber(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return ((PRIndirectReference) reader.getTrailer().get(PdfName.ROOT)).getNumber();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
