package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;

/**
 * A signed revision's reader takes from the final file's reader only the objects whose parse never read beyond the
 * revision's end: an earlier signature left in place is shared, an object the revision cuts off is read anew.
 */
class ParsedObjectsTest {

    @Test
    void an_earlier_signature_left_in_place_is_taken_from_the_final_file() throws Exception {
        byte[] pdf = RevisionTestFiles.SIGNED_BY_BOTH;
        try (LimitedPdfReader whole = LimitedPdfReader.open(pdf, ParsingBudget.withDefaults())) {
            RevisionRoles roles = RevisionRoles.of(whole);
            int signature = roles.signatureNumber("party-1").orElseThrow();
            PdfArray range = roles.signatures().get("party-1").getAsArray(PdfName.BYTERANGE);
            int end = range.getAsNumber(2).intValue() + range.getAsNumber(3).intValue();
            try (LimitedPdfReader signed = LimitedPdfReader.openRevision(whole, end, ParsingBudget.withDefaults())) {
                PdfDictionary before = (PdfDictionary) signed.getPdfObject(signature);
                PdfDictionary after = (PdfDictionary) whole.getPdfObject(signature);
                assertSame(after.get(PdfName.CONTENTS), before.get(PdfName.CONTENTS), "shared, not tokenised again");
                assertEquals(after.getKeys(), before.getKeys());
            }
        }
    }

    @Test
    void an_object_cut_off_by_the_end_of_the_signed_revision_is_read_from_the_revision_itself() throws Exception {
        // The signed revision ends inside object 3 ("12"), which the final file continues ("123") without moving it.
        String head = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /Extra 3 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n";
        int xref = head.length();
        int third = firstRevision(head, xref, 0).length();
        byte[] prefix = ascii(firstRevision(head, xref, third) + "3 0 obj 12");
        String rest = "3 endobj\n";
        int secondXref = prefix.length + rest.length();
        byte[] whole = concat(prefix, ascii(rest + "xref\n0 1\n0000000000 65535 f \n"
                + "trailer << /Size 4 /Root 1 0 R /Prev " + xref + " >>\nstartxref\n" + secondXref + "\n%%EOF\n"));
        try (LimitedPdfReader after = LimitedPdfReader.open(whole, ParsingBudget.withDefaults());
             LimitedPdfReader before = LimitedPdfReader.openRevision(after, prefix.length,
                     ParsingBudget.withDefaults())) {
            assertEquals(new PdfNumber(123).toString(), String.valueOf(after.getPdfObject(3)));
            assertEquals(new PdfNumber(12).toString(), String.valueOf(before.getPdfObject(3)));
            assertEquals(PdfName.CATALOG, ((PdfDictionary) PdfReader.getPdfObject(before.getPdfObject(1)))
                    .getAsName(PdfName.TYPE), "objects within the revision are still read");
        }
    }

    /** A revision whose cross-reference table puts object 3 at {@code third}, after its own end. */
    private static String firstRevision(String head, int xref, int third) {
        String entry = "%010d 00000 n \n";
        return head + "xref\n0 4\n0000000000 65535 f \n" + entry.formatted(9)
                + entry.formatted(head.indexOf("2 0 obj")) + entry.formatted(third)
                + "trailer << /Size 4 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n";
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
