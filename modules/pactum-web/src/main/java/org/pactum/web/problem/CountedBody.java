package org.pactum.web.problem;

import java.io.IOException;
import java.util.function.Consumer;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/**
 * A request body that counts its bytes as they are read and fails the read that passes the limit, whatever the
 * body's framing ({@code Content-Length} or chunked) and whoever reads it. Once failed, every later read fails
 * too, so a reader that swallows the first exception cannot read on.
 */
public class CountedBody extends ServletInputStream {

    private final ServletInputStream body;
    private final long limit;
    private final Consumer<BodyTooLargeException> whenExceeded;
    private long count;
    private BodyTooLargeException exceeded;

    /** @param whenExceeded told once, when the limit is first passed */
    public CountedBody(ServletInputStream body, long limit, Consumer<BodyTooLargeException> whenExceeded) {
        this.body = body;
        this.limit = limit;
        this.whenExceeded = whenExceeded;
    }

    @Override
    public int read() throws IOException {
        refuseIfExceeded();
        int next = body.read();
        if (next >= 0) {
            counted(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        refuseIfExceeded();
        // Never ask for more than one byte past the limit: the bytes beyond it stay unread.
        int read = body.read(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public int readLine(byte[] buffer, int offset, int length) throws IOException {
        refuseIfExceeded();
        int read = body.readLine(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        refuseIfExceeded();
        long skipped = body.skip(Math.min(n, limit - count + 1));
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return exceeded == null ? body.available() : 0;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    public boolean isExceeded() {
        return exceeded != null;
    }

    @Override
    public boolean isFinished() {
        return exceeded != null || body.isFinished();
    }

    @Override
    public boolean isReady() {
        return exceeded == null && body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    private void counted(long bytes) throws BodyTooLargeException {
        count += bytes;
        if (count > limit) {
            exceeded = new BodyTooLargeException(limit);
            whenExceeded.accept(exceeded);
            throw exceeded;
        }
    }

    private void refuseIfExceeded() throws BodyTooLargeException {
        if (exceeded != null) {
            throw new BodyTooLargeException(limit);
        }
    }
}
