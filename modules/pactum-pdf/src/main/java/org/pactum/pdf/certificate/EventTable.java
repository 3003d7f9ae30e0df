package org.pactum.pdf.certificate;

import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.domain.audit.CompletionCertificate.Entry;

/**
 * The events, one block per event: who did what when in the first row and both full hashes beneath. Each block is a
 * single row of the outer table, so a page break never separates an event from its hashes, and the column heads
 * repeat on every page.
 */
final class EventTable {

    /** Relative widths of No., when, who, action, version; the inner tables use the same, so columns line up. */
    private static final float[] WIDTHS = {5, 15, 25, 44, 11};
    private static final float HASH_LEADING = 9.5f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final CertificateStyle style;
    private final Labels labels;

    private final CertificateNames names;

    EventTable(CertificateStyle style, Labels labels, CertificateNames names) {
        this.style = style;
        this.labels = labels;
        this.names = names;
    }

    PdfPTable of(List<Entry> entries) {
        PdfPTable table = style.table(WIDTHS);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        table.addCell(style.tableHead(labels.text("column.number")));
        table.addCell(style.tableHead(labels.text("column.when")));
        table.addCell(style.tableHead(labels.text("column.who")));
        table.addCell(style.tableHead(labels.text("column.action")));
        table.addCell(style.tableHead(labels.text(names.showsRevisions() ? "column.revision" : "column.version"),
                Element.ALIGN_CENTER));
        for (int i = 0; i < entries.size(); i++) {
            PdfPCell holder = new PdfPCell(block(entries.get(i), i % 2 == 1 ? CertificateStyle.STRIPE : Color.WHITE));
            holder.setColspan(WIDTHS.length);
            holder.setPadding(0);
            holder.setBorder(Rectangle.NO_BORDER);
            table.addCell(holder);
        }
        return table;
    }

    private PdfPTable block(Entry entry, Color fill) {
        PdfPTable block = new PdfPTable(WIDTHS);
        block.setWidthPercentage(100);

        Phrase when = new Phrase("", style.text);
        when.add(new Chunk(DAY.format(entry.occurredAt()), style.text));
        when.add(style.newline());
        when.add(new Chunk(CLOCK.format(entry.occurredAt()), style.textMuted));

        Phrase who = new Phrase("", style.text);
        who.add(new Chunk(names.personOf(entry.actor()), style.textBold));
        if (!entry.roles().isEmpty()) {
            who.add(style.newline());
            who.add(new Chunk(entry.roles().stream().map(role -> labels.nameOf("role", role)).collect(Collectors.joining(", ")),
                    style.small));
        }

        Phrase action = new Phrase("", style.text);
        action.add(new Chunk(labels.nameOf("action", entry.action()), style.text));
        action.add(style.newline());
        action.add(new Chunk(entry.action(), style.code));

        block.addCell(top(new Phrase(Long.toString(entry.sequence()), style.textBold), fill, Element.ALIGN_LEFT));
        block.addCell(top(when, fill, Element.ALIGN_LEFT));
        block.addCell(top(who, fill, Element.ALIGN_LEFT));
        block.addCell(top(action, fill, Element.ALIGN_LEFT));
        String version = names.showsRevisions()
                ? names.revisionAt(entry.sequence()).map(String::valueOf).orElse("—")
                : entry.agreementVersion() == null ? "—" : Long.toString(entry.agreementVersion());
        block.addCell(top(new Phrase(version, style.text), fill, Element.ALIGN_CENTER));

        // Full hashes beneath: labels under the time, values from the "who" column on, one line each.
        block.addCell(bottom(new Phrase("", style.text), fill, 1));
        Phrase names = new Phrase("", style.small);
        names.add(new Chunk(labels.text("hash.content"), style.small));
        names.add(new Chunk("\n", style.small));
        names.add(new Chunk(labels.text("hash.event"), style.small));
        block.addCell(bottom(names, fill, 1));
        Phrase values = new Phrase("", style.hash);
        values.add(new Chunk(entry.contentHash() == null ? "—" : entry.contentHash(), style.hash));
        values.add(new Chunk("\n", style.hash));
        values.add(new Chunk(entry.hash(), style.hash));
        block.addCell(bottom(values, fill, WIDTHS.length - 2));
        return block;
    }

    private PdfPCell top(Phrase content, Color fill, int alignment) {
        PdfPCell cell = style.cell(content);
        cell.setBackgroundColor(fill);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(2);
        return cell;
    }

    private PdfPCell bottom(Phrase content, Color fill, int columns) {
        PdfPCell cell = style.cell(content);
        cell.setColspan(columns);
        // A fixed leading, the same for labels and hashes, keeps each label on its hash's line.
        cell.setLeading(HASH_LEADING, 0);
        cell.setUseAscender(false);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(CertificateStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setBackgroundColor(fill);
        cell.setPadding(4);
        cell.setPaddingTop(1);
        cell.setPaddingBottom(5);
        return cell;
    }
}
