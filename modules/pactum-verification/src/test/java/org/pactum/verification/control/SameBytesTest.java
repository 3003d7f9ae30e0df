package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;

/**
 * The revision analysis compares an object left at the same place in a signed revision and the final file by its
 * place alone: only when the two readers cannot have read it differently.
 */
class SameBytesTest {

    @Test
    void an_earlier_signature_left_in_place_is_the_same_object_in_a_later_revision() throws Exception {
        byte[] pdf = RevisionTestFiles.SIGNED_BY_BOTH;
        try (LimitedPdfReader whole = LimitedPdfReader.open(pdf, ParsingBudget.withDefaults())) {
            RevisionRoles roles = RevisionRoles.of(whole);
            int signature = roles.signatureNumber("party-1").orElseThrow();
            PdfArray range = roles.signatures().get("party-1").getAsArray(PdfName.BYTERANGE);
            int end = range.getAsNumber(2).intValue() + range.getAsNumber(3).intValue();
            assertTrue(end < pdf.length, "party 2 signed after party 1");
            try (LimitedPdfReader signed = LimitedPdfReader.open(Arrays.copyOf(pdf, end),
                    ParsingBudget.withDefaults())) {
                assertTrue(LimitedPdfReader.sameBytes(signed, whole, signature));
                assertFalse(LimitedPdfReader.sameBytes(signed, whole, roles.signatureNumber("party-2").orElseThrow()),
                        "an object the signed revision does not hold");
            }
        }
    }

    @Test
    void an_object_cut_off_by_the_end_of_the_signed_revision_is_compared_by_its_bytes() throws Exception {
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
        try (LimitedPdfReader before = LimitedPdfReader.open(prefix, ParsingBudget.withDefaults());
             LimitedPdfReader after = LimitedPdfReader.open(whole, ParsingBudget.withDefaults())) {
            assertEquals(new PdfNumber(123).toString(), String.valueOf(after.getPdfObject(3)));
            assertNotEquals(String.valueOf(after.getPdfObject(3)), String.valueOf(before.getPdfObject(3)));
            assertEquals(new PdfNumber(123).toString(), after.getPdfObject(3).toString());
            assertFalse(LimitedPdfReader.sameBytes(before, after, 3));
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
