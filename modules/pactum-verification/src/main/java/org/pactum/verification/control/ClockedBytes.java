package org.pactum.verification.control;

import java.io.IOException;

import org.openpdf.text.pdf.RandomAccessFileOrArray;

/**
 * A file's bytes as OpenPDF's tokeniser reads them, watching the clock every so many bytes (once a limit is exceeded,
 * they end) and noting the furthest position read, which tells whether a parse depended on bytes beyond a signed
 * revision's end (see {@link ParsedObjects}).
 */
final class ClockedBytes extends RandomAccessFileOrArray {

    private final byte[] file;
    private final ParsingBudget budget;
    private final int clockEvery;
    private long sinceClock;
    private long reach;

    ClockedBytes(byte[] file, ParsingBudget budget, int clockEvery) {
        super(file);
        this.file = file;
        this.budget = budget;
        this.clockEvery = clockEvery;
    }

    /** The bytes themselves, for a reader that scans them in bulk and then calls {@link #consumed}. */
    byte[] file() {
        return file;
    }

    /** The furthest position read since {@link #resetReach}; past the end once the end was read. */
    long reach() {
        return reach;
    }

    void resetReach(int position) {
        reach = position;
    }

    /** Moves past bytes read directly from {@link #file()}, up to {@code end}, as if read one by one. */
    void consumed(int end) throws IOException {
        int from = getFilePointer();
        tick(end - from);
        seek(end);
        reached(end);
    }

    @Override
    public int read() throws IOException {
        tick(1);
        int read = super.read();
        reached(read < 0 ? Long.MAX_VALUE : getFilePointer());
        return read;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        tick(len);
        int read = super.read(b, off, len);
        reached(read < len ? Long.MAX_VALUE : getFilePointer());
        return read;
    }

    private void reached(long position) {
        if (position > reach) {
            reach = position;
        }
    }

    private void tick(int bytes) {
        budget.stopIfExceeded();
        sinceClock += bytes;
        if (sinceClock >= clockEvery) {
            sinceClock = 0;
            budget.checkTime();
        }
    }
}
