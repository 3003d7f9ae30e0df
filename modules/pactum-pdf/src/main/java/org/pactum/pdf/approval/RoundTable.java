package org.pactum.pdf.approval;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.domain.route.StageRule;
import org.pactum.domain.route.TaskState;
import org.pactum.pdf.approval.ApprovalSheet.Entry;
import org.pactum.pdf.approval.ApprovalSheet.Person;
import org.pactum.pdf.approval.ApprovalSheet.Stage;
import org.pactum.pdf.layout.Cells;
import org.pactum.pdf.layout.Palette;

/**
 * One round of the route as a table: a row per stage, and under it a row per person asked — who, for whom, what they
 * decided, their remark, when, and a blank line to sign on paper. The round's heading and the column heads repeat on
 * every page the round runs over.
 */
final class RoundTable {

    private static final float[] WIDTHS = {6, 25, 16, 27, 11, 15};
    /** Room for a handwritten signature above its line. */
    private static final float SIGNATURE_HEIGHT = 30;

    private final ApprovalSheet sheet;
    private final SheetText text;
    private final SheetStyle style;

    RoundTable(ApprovalSheet sheet, SheetText text, SheetStyle style) {
        this.sheet = sheet;
        this.text = text;
        this.style = style;
    }

    void addTo(Document document, int round, List<Entry> entries) {
        PdfPTable table = style.table(WIDTHS);
        table.setSpacingBefore(6);
        table.setHeaderRows(2);
        table.addCell(heading(round, entries));
        for (String column : List.of("column.number", "column.approver", "column.decision", "column.remark",
                "column.when", "column.signature")) {
            table.addCell(style.head(text.text(column)));
        }
        int stage = -1;
        int position = 0;
        for (Entry entry : entries.stream().sorted(Comparator.comparingInt(Entry::stage)).toList()) {
            if (entry.stage() != stage) {
                stage = entry.stage();
                position = 0;
                table.addCell(stage(stage));
            }
            position++;
            addRow(table, (stage + 1) + "." + position, entry);
        }
        document.add(table);
    }

    private PdfPCell heading(int round, List<Entry> entries) {
        Integer revision = entries.stream().map(Entry::revision).filter(Objects::nonNull).findFirst()
                .orElse(round == sheet.round() ? sheet.revision() : null);
        String words = revision == null ? text.text("round.heading", round)
                : text.text("round.headingRevision", round, revision);
        Phrase phrase = new Phrase(words, style.heading);
        if (round == sheet.round() && round > 1) {
            phrase.add(new Chunk("  " + text.text("round.current"), style.label));
        }
        PdfPCell cell = Cells.plain(phrase);
        cell.setColspan(WIDTHS.length);
        cell.setPaddingLeft(0);
        cell.setPaddingBottom(6);
        return cell;
    }

    private PdfPCell stage(int index) {
        Stage stage = index < sheet.stages().size() ? sheet.stages().get(index) : null;
        Phrase phrase = new Phrase(text.text("stage.heading", index + 1,
                stage == null ? "—" : text.in(stage.name())), style.stage);
        if (stage != null) {
            phrase.add(new Chunk("   " + rule(stage), style.small));
        }
        PdfPCell cell = Cells.plain(phrase);
        cell.setColspan(WIDTHS.length);
        cell.setBackgroundColor(SheetStyle.STAGE_FILL);
        return cell;
    }

    private String rule(Stage stage) {
        return stage.rule() == StageRule.QUORUM ? text.text("rule.QUORUM", stage.quorum())
                : text.nameOf("rule", stage.rule());
    }

    private void addRow(PdfPTable table, String number, Entry entry) {
        table.addCell(style.ruled(new Phrase(number, style.text)));
        table.addCell(style.ruled(approver(entry)));
        table.addCell(style.ruled(decision(entry)));
        table.addCell(style.ruled(remark(entry)));
        table.addCell(style.ruled(entry.at() == null ? new Phrase("", style.text)
                : new Phrase(text.day(entry.at()) + "\n" + text.clock(entry.at()), style.text)));
        PdfPCell signature = style.ruled(new Phrase("", style.text));
        if (entry.state().isDecision()) {
            signature.setMinimumHeight(SIGNATURE_HEIGHT);
            signature.setCellEvent(new SignatureLine());
        }
        table.addCell(signature);
    }

    private Phrase remark(Entry entry) {
        if (entry.overdue()) {
            return new Phrase(text.text("task.overdue"), style.smallItalic);
        }
        return new Phrase(entry.remark() == null ? "" : entry.remark(), style.text);
    }

    private Phrase approver(Entry entry) {
        Phrase phrase = person(entry.person());
        if (entry.onBehalfOf() != null) {
            phrase.add(new Chunk("\n" + text.text("onBehalfOf", entry.onBehalfOf().name()), style.smallItalic));
        }
        return phrase;
    }

    private Phrase person(Person person) {
        Phrase phrase = new Phrase(person.name(), style.textBold);
        if (person.position() != null) {
            phrase.add(new Chunk("\n" + person.position(), style.small));
        }
        return phrase;
    }

    private Phrase decision(Entry entry) {
        Phrase phrase = new Phrase(text.nameOf("task", entry.state()), style.decision(colour(entry.state())));
        if (entry.state() == TaskState.PENDING && entry.due() != null) {
            phrase.add(new Chunk("\n" + text.text("task.due", text.moment(entry.due())), style.small));
        }
        return phrase;
    }

    private static Color colour(TaskState state) {
        return switch (state) {
            case APPROVED -> SheetStyle.GOOD;
            case RETURNED -> SheetStyle.PENDING;
            case REJECTED -> SheetStyle.BAD;
            case PENDING, DELEGATED, CLOSED -> Palette.MUTED;
        };
    }
}
