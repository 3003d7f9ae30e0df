package org.pactum.verification.control;

import java.io.IOException;

import org.openpdf.text.pdf.PdfReader;

/**
 * A PDF parsed once, within the budget of the verification it is part of, for both the signature checks
 * ({@link SignatureVerifier}) and the revision analysis ({@link RevisionAnalysis}): the final file is the larger part
 * of what either parses, so reading it twice cost a parse of the whole file per verification.
 */
public final class ParsedDocument implements AutoCloseable {

    private final byte[] pdf;
    private final ParsingBudget budget;
    private final PdfReader reader;

    private ParsedDocument(byte[] pdf, ParsingBudget budget, PdfReader reader) {
        this.pdf = pdf;
        this.budget = budget;
        this.reader = reader;
    }

    /**
     * Parses {@code pdf}; anything that is not a readable PDF is an {@link IllegalArgumentException}.
     *
     * @throws ParsingLimitExceededException when the file goes over one of the budget's limits
     */
    public static ParsedDocument read(byte[] pdf, ParsingBudget budget) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("Not a PDF: the input is empty");
        }
        try {
            return new ParsedDocument(pdf, budget, LimitedPdfReader.open(pdf, budget));
        } catch (ParsingLimitExceededException exceeded) {
            throw exceeded;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // OpenPDF signals a broken file with assorted runtime exceptions besides IOException.
            throw new IllegalArgumentException("Not a readable PDF: " + e, e);
        }
    }

    /** The file's bytes, not copied: the caller keeps them unchanged. */
    public byte[] bytes() {
        return pdf;
    }

    public ParsingBudget budget() {
        return budget;
    }

    PdfReader reader() {
        return reader;
    }

    @Override
    public void close() {
        reader.close();
    }
}
