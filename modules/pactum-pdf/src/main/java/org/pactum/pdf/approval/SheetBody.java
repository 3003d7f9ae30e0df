package org.pactum.pdf.approval;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.approval.ApprovalSheet.Entry;
import org.pactum.pdf.approval.ApprovalSheet.Person;

/** Everything between the page header and footer: the agreement, its route, then each round's decisions in order. */
final class SheetBody {

    /** As many hex digits as a reader compares at a glance; the full hash follows in small type. */
    private static final int SHORT_HASH = 16;

    private final ApprovalSheet sheet;
    private final SheetText text;
    private final SheetStyle style;

    SheetBody(ApprovalSheet sheet, SheetText text, SheetStyle style) {
        this.sheet = sheet;
        this.text = text;
        this.style = style;
    }

    void addTo(Document document) {
        title(document);
        document.add(facts());
        Paragraph zone = new Paragraph(text.text("note.zone", sheet.zone().getId(), offset()), style.smallItalic);
        zone.setSpacingAfter(6);
        document.add(zone);
        Map<Integer, List<Entry>> rounds = sheet.entries().stream()
                .collect(Collectors.groupingBy(Entry::round, TreeMap::new, Collectors.toList()));
        if (rounds.isEmpty()) {
            document.add(new Paragraph(text.text("round.none"), style.text));
        }
        RoundTable table = new RoundTable(sheet, text, style);
        rounds.forEach((round, entries) -> table.addTo(document, round, entries));
    }

    private void title(Document document) {
        Paragraph title = new Paragraph(text.text("document.title"), style.title);
        title.setLeading(0, 1.15f);
        document.add(title);
        Paragraph kind = new Paragraph(text.text("document.kind", text.nameOf("kind", sheet.kind()), sheet.number()),
                style.subtitle);
        kind.setLeading(0, 1.3f);
        document.add(kind);
        if (sheet.registrationNumber() != null) {
            Paragraph registered = new Paragraph(text.text("document.registered", sheet.registrationNumber(),
                    sheet.registrationDate() == null ? "—" : text.date(sheet.registrationDate())), style.subtitle);
            registered.setLeading(0, 1.3f);
            document.add(registered);
        }
        Paragraph name = new Paragraph("«" + text.in(sheet.title()) + "»", style.agreementTitle);
        name.setLeading(0, 1.3f);
        name.setSpacingBefore(8);
        name.setSpacingAfter(4);
        document.add(name);
    }

    private PdfPTable facts() {
        PdfPTable table = style.table(26, 74);
        row(table, "field.parties", new Phrase(sheet.parties().isEmpty() ? "—" : sheet.parties().stream()
                .map(text::in).collect(Collectors.joining("\n")), style.text));
        if (sheet.author() != null) {
            row(table, "field.author", person(sheet.author(), style.text));
        }
        row(table, "field.route", new Phrase(text.in(sheet.routeName()), style.textBold));
        Phrase revision = new Phrase(text.text("value.revision", sheet.revision()), style.text);
        if (sheet.contentHash() != null) {
            revision.add(new Chunk("    " + shortHash(sheet.contentHash()), style.hash));
            revision.add(new Chunk("\n" + sheet.contentHash(), style.hashSmall));
        }
        row(table, "field.revision", revision);
        Phrase state = new Phrase(text.nameOf("state", sheet.state()), style.textBold);
        state.add(new Chunk("    " + (sheet.finishedAt() == null
                ? text.text("value.started", text.moment(sheet.startedAt()))
                : text.text("value.period", text.moment(sheet.startedAt()), text.moment(sheet.finishedAt()))),
                style.text));
        row(table, "field.state", state);
        return table;
    }

    private void row(PdfPTable table, String labelKey, Phrase value) {
        table.addCell(style.ruled(new Phrase(text.text(labelKey), style.label)));
        table.addCell(style.ruled(value));
    }

    /** The name in {@code font}, the post after it in small type. */
    private Phrase person(Person person, Font font) {
        Phrase phrase = new Phrase(person.name(), font);
        if (person.position() != null) {
            phrase.add(new Chunk(", " + person.position(), style.small));
        }
        return phrase;
    }

    private String offset() {
        ZoneOffset offset = sheet.zone().getRules().getOffset(sheet.printedAt());
        return offset.getTotalSeconds() == 0 ? "" : offset.getId();
    }

    private static String shortHash(String hash) {
        return hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }
}
