package org.pactum.verification.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.openpdf.text.exceptions.InvalidPdfException;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.IntHashtable;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.pactum.verification.entity.ParsingLimit;
import org.pactum.verification.entity.ParsingLimits;

/**
 * OpenPDF's reader held to a {@link ParsingBudget}. OpenPDF reads a whole file in its constructor and trusts what the
 * file declares: a cross-reference section or object stream claiming a hundred million objects gets arrays that size,
 * a cross-reference stream its declared /Length, a deflated stream inflates to whatever it holds, a page tree whose
 * nodes share kids is walked once per path, and nesting is followed until the stack overflows. This reader counts
 * what the parser reads, watches the clock on every 64 KiB it reads and every 4096 objects, and checks what the file
 * declares before OpenPDF acts on it; the streams verification decodes itself go through {@link #decoded}.
 *
 * <p>OpenPDF catches broadly and tries again (rebuilding the cross-reference table), so a refusal thrown inside it
 * may be swallowed; the budget stays exceeded and every later step meets the refusal again, and {@link #open}
 * throws it when OpenPDF gives up or returns.
 */
final class LimitedPdfReader extends PdfReader {

    private static final int CLOCK_EVERY_OBJECTS = 4096;
    private static final int CLOCK_EVERY_BYTES = 64 * 1024;
    private static final PdfName OBJECT_COUNT = new PdfName("N");

    private final ParsingBudget budget;
    private final ParsingLimits limits;
    private final Set<Integer> crossReferenceTables = new HashSet<>();
    private final Set<Integer> crossReferenceStreams = new HashSet<>();
    private long objects;
    private int depth;
    private long inflated;
    private final ClockedBytes bytes;
    /** What this reader parsed where, kept only when it reads a whole file for its revisions to take from. */
    private final ParsedObjects parsed = new ParsedObjects();
    private boolean recording;
    private ParsedObjects earlier;
    private boolean readingObjects;
    private int nesting;

    private LimitedPdfReader(byte[] pdf, int end, ParsingBudget budget) {
        this.budget = budget;
        this.limits = budget.limits();
        this.bytes = new ClockedBytes(pdf, end, budget, CLOCK_EVERY_BYTES);
        this.tokens = new HexStringTokeniser(bytes);
    }

    /**
     * Reads {@code pdf} as {@code new PdfReader(pdf)} would.
     *
     * @throws ParsingLimitExceededException when the file goes over a limit
     * @throws IOException                   and runtime exceptions, as OpenPDF throws them, when it is no readable PDF
     */
    static LimitedPdfReader open(byte[] pdf, ParsingBudget budget) throws IOException {
        budget.checkTime();
        LimitedPdfReader reader = new LimitedPdfReader(pdf, pdf.length, budget);
        reader.recording = true;
        return read(reader, budget);
    }

    private static LimitedPdfReader read(LimitedPdfReader reader, ParsingBudget budget) throws IOException {
        try {
            reader.readPdf();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            budget.stopIfExceeded();
            throw e;
        }
        budget.stopIfExceeded();
        return reader;
    }

    /** The values the parser read, what {@code maxObjects} limits (for measuring genuine files against it). */
    long objectsRead() {
        return objects;
    }

    /**
     * Reads the first {@code end} bytes of the file {@code whole} has read, a signed revision, without copying them.
     * An object {@code whole} parsed from the same position without reading past {@code end} is taken from it (a copy
     * whose references point into this reader) instead of being tokenised again; everything else, and all that
     * OpenPDF does after parsing (a stream's /Length checked against this revision, the page tree), is this reader's
     * own.
     *
     * @throws ParsingLimitExceededException when the file goes over a limit
     * @throws IOException                   and runtime exceptions, as OpenPDF throws them, when it is no readable PDF
     */
    static LimitedPdfReader openRevision(LimitedPdfReader whole, int end, ParsingBudget budget) throws IOException {
        budget.checkTime();
        LimitedPdfReader reader = new LimitedPdfReader(whole.bytes.file(), end, budget);
        if (!whole.isEncrypted()) {
            reader.earlier = whole.parsed;
        }
        return read(reader, budget);
    }

    /**
     * Parses this file's objects; a top-level object (not one inside an object stream, which OpenPDF reads from a
     * tokeniser of its own) is recorded in {@link #parsed}, or taken from {@link #earlier} when it holds it.
     */
    @Override
    protected void readDocObj() throws IOException {
        if (trailer != null && trailer.get(PdfName.ENCRYPT) != null) {
            // Strings are decrypted in place after parsing: an object taken from another reader would be again.
            earlier = null;
        }
        readingObjects = true;
        try {
            super.readDocObj();
        } finally {
            readingObjects = false;
        }
    }

    /** The stream's bytes with its filters applied, inflating no more than this reading has left. */
    byte[] decoded(PRStream stream) throws IOException {
        return StreamDecoding.decode(stream, PdfReader.getStreamBytesRaw(stream), this::inflateAllowance);
    }

    @Override
    protected PdfObject readPRObject() throws IOException {
        budget.stopIfExceeded();
        if (++objects > limits.maxObjects()) {
            throw budget.exceed(ParsingLimit.OBJECTS);
        }
        if (objects % CLOCK_EVERY_OBJECTS == 0) {
            budget.checkTime();
        }
        if (!readingObjects || nesting > 0 || tokens.getFile() != bytes) {
            nesting++;
            try {
                return super.readPRObject();
            } finally {
                nesting--;
            }
        }
        int start = tokens.getFilePointer();
        if (earlier != null) {
            Optional<ParsedObjects.Parsed> known = earlier.within(start, bytes.length());
            if (known.isPresent()) {
                tokens.seek(known.get().end());
                return duplicatePdfObject(known.get().object(), this);
            }
        }
        bytes.resetReach(start);
        nesting++;
        PdfObject object;
        try {
            object = super.readPRObject();
        } finally {
            nesting--;
        }
        if (recording) {
            parsed.add(start, object, tokens.getFilePointer(), bytes.reach());
        }
        return object;
    }

    @Override
    protected PdfDictionary readDictionary() throws IOException {
        enterLevel();
        try {
            return super.readDictionary();
        } finally {
            depth--;
        }
    }

    @Override
    protected PdfArray readArray() throws IOException {
        enterLevel();
        try {
            return super.readArray();
        } finally {
            depth--;
        }
    }

    private void enterLevel() {
        if (++depth > limits.maxDepth()) {
            depth--;
            throw budget.exceed(ParsingLimit.DEPTH);
        }
    }

    /** A cross-reference table: its subsections and its trailer's /Size are checked before OpenPDF sizes arrays by them. */
    @Override
    protected PdfDictionary readXrefSection() throws IOException {
        budget.stopIfExceeded();
        int start = tokens.getFilePointer();
        if (!crossReferenceTables.add(start)) {
            throw new InvalidPdfException("the cross-reference tables form a loop");
        }
        tokens.nextValidToken();
        if ("xref".equals(tokens.getStringValue())) {
            skipSubsections();
            if ("trailer".equals(tokens.getStringValue())
                    && readPRObject() instanceof PdfDictionary trailer) {
                declares(trailer.get(PdfName.SIZE), 0);
            }
        }
        tokens.seek(start);
        return super.readXrefSection();
    }

    private void skipSubsections() throws IOException {
        while (true) {
            tokens.nextValidToken();
            if (tokens.getTokenType() != PRTokeniser.TK_NUMBER) {
                return;
            }
            long first = tokens.intValue();
            tokens.nextValidToken();
            if (tokens.getTokenType() != PRTokeniser.TK_NUMBER) {
                return;
            }
            long count = tokens.intValue();
            if (first < 0 || count < 0) {
                return;
            }
            if (first + count > limits.maxObjects()) {
                throw budget.exceed(ParsingLimit.OBJECTS);
            }
            if (skipFixedEntries((int) count)) {
                continue;
            }
            for (long token = 0; token < 3 * count; token++) {
                tokens.nextValidToken();
                if (tokens.getTokenType() == PRTokeniser.TK_ENDOFFILE) {
                    return;
                }
            }
        }
    }

    /**
     * Skips {@code count} entries written as the standard asks, twenty bytes each ("0000012345 00000 n" and a
     * two-byte end of line), without tokenising them; anything else is left to the token by token walk.
     */
    private boolean skipFixedEntries(int count) throws IOException {
        byte[] file = bytes.file();
        int at = tokens.getFilePointer();
        while (at < bytes.length() && PRTokeniser.isWhitespace(file[at] & 0xff)) {
            at++;
        }
        long end = at + 20L * count;
        if (end > bytes.length()) {
            return false;
        }
        for (int entry = at; entry < end; entry += 20) {
            if (!fixedEntry(file, entry)) {
                return false;
            }
        }
        bytes.consumed((int) end);
        return true;
    }

    private static boolean fixedEntry(byte[] file, int at) {
        for (int i = 0; i < 18; i++) {
            byte b = file[at + i];
            boolean fits = switch (i) {
                case 10, 16 -> b == ' ';
                case 17 -> b == 'n' || b == 'f';
                default -> b >= '0' && b <= '9';
            };
            if (!fits) {
                return false;
            }
        }
        return PRTokeniser.isWhitespace(file[at + 18] & 0xff) && PRTokeniser.isWhitespace(file[at + 19] & 0xff);
    }

    /**
     * A cross-reference stream: its /Size and /Index are checked, its /Length must lie within the file (OpenPDF takes
     * it as it stands), and it is inflated within the allowance before OpenPDF inflates it without one.
     */
    @Override
    protected boolean readXRefStream(int ptr) throws IOException {
        budget.stopIfExceeded();
        if (!crossReferenceStreams.add(ptr)) {
            throw new InvalidPdfException("the cross-reference streams form a loop");
        }
        int back = tokens.getFilePointer();
        tokens.seek(ptr);
        if (tokens.nextToken() && tokens.getTokenType() == PRTokeniser.TK_NUMBER
                && tokens.nextToken() && tokens.getTokenType() == PRTokeniser.TK_NUMBER
                && tokens.nextToken() && "obj".equals(tokens.getStringValue())
                && readPRObject() instanceof PRStream stream && PdfName.XREF.equals(stream.get(PdfName.TYPE))) {
            declares(stream.get(PdfName.SIZE), 0);
            if (stream.get(PdfName.INDEX) instanceof PdfArray index) {
                for (int i = 0; i + 1 < index.size(); i += 2) {
                    declares(index.getPdfObject(i + 1), number(index.getPdfObject(i)));
                }
            }
            long length = number(stream.get(PdfName.LENGTH));
            if (length < 0 || length > tokens.length() - (long) stream.getOffset()) {
                throw new InvalidPdfException("a cross-reference stream runs past the end of the file");
            }
            stream.setLength((int) length);
            StreamDecoding.count(stream, PdfReader.getStreamBytesRaw(stream, tokens.getFile()), this::inflateAllowance);
        }
        tokens.seek(back);
        return super.readXRefStream(ptr);
    }

    /** An object stream: its /N sizes two arrays, and OpenPDF inflates it without a limit. */
    @Override
    protected void readObjStm(PRStream stream, IntHashtable map) throws IOException {
        budget.stopIfExceeded();
        if (stream != null) {
            declares(stream.get(OBJECT_COUNT), 0);
            StreamDecoding.count(stream, PdfReader.getStreamBytesRaw(stream, tokens.getFile()), this::inflateAllowance);
        }
        super.readObjStm(stream, map);
    }

    /** Before OpenPDF rebuilds a broken file's cross-references from its "n g obj" lines, the highest n is checked. */
    @Override
    protected void rebuildXref() throws IOException {
        budget.stopIfExceeded();
        tokens.seek(0);
        byte[] line = new byte[64];
        while (tokens.readLineSegment(line)) {
            if (line[0] >= '0' && line[0] <= '9') {
                int[] object = PRTokeniser.checkObjectStart(line);
                if (object != null && object[0] >= limits.maxObjects()) {
                    throw budget.exceed(ParsingLimit.OBJECTS);
                }
            }
        }
        super.rebuildXref();
    }

    /** OpenPDF walks the page tree recursively, once per path: it must be a tree, and no deeper than the limit. */
    @Override
    protected void readPages() throws IOException {
        budget.stopIfExceeded();
        PdfDictionary root = trailer == null ? null : trailer.getAsDict(PdfName.ROOT);
        if (root != null) {
            checkPageTree(root.get(PdfName.PAGES));
        }
        super.readPages();
    }

    private void checkPageTree(PdfObject top) throws InvalidPdfException {
        record Node(PdfObject object, int level) {
        }
        Set<Integer> seen = new HashSet<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(top, 1));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!(getPdfObject(node.object()) instanceof PdfDictionary dictionary)
                    || !(getPdfObject(dictionary.get(PdfName.KIDS)) instanceof PdfArray kids)) {
                continue;
            }
            if (node.object() instanceof PRIndirectReference reference && !seen.add(reference.getNumber())) {
                throw new InvalidPdfException("a node of the page tree is reached twice");
            }
            if (node.level() > limits.maxDepth()) {
                throw budget.exceed(ParsingLimit.DEPTH);
            }
            for (PdfObject kid : kids.getElements()) {
                pending.push(new Node(kid, node.level() + 1));
            }
        }
    }

    /**
     * OpenPDF's form follows each widget's /Parent until it meets the one it came from, building the field's name on
     * the way: parents that loop would grow that name until the heap is full.
     */
    @Override
    public AcroFields getAcroFields() {
        for (int page = 1; page <= getNumberOfPages(); page++) {
            PdfDictionary dictionary = getPageN(page);
            if (dictionary != null && getPdfObject(dictionary.get(PdfName.ANNOTS)) instanceof PdfArray annotations) {
                for (PdfObject annotation : annotations.getElements()) {
                    checkParents(annotation);
                }
            }
        }
        return super.getAcroFields();
    }

    private void checkParents(PdfObject annotation) {
        Set<Integer> seen = new HashSet<>();
        PdfObject next = annotation;
        for (int level = 0; getPdfObject(next) instanceof PdfDictionary field; level++) {
            if (level > limits.maxDepth()) {
                throw budget.exceed(ParsingLimit.DEPTH);
            }
            if (next instanceof PRIndirectReference reference && !seen.add(reference.getNumber())) {
                throw new IllegalArgumentException("a form field is its own ancestor");
            }
            next = field.get(PdfName.PARENT);
        }
    }

    /** Fails when {@code count} objects from {@code first} on lie beyond the object limit. */
    private void declares(PdfObject count, long first) {
        long declared = number(count);
        if (declared > 0 && first + declared > limits.maxObjects()) {
            throw budget.exceed(ParsingLimit.OBJECTS);
        }
    }

    /** Takes {@code bytes} more inflated bytes from this reading's allowance, or refuses. */
    private void inflateAllowance(long bytes) {
        inflated += bytes;
        if (inflated > limits.maxDecompressedBytes()) {
            throw budget.exceed(ParsingLimit.DECOMPRESSED_BYTES);
        }
        budget.checkTime();
    }

    private static long number(PdfObject object) {
        return getPdfObject(object) instanceof PdfNumber number ? (long) number.doubleValue() : 0;
    }
}
