package org.pactum.benchmarks;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.AgreementWords;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.layout.EmbeddedFonts;

/**
 * What the agreement's typography costs: Pactum's render of the three-page Russian–Kazakh agreement (word-spaced
 * justification, hyphenation, page totals, signature fields, PDF/A) beside plain OpenPDF setting the same text in the
 * same fonts into the same two columns with its defaults (justification by letter and word spacing, no hyphenation,
 * plain page numbers, no PDF/A), in the same run. A third method sets only the paragraphs, without the running header,
 * the article numbers and the signature blocks: the comparison the first figures were taken with.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AgreementTypographyBenchmark {

    private final Font serif = new Font(EmbeddedFonts.SERIF, 10);
    private final Font bold = new Font(EmbeddedFonts.SERIF_BOLD, 10);
    private final Font sans = new Font(EmbeddedFonts.SANS, 7.5f);
    private final Font mono = new Font(EmbeddedFonts.MONO, 6.5f);
    private AgreementDocument agreement;
    /** Per row, the paragraphs of each column. */
    private List<List<List<String>>> rows;

    @Setup
    public void prepare() {
        agreement = SampleAgreements.omskPavlodar(true);
        rows = new ArrayList<>();
        rows.add(column(language -> List.of(agreement.kind().in(language).orElseThrow(), agreement.title().in(language).orElseThrow())));
        rows.add(column(language -> List.of(agreement.preamble().in(language).orElseThrow())));
        for (Clause clause : agreement.clauses()) {
            rows.add(column(language -> {
                List<String> paragraphs = new ArrayList<>();
                clause.heading().in(language).ifPresent(paragraphs::add);
                paragraphs.addAll(clause.paragraphs(language));
                return paragraphs;
            }));
        }
        rows.add(column(language -> List.of(agreement.equallyAuthentic().in(language).orElseThrow())));
    }

    @Benchmark
    @Threads(1)
    public byte[] pactum() {
        return AgreementPdf.render(agreement).pdf();
    }

    @Benchmark
    @Threads(1)
    public byte[] plainOpenPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 96, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PlainFrame());
        document.open();
        PdfPTable table = table();
        table.setHeaderRows(1);
        addRow(table, language -> List.of(AgreementWords.column(language)), sans);
        addRow(table, language -> List.of(agreement.kind().in(language).orElseThrow(), agreement.title().in(language).orElseThrow()), bold);
        addRow(table, language -> agreement.placeAndDate().in(language).stream().toList(), serif);
        addRow(table, language -> List.of(agreement.preamble().in(language).orElseThrow()), serif);
        int number = 1;
        for (Clause clause : agreement.clauses()) {
            int article = number++;
            addRow(table, language -> {
                List<String> paragraphs = new ArrayList<>();
                paragraphs.add(AgreementWords.article(language, article));
                clause.heading().in(language).ifPresent(paragraphs::add);
                paragraphs.addAll(clause.paragraphs(language));
                return paragraphs;
            }, serif);
        }
        addRow(table, language -> agreement.equallyAuthentic().in(language).stream().toList(), serif);
        document.add(table);
        PdfPTable signatures = new PdfPTable(agreement.parties().size());
        signatures.setWidthPercentage(100);
        for (AgreementDocument.Signatory party : agreement.parties()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            for (Language language : agreement.languages()) {
                party.organisation().in(language).ifPresent(text -> cell.addElement(new Paragraph(text, bold)));
                party.position().in(language).ifPresent(text -> cell.addElement(new Paragraph(text, serif)));
            }
            cell.addElement(new Paragraph(AgreementWords.signature(agreement.languages().getFirst()), sans));
            for (Language language : agreement.languages()) {
                party.name().in(language).ifPresent(text -> cell.addElement(new Paragraph(text, bold)));
            }
            signatures.addCell(cell);
        }
        document.add(signatures);
        document.close();
        return out.toByteArray();
    }

    @Benchmark
    @Threads(1)
    public byte[] plainOpenPdfParagraphsOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 96, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        Font font = serif;
        PdfPTable table = new PdfPTable(agreement.languages().size());
        table.setWidthPercentage(100);
        table.setSplitRows(true);
        table.setSplitLate(false);
        for (List<List<String>> row : rows) {
            for (List<String> paragraphs : row) {
                PdfPCell cell = new PdfPCell();
                cell.setBorder(Rectangle.NO_BORDER);
                for (String text : paragraphs) {
                    Paragraph paragraph = new Paragraph(text, font);
                    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                    cell.addElement(paragraph);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private PdfPTable table() {
        PdfPTable table = new PdfPTable(agreement.languages().size());
        table.setWidthPercentage(100);
        table.setSplitRows(true);
        table.setSplitLate(false);
        return table;
    }

    private void addRow(PdfPTable table, Function<Language, List<String>> paragraphs, Font font) {
        for (Language language : agreement.languages()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            for (String text : paragraphs.apply(language)) {
                Paragraph paragraph = new Paragraph(text, font);
                // The product's line spacing, so both fill the same number of pages.
                paragraph.setLeading(0, 1.25f);
                paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                cell.addElement(paragraph);
            }
            table.addCell(cell);
        }
    }

    /** The running header and footer with OpenPDF's plain means: the same words, the page number without a total. */
    private final class PlainFrame extends PdfPageEventHelper {

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.getPageSize().getTop() - 30;
            for (Language language : agreement.languages()) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(
                        AgreementWords.reference(language, agreement.number(), agreement.version()), sans), document.left(), y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(
                        AgreementWords.pageOf(language, writer.getPageNumber()), sans), document.right(), y, 0);
                y -= 10;
            }
            Phrase footer = new Phrase(AgreementWords.contentHash(agreement.languages().getFirst()) + ": ", sans);
            footer.add(new Phrase(agreement.contentHash(), mono));
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, footer, document.left(), document.bottom() - 28, 0);
            if (agreement.draft()) {
                ColumnText.showTextAligned(writer.getDirectContentUnder(), Element.ALIGN_CENTER,
                        new Phrase(AgreementWords.draft(agreement.languages().getFirst()), new Font(EmbeddedFonts.SANS_BOLD, 100, Font.NORMAL, Color.LIGHT_GRAY)),
                        document.getPageSize().getWidth() / 2, document.getPageSize().getHeight() / 2, 55);
            }
        }
    }

    private List<List<String>> column(Function<Language, List<String>> paragraphs) {
        return agreement.languages().stream().map(paragraphs).toList();
    }
}
