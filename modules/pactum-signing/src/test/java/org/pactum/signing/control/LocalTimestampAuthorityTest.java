package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

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

    private static TimeStampTokenInfo info(byte[] token) throws Exception {
        return new TimeStampToken(new CMSSignedData(token)).getTimeStampInfo();
    }
}
