package org.pactum.verification.control;

import java.io.IOException;
import java.util.List;

/**
 * A PDF parsed once, within the budget of the verification it is part of, for both the signature checks
 * ({@link SignatureVerifier}) and the revision analysis ({@link RevisionAnalysis}): the final file is the larger part
 * of what either parses, so reading it twice cost a parse of the whole file per verification.
 */
public final class ParsedDocument implements AutoCloseable {

    private final byte[] pdf;
    private final ParsingBudget budget;
    private final LimitedPdfReader reader;
    private final FileDigests digests;
    private List<Long> revisionEnds;

    private ParsedDocument(byte[] pdf, ParsingBudget budget, LimitedPdfReader reader) {
        this.pdf = pdf;
        this.budget = budget;
        this.reader = reader;
        this.digests = new FileDigests(pdf, List.of((long) pdf.length));
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

    /** Where each revision ends ({@link Revisions#ends}), found once for every part of the verification. */
    public List<Long> revisionEnds() {
        if (revisionEnds == null) {
            revisionEnds = Revisions.ends(pdf);
        }
        return revisionEnds;
    }

    /**
     * The digests of the file's prefixes and signed ranges, in one pass per algorithm for every part of the
     * verification: say first where they will be needed ({@link FileDigests#keepStatesAt}).
     */
    public FileDigests digests() {
        return digests;
    }

    LimitedPdfReader reader() {
        return reader;
    }

    @Override
    public void close() {
        reader.close();
    }
}
