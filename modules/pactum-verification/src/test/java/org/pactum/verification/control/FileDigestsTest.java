package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FileDigestsTest {

    private final byte[] file = new byte[100_000];

    FileDigestsTest() {
        new Random(7).nextBytes(file);
    }

    @Test
    void a_prefix_digest_equals_hashing_the_prefix_whether_or_not_its_end_was_announced() throws Exception {
        FileDigests digests = new FileDigests(file, List.of(30_000L, 70_000L, (long) file.length));
        for (long end : new long[] {0, 1, 29_999, 30_000, 30_001, 70_000, 99_999, file.length}) {
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(file, (int) end)),
                    digests.prefix(end, "SHA-256"), "prefix of " + end);
        }
    }

    @Test
    void a_range_digest_equals_hashing_both_parts_in_any_order_of_requests() {
        FileDigests digests = new FileDigests(file, List.of(60_000L, 20_000L));
        long[] later = {0, 60_000, 64_000, 30_000};
        long[] earlier = {0, 20_000, 24_000, 6_000};
        long[] unannounced = {0, 41_000, 45_000, 10_000};
        for (long[] range : List.of(later, earlier, unannounced)) {
            for (String algorithm : List.of("SHA-256", "SHA-512")) {
                assertArrayEquals(RangeDigest.of(file, range, algorithm), digests.range(range, algorithm),
                        Arrays.toString(range) + " " + algorithm);
            }
        }
    }

    @Test
    void a_range_that_does_not_start_at_zero_is_hashed_as_stated() {
        long[] range = {10, 20_000, 24_000, 6_000};
        assertArrayEquals(RangeDigest.of(file, range, "SHA-256"),
                new FileDigests(file, List.of(20_000L)).range(range, "SHA-256"));
    }
}
