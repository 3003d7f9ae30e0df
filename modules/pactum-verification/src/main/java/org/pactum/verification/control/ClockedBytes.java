package org.pactum.verification.control;

import java.io.IOException;

import org.openpdf.text.pdf.RandomAccessFileOrArray;

/**
 * A file's first bytes as OpenPDF's tokeniser reads them: all of it, or a signed revision without copying it (what
 * lies beyond the end reads as the end of the file). It watches the clock every so many bytes (once a limit is
 * exceeded, they end) and notes the furthest position read, which tells whether a parse depended on bytes beyond a
 * signed revision's end (see {@link ParsedObjects}).
 *
 * <p>OpenPDF reads a stream's data through a copy of this file that knows no end ({@code getSafeFile}); it does so
 * only after it has checked the stream's extent against {@link #length()}.
 */
final class ClockedBytes extends RandomAccessFileOrArray {

    private final byte[] file;
    private final int end;
    private final ParsingBudget budget;
    private final int clockEvery;
    private long sinceClock;
    private long reach;

    ClockedBytes(byte[] file, ParsingBudget budget, int clockEvery) {
        this(file, file.length, budget, clockEvery);
    }

    /** The first {@code end} bytes of {@code file}. */
    ClockedBytes(byte[] file, int end, ParsingBudget budget, int clockEvery) {
        super(file);
        if (end < 0 || end > file.length) {
            throw new IllegalArgumentException("No prefix of " + end + " bytes in a file of " + file.length);
        }
        this.file = file;
        this.end = end;
        this.budget = budget;
        this.clockEvery = clockEvery;
    }

    /** The bytes themselves, up to {@link #length()}, for a reader that scans them, then calls {@link #consumed}. */
    byte[] file() {
        return file;
    }

    @Override
    public int length() {
        return end;
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
        int read = getFilePointer() < end ? super.read() : -1;
        reached(read < 0 ? Long.MAX_VALUE : getFilePointer());
        return read;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        tick(len);
        int left = end - getFilePointer();
        int read = left <= 0 ? (len == 0 ? 0 : -1) : super.read(b, off, Math.min(len, left));
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
