package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;

/**
 * Shadow attacks: the agreement party 1 certifies already holds, unused, what the attacker will show (a shadow
 * content stream, an older definition of the page's content, a whole shadow catalog), and an update after the
 * signature only points at it (hide), or redefines what a signed page uses (replace), or both (hide-and-replace).
 */
class ShadowAttackTest {

    private static final byte[] SHADOW = "BT /F1 14 Tf 100 500 Td (Amount: 9 000 000) Tj ET".getBytes(StandardCharsets.US_ASCII);

    @Test
    void hide_a_page_pointed_at_a_content_stream_signed_unused_changes_the_page() {
        Modification modification = RevisionAnalysis.after(hideByPointing(), "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(AttackUpdates.failsTheDocument(modification));
        assertEquals(List.of(1), modification.changedPages());
        assertTrue(modification.reasons().getFirst().contains("(Page 1): changed /Contents"),
                modification.reasons().toString());
    }

    /** Hide: page 1 pointed at a content stream the certified revision held unused. */
    static byte[] hideByPointing() {
        int[] shadow = new int[1];
        byte[] prepared = RevisionTestFiles.append(RevisionTestFiles.AGREEMENT, (reader, stamper) ->
                shadow[0] = stamper.getWriter().addToBody(new PdfStream(SHADOW)).getIndirectReference().getNumber());
        byte[] certified = RevisionTestFiles.certify(prepared);
        return RevisionTestFiles.append(certified, (reader, stamper) -> {
            PdfDictionary page = reader.getPageN(1);
            page.put(PdfName.CONTENTS, new PRIndirectReference(reader, shadow[0]));
            stamper.markUsed(page);
        });
    }

    @Test
    void hide_a_cross_reference_only_update_pointing_the_content_at_its_older_definition_is_seen() {
        int content = contentStream(RevisionTestFiles.AGREEMENT);

        Modification modification = RevisionAnalysis.after(hideByCrossReference(), "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(modification.changedObjects().contains(content + " 0 obj (Page 1 /Contents): changed"),
                modification.toString());
        assertEquals(List.of(1), modification.changedPages());
    }

    /**
     * Hide: the agreement's content redefined as the shadow and back before party 1 certifies; then an update of
     * nothing but cross-references points the content at its shadow definition again.
     */
    static byte[] hideByCrossReference() {
        int content = contentStream(RevisionTestFiles.AGREEMENT);
        byte[] shadowed = redefine(RevisionTestFiles.AGREEMENT, content, SHADOW);
        long shadowAt = AttackUpdates.lastDefinition(shadowed, content, RevisionTestFiles.AGREEMENT.length);
        byte[] restored = redefine(shadowed, content, original(RevisionTestFiles.AGREEMENT, content));
        byte[] certified = RevisionTestFiles.certify(restored);
        return AttackUpdates.crossReferenceOnly(certified, content, shadowAt, AttackUpdates.rootNumber(certified));
    }

    @Test
    void replace_a_font_a_signed_page_uses_redefined_later_is_not_allowed() {
        Modification modification = RevisionAnalysis.after(replaceFont(), "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.contains("(Page 1 /Resources)")),
                modification.toString());
    }

    /** Replace: a stream of a font page 1 uses (its program or its text mapping) redefined. */
    static byte[] replaceFont() {
        return RevisionTestFiles.append(RevisionTestFiles.CERTIFIED, (reader, stamper) -> {
            PRStream font = firstStreamUnder(reader.getPageN(1).getAsDict(PdfName.RESOURCES).get(PdfName.FONT));
            byte[] program = PdfReader.getStreamBytes(font);
            program[program.length / 2] ^= 0x20;
            font.setData(program);
            stamper.markUsed(font);
        });
    }

    @Test
    void hide_and_replace_a_trailer_pointed_at_a_shadow_catalog_signed_unused_shows_another_document() {
        Modification modification = RevisionAnalysis.after(hideAndReplace(), "party-1");

        assertEquals(ModificationLevel.OTHER, modification.level(), modification.toString());
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.startsWith("trailer /Root: points"
                + " at another catalog")), modification.toString());
        assertTrue(modification.changedObjects().stream().anyMatch(object -> object.startsWith("Page 1: another page"
                + " object")), modification.toString());
        assertTrue(modification.changedPages().contains(1));
    }

    /** Hide-and-replace: a whole shadow catalog signed unused, then a trailer that points at it and nothing else. */
    static byte[] hideAndReplace() {
        int[] shadowCatalog = new int[1];
        byte[] prepared = RevisionTestFiles.append(RevisionTestFiles.AGREEMENT, (reader, stamper) -> {
            PdfWriter writer = stamper.getWriter();
            PdfIndirectReference pages = writer.getPdfIndirectReference();
            PdfDictionary page = new PdfDictionary(PdfName.PAGE);
            page.put(PdfName.MEDIABOX, reader.getPageN(1).get(PdfName.MEDIABOX));
            page.put(PdfName.RESOURCES, reader.getPageN(1).get(PdfName.RESOURCES));
            page.put(PdfName.CONTENTS, writer.addToBody(new PdfStream(SHADOW)).getIndirectReference());
            page.put(PdfName.PARENT, pages);
            PdfDictionary tree = new PdfDictionary(PdfName.PAGES);
            tree.put(PdfName.KIDS, new PdfArray(writer.addToBody(page).getIndirectReference()));
            tree.put(PdfName.COUNT, new PdfNumber(1));
            writer.addToBody(tree, pages);
            PdfDictionary catalog = new PdfDictionary(PdfName.CATALOG);
            catalog.put(PdfName.PAGES, pages);
            catalog.put(PdfName.ACROFORM, reader.getCatalog().get(PdfName.ACROFORM));
            shadowCatalog[0] = writer.addToBody(catalog).getIndirectReference().getNumber();
        });
        byte[] certified = RevisionTestFiles.certify(prepared);
        return AttackUpdates.crossReferenceOnly(certified, 0, 0, shadowCatalog[0]);
    }

    /** The object number of page 1's first content stream. */
    private static int contentStream(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfObject contents = reader.getPageN(1).get(PdfName.CONTENTS);
            PdfObject first = PdfReader.getPdfObject(contents) instanceof PdfArray array ? array.getPdfObject(0) : contents;
            return ((PRIndirectReference) first).getNumber();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An update redefining the object as a stream of {@code data}. */
    private static byte[] redefine(byte[] pdf, int object, byte[] data) {
        return RevisionTestFiles.append(pdf, (reader, stamper) -> {
            // Through a reference, so that the stream knows its number and the update redefines it.
            PRStream stream = (PRStream) PdfReader.getPdfObject(new PRIndirectReference(reader, object));
            stream.setData(data);
            stamper.markUsed(stream);
        });
    }

    private static byte[] original(byte[] pdf, int object) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return PdfReader.getStreamBytes((PRStream) reader.getPdfObject(object));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static PRStream firstStreamUnder(PdfObject start) {
        Deque<PdfObject> pending = new ArrayDeque<>();
        pending.push(start);
        for (int steps = 0; !pending.isEmpty() && steps < 1000; steps++) {
            PdfObject next = PdfReader.getPdfObject(pending.pop());
            if (next instanceof PRStream stream) {
                return stream;
            }
            if (next instanceof PdfDictionary dictionary) {
                dictionary.getKeys().stream().filter(key -> !key.equals(PdfName.PARENT))
                        .forEach(key -> pending.push(dictionary.get(key)));
            } else if (next instanceof PdfArray array) {
                array.getElements().forEach(pending::push);
            }
        }
        throw new IllegalArgumentException("no stream under the page's fonts");
    }
}
