package org.pactum.verification.control.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.layout.Cells;
import org.pactum.pdf.layout.Palette;
import org.pactum.verification.control.report.StoredReport.DocumentTimestamp;
import org.pactum.verification.control.report.StoredReport.RecordedSignature;
import org.pactum.verification.control.report.StoredReport.Register;
import org.pactum.verification.control.report.StoredReport.Signature;

/**
 * The report's content in reading order: the verdict on the whole document first, in large coloured words, then the
 * check, the document, its entry in the register with who approved it, each signature, the document timestamps, and
 * how to read it all.
 */
final class ReportBody {

    private final StoredReport report;
    private final ReportWords words;
    private final ReportStyle style;

    ReportBody(StoredReport report, ReportWords words, ReportStyle style) {
        this.report = report;
        this.words = words;
        this.style = style;
    }

    /**
     * @param attachment the name the stored JSON is attached to the file under
     * @param sha256     that JSON's SHA-256
     */
    void addTo(Document document, String attachment, String sha256) {
        Paragraph title = new Paragraph(words.text("document.title"), style.title);
        title.setLeading(24);
        document.add(title);
        Paragraph lead = style.paragraph(words.text("lead"), style.lead);
        lead.setSpacingBefore(3);
        document.add(lead);
        document.add(verdict());
        document.add(new FactTable(style, words.text("section.check"), null)
                .mono(words.text("check.id"), orDash(report.id()))
                .row(words.text("check.validationTime"), ReportFormat.time(report.validationTime(), words))
                .row(words.text("check.policy"), orDash(report.policy()))
                .row(words.text("check.requestedBy"), orDash(report.requestedBy())).table());
        addDocument(document);
        addRegister(document);
        if (report.signatures().isEmpty()) {
            document.add(style.sentence(words.text("section.signatures"), words.text("signatures.none")));
        }
        SignatureSection section = new SignatureSection(words, style);
        for (int i = 0; i < report.signatures().size(); i++) {
            section.add(document, report.signatures().get(i), i + 1, report.signatures().size());
        }
        addTimestamps(document);
        addNotes(document, attachment, sha256);
    }

    private PdfPTable verdict() {
        Verdict verdict = Verdict.of(report.indication());
        PdfPCell box = style.verdict(verdict);
        box.addElement(style.paragraph(words.text("verdict.label"), style.regular(Palette.MUTED, 8.5f)));
        Paragraph words = new Paragraph(this.words.nameOf("verdict", report.indication()), style.bold(verdict.strong(), 26));
        words.setLeading(32);
        box.addElement(words);
        if (this.words.knows("verdict.explained", report.indication())) {
            Paragraph explained = style.paragraph(this.words.text("verdict.explained." + report.indication()),
                    style.regular(Palette.TEXT, 9.5f));
            explained.setSpacingBefore(2);
            box.addElement(explained);
        }
        Paragraph counts = style.paragraph(counts(), style.regular(Palette.MUTED, 8));
        counts.add(new Chunk("      " + orDash(report.indication()), style.code));
        counts.setSpacingBefore(4);
        box.addElement(counts);
        PdfPTable table = style.table(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(4);
        table.setKeepTogether(true);
        table.addCell(box);
        return table;
    }

    private String counts() {
        long passed = count("TOTAL_PASSED");
        long failed = count("TOTAL_FAILED");
        long indeterminate = report.signatures().size() - passed - failed;
        return words.text("verdict.counts", report.signatures().size(), passed, failed, indeterminate);
    }

    private long count(String indication) {
        return report.signatures().stream().map(Signature::indication).filter(indication::equals).count();
    }

    private void addDocument(Document document) {
        StoredReport.Document file = report.document();
        FactTable facts = new FactTable(style, words.text("section.document"), null);
        facts.mono(words.text("document.sha256"), file == null ? words.text("none") : orDash(file.sha256()));
        facts.row(words.text("document.size"), file == null || file.size() == null ? words.text("none")
                : words.text("document.bytes", ReportFormat.grouped(file.size(), words.language())));
        facts.row(words.text("document.revisions"), file == null || file.revisions() == null ? words.text("none")
                : words.text("document.revisions.explained", file.revisions()));
        facts.row(words.text("document.signatures"), Integer.toString(report.signatures().size()));
        facts.row(words.text("document.timestamps"), Integer.toString(report.documentTimestamps().size()));
        document.add(facts.table());
    }

    private void addRegister(Document document) {
        Register register = report.document() == null ? null : report.document().register();
        if (register == null) {
            document.add(style.sentence(words.text("section.register"), words.text("register.none")));
            return;
        }
        document.add(new FactTable(style, words.text("section.register"), null)
                .lead(words.text("register.lead"))
                .row(words.text("register.number"), new Phrase(orDash(register.number()), style.textBold))
                .row(words.text("register.registrationNumber"), register.registrationNumber() == null
                        ? words.text("register.unregistered") : register.registrationNumber())
                .row(words.text("register.status"), words.nameOf("status", register.status()))
                .row(words.text("register.revision"), register.revision() == null ? words.text("none")
                        : register.revision().toString())
                .row(words.text("register.agreementId"), register.agreementId() == null ? words.text("none")
                        : register.agreementId().toString()).table());
        document.add(recordedSignatures(register));
        new ApprovalSection(words, style).addTo(document, register);
    }

    private PdfPTable recordedSignatures(Register register) {
        if (register.signatures().isEmpty()) {
            return style.subsentence(words.text("register.signatures"), words.text("register.none.signatures"));
        }
        PdfPTable table = style.columns(words.text("register.signatures"), words.columns("register.column", "position",
                "signer", "subject", "signedAt", "level"), 5, 17, 36, 21, 21);
        for (RecordedSignature signature : register.signatures()) {
            table.addCell(Cells.ruled(new Phrase(signature.position() == null ? words.text("none")
                    : signature.position().toString(), style.text)));
            table.addCell(Cells.ruled(new Phrase(orDash(signature.signer()), style.textBold)));
            table.addCell(Cells.ruled(new Phrase(orDash(signature.certificateSubject()), style.text)));
            table.addCell(Cells.ruled(new Phrase(ReportFormat.time(signature.signedAt(), words), style.text)));
            table.addCell(Cells.ruled(new Phrase(orDash(signature.level()), style.text)));
        }
        return table;
    }

    private void addTimestamps(Document document) {
        if (report.documentTimestamps().isEmpty()) {
            document.add(style.sentence(words.text("section.timestamps"), words.text("timestamps.none")));
            return;
        }
        PdfPTable table = style.headed(words.text("section.timestamps"), 18, 18, 34, 12, 18);
        for (String column : new String[] {"field", "time", "tsa", "valid", "covers"}) {
            table.addCell(style.tableHead(words.text("timestamps.column." + column)));
        }
        table.setHeaderRows(2);
        for (DocumentTimestamp timestamp : report.documentTimestamps()) {
            table.addCell(Cells.ruled(new Phrase(orDash(timestamp.fieldName()), style.mono)));
            table.addCell(Cells.ruled(new Phrase(ReportFormat.time(timestamp.time(), words), style.text)));
            table.addCell(Cells.ruled(new Phrase(orDash(timestamp.tsa()), style.text)));
            boolean valid = Boolean.TRUE.equals(timestamp.valid());
            table.addCell(Cells.ruled(new Phrase(words.yesNo(valid),
                    style.bold((valid ? Verdict.PASSED : Verdict.FAILED).strong(), 8.5f))));
            table.addCell(Cells.ruled(new Phrase(words.yesNo(timestamp.coversWholeDocument()), style.text)));
        }
        document.add(table);
    }

    private void addNotes(Document document, String attachment, String sha256) {
        PdfPTable table = style.headed(words.text("section.notes"), 1);
        for (String note : new String[] {words.text("note.source", orDash(report.id()), attachment, sha256),
                words.text("note.times"), words.text("note.levels")}) {
            PdfPCell cell = style.across(table, new Phrase(note, style.note));
            cell.setPaddingBottom(3);
            table.addCell(cell);
        }
        document.add(table);
    }

    private String orDash(String value) {
        return words.orNone(value);
    }
}
