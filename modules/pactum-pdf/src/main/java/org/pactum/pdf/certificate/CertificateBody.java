package org.pactum.pdf.certificate;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.audit.CompletionCertificate;
import org.pactum.domain.audit.CompletionCertificate.Seal;
import org.pactum.domain.audit.CompletionCertificate.Side;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/** Everything between the page header and footer, top to bottom, in the order a reader checks a certificate. */
final class CertificateBody {

    /** Heading, intro, column heads and one event: less room than this left on a page, and the events start on the next. */
    private static final float ROOM_FOR_EVENTS = 120;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

    private final CompletionCertificate certificate;
    private final Labels labels;
    private final CertificateStyle style;
    /** The document's language first, then the agreement's languages in their order. */
    private final List<Language> shown;
    /** Whether the file will carry the platform's seal, which the notes then explain. */
    private final boolean sealed;

    private final CertificateNames names;

    CertificateBody(CompletionCertificate certificate, Labels labels, CertificateStyle style, boolean sealed,
                    CertificateNames names) {
        this.certificate = certificate;
        this.names = names;
        this.labels = labels;
        this.style = style;
        this.sealed = sealed;
        Set<Language> languages = new LinkedHashSet<>();
        languages.add(labels.language());
        languages.addAll(certificate.languages());
        this.shown = List.copyOf(languages);
    }

    /** @param attachment the name of the attached JSON form, and its SHA-256 */
    void addTo(Document document, PdfWriter writer, String attachment, String jsonHash) {
        title(document);
        summary(document);
        document.add(together(agreement()));
        document.add(together(parties()));
        signatures(document);
        events(document, writer);
        document.add(together(seal()));
        document.add(together(chain()));
        document.add(together(notes(attachment, jsonHash)));
    }

    /**
     * The elements as one unbreakable block, so a heading never ends a page without its section (a section longer
     * than a page still breaks, as a table row does).
     */
    private PdfPTable together(List<Element> elements) {
        PdfPCell block = new PdfPCell();
        block.setBorder(Rectangle.NO_BORDER);
        block.setPadding(0);
        elements.forEach(block::addElement);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(true);
        table.setSpacingBefore(6);
        table.addCell(block);
        return table;
    }

    private void title(Document document) {
        Paragraph title = new Paragraph(labels.text("document.title"), style.title);
        title.setLeading(0, 1.15f);
        document.add(title);
        for (Language other : shown.subList(1, shown.size())) {
            Paragraph subtitle = new Paragraph(Labels.of(other).text("document.title"), style.subtitle);
            subtitle.setLeading(0, 1.25f);
            document.add(subtitle);
        }
        Paragraph lead = style.paragraph(labels.text("lead", names.shownNumber(certificate.number())), style.lead);
        lead.setSpacingBefore(8);
        lead.setSpacingAfter(10);
        document.add(lead);
    }

    /** The five facts a reader wants first, in a tinted strip. */
    private void summary(Document document) {
        PdfPTable strip = style.table(20, 21, 11, 24, 24);
        strip.setSpacingBefore(0);
        strip.setSpacingAfter(6);
        boolean intact = certificate.chain().intact();
        strip.addCell(fact("summary.number", names.shownNumber(certificate.number()), CertificateStyle.TEXT));
        strip.addCell(fact("summary.status", labels.nameOf("status", certificate.status()), CertificateStyle.TEXT));
        strip.addCell(fact("summary.events", Integer.toString(certificate.entries().size()), CertificateStyle.TEXT));
        strip.addCell(certificate.sealed()
                ? fact("summary.seal", labels.text("summary.sealed", certificate.seal().sequence()), CertificateStyle.GOOD)
                : fact("summary.seal", labels.text("summary.unsealed"), CertificateStyle.PENDING));
        strip.addCell(fact("summary.chain", labels.text(intact ? "summary.intact" : "summary.broken"),
                intact ? CertificateStyle.GOOD : CertificateStyle.BAD));
        document.add(strip);
    }

    private PdfPCell fact(String labelKey, String value, Color color) {
        Phrase phrase = new Phrase("", style.text);
        phrase.add(new Chunk(labels.text(labelKey), style.label));
        phrase.add(style.newline());
        phrase.add(new Chunk(value, style.bold(color, 10)));
        PdfPCell cell = style.cell(phrase);
        cell.setBackgroundColor(CertificateStyle.ACCENT_LIGHT);
        cell.setPadding(7);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(8);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(2);
        return cell;
    }

    private List<Element> agreement() {
        PdfPTable table = keyValueTable();
        if (names.registrationNumber() != null) {
            row(table, "field.registration", new Phrase(names.registrationNumber(), style.textBold));
        }
        row(table, "field.number", new Phrase(certificate.number(), style.textBold));
        row(table, "field.title", localized(certificate.title(), style.textBold, style.textMuted));
        row(table, "field.kind", new Phrase(labels.nameOf("kind", certificate.kind()), style.text));
        row(table, "field.status", new Phrase(labels.nameOf("status", certificate.status()), style.text));
        row(table, "field.languages", new Phrase(certificate.languages().stream().map(labels::nameOf)
                .collect(Collectors.joining(", ")), style.text));
        Phrase content = new Phrase(certificate.contentHash() == null ? "—" : certificate.contentHash(), style.hash);
        content.add(style.newline());
        content.add(new Chunk(names.revision() == null ? labels.text("field.version", certificate.agreementVersion())
                : labels.text("field.revision", names.revision()), style.small));
        row(table, "field.contentHash", content);
        return List.of(style.heading(labels.text("section.agreement")), table);
    }

    private List<Element> parties() {
        PdfPTable table = style.table(5, 52, 43);
        table.setHeaderRows(1);
        table.addCell(style.tableHead(labels.text("column.number")));
        table.addCell(style.tableHead(labels.text("party.organization")));
        table.addCell(style.tableHead(labels.text("party.signatory")));
        int position = 1;
        for (Side side : certificate.parties()) {
            table.addCell(style.ruled(new Phrase(Integer.toString(position++), style.textBold)));
            table.addCell(style.ruled(localized(side.organization(), style.textBold, style.textMuted)));
            Phrase signatory = localized(side.signatoryName(), style.textBold, style.textMuted);
            signatory.add(style.newline());
            signatory.add(localized(side.signatoryPosition(), style.text, style.textMuted));
            table.addCell(style.ruled(signatory));
        }
        return List.of(style.heading(labels.text("section.parties")), table);
    }

    /** The heading, its intro and the first signature together; each later signature is a block of its own. */
    private void signatures(Document document) {
        List<Element> signatures = new SignatureList(style, labels).of(certificate.signatures());
        int lead = Math.min(signatures.size(), 3);
        document.add(together(signatures.subList(0, lead)));
        signatures.subList(lead, signatures.size()).forEach(document::add);
    }

    /** Not one block: the event table runs over pages, repeating its column heads; only its start is kept together. */
    private void events(Document document, PdfWriter writer) {
        if (writer.getVerticalPosition(true) - document.bottom() < ROOM_FOR_EVENTS) {
            document.newPage();
        }
        document.add(style.heading(labels.text("section.events")));
        if (certificate.entries().isEmpty()) {
            document.add(style.paragraph(labels.text("events.none"), style.text));
            return;
        }
        Paragraph intro = style.paragraph(labels.text("events.intro", certificate.entries().size()), style.note);
        intro.setSpacingAfter(6);
        document.add(intro);
        document.add(new EventTable(style, labels, names).of(certificate.entries()));
    }

    private List<Element> seal() {
        List<Element> elements = new ArrayList<>();
        elements.add(style.heading(labels.text("section.seal")));
        Seal seal = certificate.seal();
        if (seal == null) {
            PdfPCell notice = style.notice(CertificateStyle.PENDING, CertificateStyle.PENDING_FILL);
            notice.addElement(new Paragraph(labels.text("seal.missing.title"), style.bold(CertificateStyle.PENDING, 9)));
            long lastSealed = certificate.chain().lastSealedSequence();
            Paragraph text = style.paragraph(lastSealed == 0
                    ? labels.text("seal.never", certificate.lastSequence())
                    : labels.text("seal.missing", lastSealed, certificate.lastSequence()), style.text);
            text.setSpacingBefore(2);
            notice.addElement(text);
            elements.add(single(notice));
            return elements;
        }
        PdfPCell notice = style.notice(CertificateStyle.GOOD, CertificateStyle.GOOD_FILL);
        notice.addElement(style.paragraph(labels.text("seal.intro", seal.sequence()), style.text));
        PdfPTable intro = single(notice);
        intro.setSpacingAfter(4);
        elements.add(intro);

        PdfPTable table = keyValueTable();
        table.setSpacingBefore(0);
        row(table, "seal.sequence", new Phrase(Long.toString(seal.sequence()), style.textBold));
        row(table, "seal.sealedAt", new Phrase(CompletionCertificatePdf.TIME.format(seal.sealedAt()), style.text));
        row(table, "seal.headHash", new Phrase(seal.headHash(), style.hash));
        row(table, "seal.keyId", new Phrase(seal.keyId(), style.hash));
        row(table, "seal.algorithm", new Phrase(seal.algorithm(), style.text));
        row(table, "seal.signature", new Phrase(seal.signature(), style.hashSmall));
        elements.add(table);
        return elements;
    }

    private List<Element> chain() {
        CompletionCertificate.ChainCheck chain = certificate.chain();
        PdfPCell notice = chain.intact()
                ? style.notice(CertificateStyle.GOOD, CertificateStyle.GOOD_FILL)
                : style.notice(CertificateStyle.BAD, CertificateStyle.BAD_FILL);
        Font font = chain.intact() ? style.text : style.bold(CertificateStyle.BAD, 8.5f);
        notice.addElement(style.paragraph(chain.intact()
                ? labels.text("chain.intact", chain.eventsChecked(), chain.lastSealedSequence())
                : labels.text("chain.broken", chain.eventsChecked()), font));
        return List.of(style.heading(labels.text("section.chain")), single(notice));
    }

    private List<Element> notes(String attachment, String jsonHash) {
        List<Paragraph> notes = new ArrayList<>();
        notes.add(style.paragraph(labels.text("note.hashes"), style.note));
        Paragraph json = new Paragraph(filled("note.json", style.note, style.code, attachment, jsonHash));
        json.setLeading(0, 1.3f);
        notes.add(json);
        notes.add(style.paragraph(labels.text(sealed ? "note.sealed" : "note.unsealed"), style.noteItalic));
        List<Element> elements = new ArrayList<>();
        elements.add(style.heading(labels.text("section.notes")));
        for (Paragraph note : notes) {
            note.setSpacingAfter(4);
            elements.add(note);
        }
        return elements;
    }

    /**
     * The text in each shown language that has it, the first as the main line and the others beneath it, muted;
     * a translation identical to a line above is not repeated (names are often the same in both languages).
     */
    private Phrase localized(LocalizedText text, Font main, Font others) {
        Phrase phrase = new Phrase("", style.text);
        List<String> seen = new ArrayList<>();
        for (Language language : shown) {
            text.in(language).filter(value -> !seen.contains(value)).ifPresent(value -> {
                if (!seen.isEmpty()) {
                    phrase.add(style.newline());
                }
                phrase.add(new Chunk(value, seen.isEmpty() ? main : others));
                seen.add(value);
            });
        }
        if (seen.isEmpty()) {
            String fallback = text.preferring(labels.language());
            phrase.add(new Chunk(fallback.isEmpty() ? "—" : fallback, main));
        }
        return phrase;
    }

    /** A label whose placeholders are filled with values in another font, e.g. a file name and hash in monospace. */
    private Phrase filled(String key, Font text, Font values, String... fillers) {
        Phrase phrase = new Phrase("", style.text);
        String template = labels.text(key);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int from = 0;
        while (placeholder.find()) {
            phrase.add(new Chunk(template.substring(from, placeholder.start()), text));
            phrase.add(new Chunk(fillers[Integer.parseInt(placeholder.group(1))], values));
            from = placeholder.end();
        }
        phrase.add(new Chunk(template.substring(from), text));
        return phrase;
    }

    private PdfPTable keyValueTable() {
        return style.table(24, 76);
    }

    private void row(PdfPTable table, String labelKey, Phrase value) {
        PdfPCell name = style.ruled(new Phrase(labels.text(labelKey), style.label));
        name.setPaddingTop(4.5f);
        table.addCell(name);
        table.addCell(style.ruled(value));
    }

    private PdfPTable single(PdfPCell cell) {
        PdfPTable table = style.table(100);
        table.setKeepTogether(true);
        table.addCell(cell);
        return table;
    }
}
