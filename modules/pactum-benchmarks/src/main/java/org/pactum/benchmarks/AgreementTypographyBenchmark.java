package org.pactum.benchmarks;

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
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.pactum.domain.language.Language;
import org.pactum.domain.text.Clause;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.layout.EmbeddedFonts;

/**
 * What the agreement's typography costs: Pactum's render of the three-page Russian–Kazakh agreement (word-spaced
 * justification, hyphenation, running header, watermark, PDF/A) beside plain OpenPDF setting the same paragraphs in
 * the same font into the same two columns (default justification, no hyphenation, no frame), in the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AgreementTypographyBenchmark {

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
        PdfWriter.getInstance(document, out);
        document.open();
        Font font = new Font(EmbeddedFonts.SERIF, 10);
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

    private List<List<String>> column(Function<Language, List<String>> paragraphs) {
        return agreement.languages().stream().map(paragraphs).toList();
    }
}
