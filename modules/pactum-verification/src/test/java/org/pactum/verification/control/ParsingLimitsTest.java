package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.signing.control.PadesSigning;
import org.pactum.verification.entity.ParsingLimit;
import org.pactum.verification.entity.ParsingLimits;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.TrustMaterial;

/** Each parsing limit, met by a file made to exceed it: refused quickly, naming the limit, and nothing else breaks. */
class ParsingLimitsTest {

    private static final ParsingLimits DEFAULTS = ParsingLimits.DEFAULTS;
    private static TestSignatures pki;
    private static byte[] signed;
    private static TrustMaterial trust;

    @BeforeAll
    static void sign() {
        pki = new TestSignatures();
        signed = pki.oneSignatureB();
        trust = TrustMaterial.anchors(List.of(pki.rootCertificate()));
    }

    @Test
    void a_signed_agreement_passes_under_the_defaults() {
        assertTrue(SignatureVerifier.verify(signed, trust, Instant.now(), ParsingBudget.withDefaults()).getFirst()
                .indication() != null);
        assertEquals(1, RevisionAnalysis.analyse(signed, ParsingBudget.withDefaults()).size());
    }

    @Test
    void a_ten_megabyte_signed_agreement_with_a_scanned_annex_passes_far_below_every_default() throws Exception {
        byte[] pdf = tenMegabytes();
        ParsingBudget budget = ParsingBudget.withDefaults();

        long started = System.nanoTime();
        List<SignatureReport> reports = SignatureVerifier.verify(pdf,
                new TrustMaterial(List.of(pki.rootCertificate()), List.of(pki.crl())), Instant.now(), budget);
        RevisionAnalysis.analyse(pdf, budget);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long objects;
        try (LimitedPdfReader reader = LimitedPdfReader.open(pdf, ParsingBudget.withDefaults())) {
            objects = reader.objectsRead();
        }

        assertEquals(1, reports.size());
        assertTrue(reports.getFirst().passed(), reports.getFirst().toString());
        System.out.printf("A signed %d-byte agreement: %d objects read, verified in %d ms%n", pdf.length, objects,
                millis);
        assertTrue(objects < DEFAULTS.maxObjects() / 10, objects + " objects");
    }

    /** 400 pages of Russian text and a 9 MB page image (random pixels, which no compression shrinks), signed. */
    private static byte[] tenMegabytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        byte[] pixels = new byte[1500 * 2000 * 3];
        new Random(10).nextBytes(pixels);
        Image annex = Image.getInstance(1500, 2000, 3, 8, pixels);
        annex.scaleToFit(500, 700);
        document.add(annex);
        for (int page = 0; page < 400; page++) {
            document.newPage();
            document.add(new Paragraph(("Page " + page + ". The parties agree to cooperate in trade, culture and "
                    + "education; each article binds both regions equally. ").repeat(30)));
        }
        document.close();
        return PadesSigning.sign(out.toByteArray(), "omsk-1", TestSignatures.FIRST_AT, pki.omsk.keySource());
    }

    @Test
    void limits_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new ParsingLimits(0, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ParsingLimits(1, 1, -1, 1));
    }

    @Test
    void a_trailer_declaring_half_a_billion_objects_is_refused_before_arrays_are_sized_by_it() {
        byte[] pdf = replace(emptyDocument().withTable(), "/Size 3", "/Size 500000000");

        assertRefused(ParsingLimit.OBJECTS, DEFAULTS, pdf);
    }

    @Test
    void a_cross_reference_subsection_of_half_a_billion_entries_is_refused() {
        byte[] pdf = replace(emptyDocument().withTable(), "xref\n0 3\n", "xref\n0 500000000\n");

        assertRefused(ParsingLimit.OBJECTS, DEFAULTS, pdf);
    }

    @Test
    void an_object_stream_declaring_half_a_billion_objects_is_refused() {
        CraftedPdf file = emptyDocument();
        int stream = file.stream("/Type /ObjStm /N 500000000 /First 4", CraftedPdf.ascii("3 0 (x)"));
        file.compressed(file.object("null"), stream, 0);

        assertRefused(ParsingLimit.OBJECTS, DEFAULTS, file.withStream());
    }

    @Test
    void an_array_of_more_values_than_the_limit_is_refused() {
        CraftedPdf file = emptyDocument();
        file.object("[" + "0 ".repeat(5_000) + "]");
        ParsingLimits limits = new ParsingLimits(10_000, 1_000, 100, 1 << 20);

        assertRefused(ParsingLimit.OBJECTS, limits, file.withTable());
        assertReads(DEFAULTS, file.withTable());
    }

    @Test
    void arrays_nested_a_hundred_thousand_deep_are_refused_without_exhausting_the_stack() {
        CraftedPdf file = emptyDocument();
        file.object(CraftedPdf.nestedArrays(100_000));

        assertRefused(ParsingLimit.DEPTH, DEFAULTS, file.withTable());
    }

    @Test
    void dictionaries_one_level_deeper_than_the_limit_are_refused_and_at_the_limit_read() {
        CraftedPdf over = emptyDocument();
        over.object(CraftedPdf.nestedDictionaries(101));
        CraftedPdf at = emptyDocument();
        at.object(CraftedPdf.nestedDictionaries(99));

        assertRefused(ParsingLimit.DEPTH, DEFAULTS, over.withTable());
        assertReads(DEFAULTS, at.withTable());
    }

    @Test
    void a_page_tree_deeper_than_the_limit_is_refused() {
        CraftedPdf file = new CraftedPdf();
        file.object("<< /Type /Catalog /Pages 2 0 R >>");
        for (int level = 2; level <= 151; level++) {
            file.object("<< /Type /Pages /Kids [" + (level + 1) + " 0 R] /Count 1 >>");
        }
        file.object("<< /Type /Page /MediaBox [0 0 10 10] >>");

        assertRefused(ParsingLimit.DEPTH, DEFAULTS, file.withTable());
    }

    @Test
    void a_page_tree_whose_nodes_share_their_kids_is_refused_as_unreadable_before_its_paths_are_walked() {
        // 40 levels of two references to the same node: 2^40 paths to the one page.
        CraftedPdf file = new CraftedPdf();
        file.object("<< /Type /Catalog /Pages 2 0 R >>");
        for (int level = 2; level <= 41; level++) {
            file.object("<< /Type /Pages /Kids [" + (level + 1) + " 0 R " + (level + 1) + " 0 R] /Count 2 >>");
        }
        file.object("<< /Type /Page /MediaBox [0 0 10 10] >>");

        assertUnreadable(file.withTable());
    }

    @Test
    void form_fields_that_are_each_others_parents_are_refused_as_unreadable() {
        CraftedPdf file = new CraftedPdf();
        file.object("<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>");
        file.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        file.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Annots [4 0 R] >>");
        file.object("<< /Type /Annot /Subtype /Widget /T (a) /FT /Sig /Rect [0 0 1 1] /Parent 5 0 R >>");
        file.object("<< /T (b) /Parent 6 0 R >>");
        file.object("<< /T (c) /Parent 5 0 R >>");

        assertUnreadable(file.withTable());
    }

    @Test
    void a_deflate_bomb_in_an_object_stream_is_refused_after_the_default_allowance() {
        CraftedPdf file = emptyDocument();
        int stream = file.stream("/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
                CraftedPdf.deflatedZeros(DEFAULTS.maxDecompressedBytes() + (16 << 20)));
        file.compressed(file.object("null"), stream, 0);

        assertRefused(ParsingLimit.DECOMPRESSED_BYTES, DEFAULTS, file.withStream());
    }

    @Test
    void a_deflate_bomb_as_the_cross_reference_stream_of_an_update_is_refused() {
        byte[] pdf = CraftedPdf.appendCrossReferenceStream(signed, CraftedPdf.deflatedZeros(32 << 20));

        assertRefused(ParsingLimit.DECOMPRESSED_BYTES, new ParsingLimits(10_000, 1_000_000, 100, 8 << 20), pdf);
    }

    @Test
    void a_deflate_bomb_in_the_security_store_is_refused_not_left_out() {
        byte[] pdf = CraftedPdf.appendStoreWithCertificate(signed, CraftedPdf.deflatedZeros(32 << 20));
        ParsingLimits limits = new ParsingLimits(10_000, 1_000_000, 100, 8 << 20);

        assertRefused(ParsingLimit.DECOMPRESSED_BYTES, limits,
                () -> SignatureVerifier.verify(pdf, trust, Instant.now(), ParsingBudget.start(limits)));
    }

    @Test
    void a_verification_out_of_time_is_refused_at_its_next_step() throws InterruptedException {
        ParsingBudget budget = ParsingBudget.start(new ParsingLimits(1, 1_000_000, 100, 1 << 20));
        Thread.sleep(5);

        ParsingLimitExceededException refused = assertThrows(ParsingLimitExceededException.class,
                () -> SignatureVerifier.verify(signed, trust, Instant.now(), budget));
        assertEquals(ParsingLimit.TIME, refused.limit());
        assertThrows(ParsingLimitExceededException.class, () -> RevisionAnalysis.analyse(signed, budget));
    }

    @Test
    void streams_that_never_end_are_stopped_by_the_clock_inside_openpdf() {
        // Each stream's /Length points past the end and no endstream follows, so OpenPDF looks for the end of each
        // by reading on to the end of the file: about 7,000 times 2 MB.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(CraftedPdf.ascii("%PDF-1.7\n"));
        List<Integer> offsets = new ArrayList<>();
        offsets.add(out.size());
        out.writeBytes(CraftedPdf.ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"));
        offsets.add(out.size());
        out.writeBytes(CraftedPdf.ascii("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"));
        String filler = "q 1 0 0 1 0 0 cm Q ".repeat(15) + "\n";
        for (int number = 3; out.size() < 2_000_000; number++) {
            offsets.add(out.size());
            out.writeBytes(CraftedPdf.ascii(number + " 0 obj\n<< /Length 99999999 >>\nstream\n" + filler));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append("%010d 00000 n \n".formatted(offset)));
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(CraftedPdf.ascii(table.toString()));
        ParsingLimits limits = new ParsingLimits(500, 1_000_000, 100, 1 << 20);

        long started = System.nanoTime();
        assertRefused(ParsingLimit.TIME, limits, out.toByteArray());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 500 + 2_000, "took " + millis + " ms");
    }

    @Test
    void a_refusal_names_the_limit_and_its_setting() {
        ParsingLimitExceededException refused = new ParsingLimitExceededException(ParsingLimit.OBJECTS, 2_000_000);

        assertEquals("The PDF has more than 2000000 objects (pactum.verification.max-objects)", refused.getMessage());
        assertTrue(refused instanceof IllegalArgumentException, "callers that know only unreadable input refuse it too");
    }

    private static CraftedPdf emptyDocument() {
        CraftedPdf file = new CraftedPdf();
        file.object("<< /Type /Catalog /Pages 2 0 R >>");
        file.object("<< /Type /Pages /Kids [] /Count 0 >>");
        return file;
    }

    private static void assertRefused(ParsingLimit limit, ParsingLimits limits, byte[] pdf) {
        assertRefused(limit, limits, () -> SignatureVerifier.verify(pdf, trust, Instant.now(),
                ParsingBudget.start(limits)));
        assertRefused(limit, limits, () -> RevisionAnalysis.analyse(pdf, ParsingBudget.start(limits)));
    }

    private static void assertRefused(ParsingLimit limit, ParsingLimits limits, Executable verification) {
        long started = System.nanoTime();
        ParsingLimitExceededException refused = assertThrows(ParsingLimitExceededException.class, verification);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(limit, refused.limit(), refused.getMessage());
        assertEquals(limits.of(limit), refused.value());
        assertTrue(millis < limits.maxMillis() + 2_000, "took " + millis + " ms");
    }

    private static void assertReads(ParsingLimits limits, byte[] pdf) {
        assertTrue(SignatureVerifier.verify(pdf, trust, Instant.now(), ParsingBudget.start(limits)).isEmpty());
    }

    private static void assertUnreadable(byte[] pdf) {
        long started = System.nanoTime();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SignatureVerifier.verify(pdf, trust, Instant.now(), ParsingBudget.withDefaults()));
        assertFalse(refused instanceof ParsingLimitExceededException, refused.getMessage());
        assertTrue((System.nanoTime() - started) / 1_000_000 < 5_000);
    }

    private static byte[] replace(byte[] pdf, String text, String replacement) {
        String whole = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(whole.contains(text), text);
        return whole.replace(text, replacement).getBytes(StandardCharsets.ISO_8859_1);
    }
}
