package org.pactum.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;

/** The body limit counts bytes as they are read, whatever reads them. */
class CountedBodyTest {

    /** An endless body, as a chunked request can be: counts what was taken from it. */
    static final class Endless extends ServletInputStream {
        long taken;

        @Override
        public int read() {
            taken++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            taken += length;
            return length;
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }

    static ServletInputStream of(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }

    @Test
    void a_body_up_to_the_limit_is_read_whole() throws IOException {
        CountedBody body = new CountedBody(of(new byte[1000]), 1000, exceeded -> { });
        assertEquals(1000, body.readAllBytes().length);
        assertEquals(1000, body.count());
    }

    @Test
    void the_read_that_passes_the_limit_fails_and_takes_at_most_one_byte_more() {
        Endless endless = new Endless();
        List<BodyTooLargeException> told = new ArrayList<>();
        CountedBody body = new CountedBody(endless, 4096, told::add);
        BodyTooLargeException refused = assertThrows(BodyTooLargeException.class,
                () -> body.transferTo(OutputStream.nullOutputStream()));
        assertEquals(4096, refused.limit());
        assertEquals(4097, endless.taken, "nothing is read beyond the byte that passed the limit");
        assertEquals(List.of(refused), told, "told once");
        assertTrue(body.isExceeded());
    }

    @Test
    void single_byte_reads_are_counted_too() throws IOException {
        CountedBody body = new CountedBody(new Endless(), 10, exceeded -> { });
        for (int i = 0; i < 10; i++) {
            body.read();
        }
        assertThrows(BodyTooLargeException.class, body::read);
    }

    @Test
    void once_failed_every_later_read_fails_without_reading() {
        Endless endless = new Endless();
        CountedBody body = new CountedBody(endless, 100, exceeded -> { });
        assertThrows(BodyTooLargeException.class, () -> body.readNBytes(1000));
        long taken = endless.taken;
        assertThrows(BodyTooLargeException.class, body::read);
        assertThrows(BodyTooLargeException.class, () -> body.read(new byte[10], 0, 10));
        assertThrows(BodyTooLargeException.class, () -> body.skip(10));
        assertEquals(taken, endless.taken);
        assertEquals(0, assertDoesNotFail(body::available));
    }

    @Test
    void a_json_parser_that_wraps_the_failure_still_carries_it_to_the_error_mapper() {
        CountedBody body = new CountedBody(new Endless(), 64 * 1024, exceeded -> { });
        JsonException wrapped = assertThrows(JsonException.class, () -> {
            try (JsonParser parser = Json.createParser(body)) {
                while (parser.hasNext()) {
                    parser.next();
                }
            }
        });
        assertTrue(RequestSizeLimit.exceeded(wrapped, null).isPresent(), wrapped::toString);
    }

    @Test
    void an_ordinary_failure_is_no_body_over_its_limit() {
        assertTrue(RequestSizeLimit.exceeded(new IllegalStateException("no cause"), null).isEmpty());
    }

    private interface Available {
        int get() throws IOException;
    }

    private static int assertDoesNotFail(Available available) {
        try {
            return available.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
