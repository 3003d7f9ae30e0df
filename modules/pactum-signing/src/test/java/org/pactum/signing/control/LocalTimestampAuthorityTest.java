package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.junit.jupiter.api.Test;
import org.pactum.domain.signature.UnusableKeyException;

class LocalTimestampAuthorityTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer TSA_KEY = PKI.timestampAuthority("Pactum Test TSA");

    private final LocalTimestampAuthority authority = new LocalTimestampAuthority(TSA_KEY.key(), TSA_KEY.chain(),
            "1.3.6.1.4.1.99999.1", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void tokens_tell_the_clocks_time_to_a_second_under_the_policy_with_growing_serials() throws Exception {
        TimeStampTokenInfo first = info(authority.timestamp(new byte[32], "SHA-256"));
        TimeStampTokenInfo second = info(authority.timestamp(new byte[48], "SHA-384"));

        assertEquals(NOW, first.getGenTime().toInstant());
        assertEquals(1, first.getAccuracy().getSeconds().intValueExact());
        assertEquals("1.3.6.1.4.1.99999.1", first.getPolicy().getId());
        assertTrue(second.getSerialNumber().compareTo(first.getSerialNumber()) > 0);
    }

    @Test
    void a_request_that_cannot_be_read_is_answered_with_a_rejection() throws Exception {
        TimeStampResponse response = new TimeStampResponse(authority.respond(new byte[] {1, 2, 3}));

        assertEquals(PKIStatus.REJECTION, response.getStatus());
    }

    @Test
    void a_certificate_without_the_time_stamping_usage_cannot_make_an_authority() {
        TestPki.Signer signer = PKI.rsaSigner("Omsk Head", 2048);

        assertThrows(UnusableKeyException.class, () -> new LocalTimestampAuthority(signer.key(), signer.chain(),
                "1.3.6.1.4.1.99999.1", Clock.systemUTC()));
    }

    @Test
    void tokens_asked_for_at_once_from_many_threads_each_verify_and_have_their_own_serial() throws Exception {
        // Two nodes' signings (and one node's concurrent requests) stamp at the same moment: BouncyCastle's signer is
        // one Signature object, which interleaved calls would corrupt.
        int threads = 4;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<BigInteger>>> serials = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                byte seed = (byte) t;
                serials.add(pool.submit(() -> {
                    List<BigInteger> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        byte[] digest = new byte[32];
                        digest[0] = seed;
                        digest[1] = (byte) i;
                        mine.add(info(authority.timestamp(digest, "SHA-256")).getSerialNumber());
                    }
                    return mine;
                }));
            }
            Set<BigInteger> all = new HashSet<>();
            for (Future<List<BigInteger>> future : serials) {
                all.addAll(future.get(2, TimeUnit.MINUTES));
            }
            assertEquals(threads * each, all.size(), "every token its own serial");
        } finally {
            pool.shutdownNow();
        }
    }

    private static TimeStampTokenInfo info(byte[] token) throws Exception {
        return new TimeStampToken(new CMSSignedData(token)).getTimeStampInfo();
    }
}
