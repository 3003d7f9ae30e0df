package org.pactum.pdf.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfAppearance;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfFormField;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.pdf.layout.Palette;

/**
 * The agreement's text in parallel columns, one per language, and the parties' signature blocks side by side beneath.
 * Each part of the text (title, preamble, each article, the closing clause) is one row of one table, so an article
 * always starts level with its translation; a long row splits across pages rather than leaving a gap.
 */
final class AgreementBody {

    /** The box left empty for each party's visible signature stamp, in points. */
    static final float SLOT_WIDTH = 160;
    static final float SLOT_HEIGHT = 56;

    private final AgreementDocument agreement;
    private final AgreementStyle style;
    private final List<Language> languages;

    AgreementBody(AgreementDocument agreement, AgreementStyle style) {
        this.agreement = agreement;
        this.style = style;
        this.languages = agreement.languages();
    }

    /** @return the signature slots, one per party, in the parties' order */
    List<SignatureSlot> addTo(Document document, PdfWriter writer) {
        document.add(text());
        SignatureSlot[] slots = new SignatureSlot[agreement.parties().size()];
        document.add(signatures(writer, (party, slot) -> slots[party] = slot));
        return List.of(slots);
    }

    private PdfPTable text() {
        PdfPTable table = new PdfPTable(languages.size());
        table.setWidthPercentage(100);
        // A row that does not fit starts on the current page and continues on the next, instead of moving whole.
        table.setSplitRows(true);
        table.setSplitLate(false);
        if (languages.size() > 1) {
            table.setHeaderRows(1);
            row(table, (language, cell) -> {
                cell.setBorder(Rectangle.BOTTOM | cell.getBorder());
                cell.setPaddingBottom(4);
                cell.addElement(style.left(AgreementWords.column(language), style.columnHead));
            });
        }
        row(table, (language, cell) -> {
            cell.setPaddingTop(10);
            cell.addElement(style.centered(agreement.kind().in(language).orElseThrow(), style.kind, 4));
            cell.addElement(style.centered(agreement.title().in(language).orElseThrow(), style.title, 6));
        });
        if (!agreement.placeAndDate().languages().isEmpty()) {
            row(table, (language, cell) -> cell.addElement(style.left(agreement.placeAndDate().in(language).orElseThrow(), style.text)));
        }
        row(table, (language, cell) -> cell.addElement(style.body(agreement.preamble().in(language).orElseThrow(), language)));
        int number = 1;
        for (Clause clause : agreement.clauses()) {
            int article = number++;
            row(table, (language, cell) -> {
                Paragraph head = style.centered(AgreementWords.article(language, article), style.article, 0);
                head.setSpacingBefore(4);
                cell.addElement(head);
                clause.heading().in(language).ifPresent(heading -> cell.addElement(style.centered(heading, style.article, 4)));
                clause.paragraphs(language).forEach(paragraph -> cell.addElement(style.body(paragraph, language)));
            });
        }
        if (!agreement.equallyAuthentic().languages().isEmpty()) {
            row(table, (language, cell) -> agreement.equallyAuthentic().in(language)
                    .ifPresent(text -> cell.addElement(style.body(text, language))));
        }
        return table;
    }

    private void row(PdfPTable table, BiConsumer<Language, PdfPCell> content) {
        for (int i = 0; i < languages.size(); i++) {
            PdfPCell cell = style.column(i == 0, i == languages.size() - 1);
            content.accept(languages.get(i), cell);
            table.addCell(cell);
        }
    }

    /**
     * One column per party: organisation and position in each language, the empty box for the stamp, the name. Three
     * rows rather than one cell per party, so the boxes line up however long an organisation's name is.
     */
    private PdfPTable signatures(PdfWriter writer, BiConsumer<Integer, SignatureSlot> slots) {
        List<AgreementDocument.Signatory> parties = agreement.parties();
        PdfPTable table = new PdfPTable(parties.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(22);
        table.setKeepTogether(true);
        for (AgreementDocument.Signatory party : parties) {
            PdfPCell cell = signatureCell();
            for (String organisation : distinct(party.organisation())) {
                cell.addElement(style.left(organisation, style.textBold));
            }
            Paragraph positions = new Paragraph("", style.text);
            positions.setSpacingBefore(4);
            cell.addElement(positions);
            for (String position : distinct(party.position())) {
                cell.addElement(style.left(position, style.text));
            }
            table.addCell(cell);
        }
        for (int party = 0; party < parties.size(); party++) {
            PdfPCell cell = signatureCell();
            cell.setFixedHeight(SLOT_HEIGHT + 8);
            cell.setCellEvent(new Slot(writer, party, !agreement.draft(), slots));
            table.addCell(cell);
        }
        for (AgreementDocument.Signatory party : parties) {
            PdfPCell cell = signatureCell();
            cell.addElement(style.left(String.join(" / ", languages.stream().map(AgreementWords::signature).toList()), style.caption));
            for (String name : distinct(party.name())) {
                cell.addElement(style.left(name, style.textBold));
            }
            table.addCell(cell);
        }
        return table;
    }

    private PdfPCell signatureCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(12);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(2);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** The text in each of the document's languages, once: a name spelt the same in both is printed once. */
    private List<String> distinct(LocalizedText text) {
        Set<String> values = new LinkedHashSet<>();
        languages.forEach(language -> text.in(language).ifPresent(values::add));
        return new ArrayList<>(values);
    }

    /**
     * Draws the empty box when its cell is laid out, reports where it landed and, for the final text, puts the party's
     * empty signature field on it.
     */
    private record Slot(PdfWriter writer, int party, boolean withField, BiConsumer<Integer, SignatureSlot> slots)
            implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float left = position.getLeft() + cell.getPaddingLeft();
            float top = position.getTop() - 4;
            SignatureSlot slot = new SignatureSlot(party, writer.getPageNumber(), left, top - SLOT_HEIGHT,
                    left + Math.min(SLOT_WIDTH, position.getWidth() - cell.getPaddingRight()), top);
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            canvas.saveState();
            canvas.setColorStroke(Palette.RULE);
            canvas.setLineWidth(0.5f);
            canvas.setLineDash(2, 2, 0);
            canvas.rectangle(slot.left(), slot.bottom(), slot.width(), slot.height());
            canvas.stroke();
            canvas.restoreState();
            if (withField) {
                writer.addAnnotation(emptyField(slot));
            }
            slots.accept(party, slot);
        }

        /**
         * An unsigned signature field over the box, printed, with an empty appearance (PDF/A wants one on every widget),
         * so the page looks the same with or without it; signing gives it the stamp.
         */
        private PdfFormField emptyField(SignatureSlot slot) {
            PdfFormField field = PdfFormField.createSignature(writer);
            field.setFieldName(slot.fieldName());
            field.setWidget(new Rectangle(slot.left(), slot.bottom(), slot.right(), slot.top()), null);
            field.setFlags(PdfAnnotation.FLAGS_PRINT);
            field.setPage();
            field.setAppearance(PdfAnnotation.APPEARANCE_NORMAL,
                    PdfAppearance.createAppearance(writer, slot.width(), slot.height()));
            return field;
        }
    }
}
