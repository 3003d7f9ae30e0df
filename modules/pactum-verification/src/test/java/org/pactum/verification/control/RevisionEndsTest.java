package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Every {@code %%EOF} is found, wherever it lies against the eight-byte steps of the search. */
class RevisionEndsTest {

    @Test
    void finds_the_markers_of_an_incremental_file() {
        byte[] pdf = ascii("%PDF-1.7\n...%%EOF\n1 0 obj...%%EOF\r\nmore %%EOF");
        assertEquals(List.of(18L, 35L, 45L), Revisions.ends(pdf));
    }

    @Test
    void finds_markers_at_every_place_and_in_runs_of_percent_signs() {
        for (int place = 0; place < 24; place++) {
            byte[] pdf = ascii(".".repeat(place) + "%%%EOF%%EO%%EOF" + ".".repeat(24 - place));
            assertEquals(naive(pdf), Revisions.ends(pdf), "marker after " + place + " bytes");
        }
        assertEquals(List.of(), Revisions.ends(ascii("%%EO")));
        assertEquals(List.of(5L), Revisions.ends(ascii("%%EOF")));
    }

    @Test
    void agrees_with_a_byte_by_byte_search_on_random_bytes() {
        Random random = new Random(20261207);
        byte[] alphabet = ascii("%EOF\r\n\u0000\u00a5x");
        for (int round = 0; round < 2000; round++) {
            byte[] pdf = new byte[random.nextInt(64)];
            for (int i = 0; i < pdf.length; i++) {
                pdf[i] = alphabet[random.nextInt(alphabet.length)];
            }
            assertEquals(naive(pdf), Revisions.ends(pdf));
        }
    }

    private static List<Long> naive(byte[] pdf) {
        List<Long> ends = new ArrayList<>();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        for (int at = text.indexOf("%%EOF"); at >= 0; at = text.indexOf("%%EOF", at + 5)) {
            int end = at + 5;
            if (end < pdf.length && pdf[end] == '\r') {
                end++;
            }
            if (end < pdf.length && pdf[end] == '\n') {
                end++;
            }
            ends.add((long) end);
        }
        return ends;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
