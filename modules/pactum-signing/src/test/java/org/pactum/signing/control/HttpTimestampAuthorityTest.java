package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.domain.signature.TimestampUnavailableException;

/** RFC 3161 over HTTP against a JDK HTTP server on 127.0.0.1 that serves a local authority, and what fails. */
class HttpTimestampAuthorityTest {

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer TSA_KEY = PKI.timestampAuthority("Pactum Test TSA");
    private static final LocalTimestampAuthority LOCAL =
            new LocalTimestampAuthority(TSA_KEY.key(), TSA_KEY.chain(), "1.3.6.1.4.1.99999.1", Clock.systemUTC());
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> answer(exchange, 200, "application/timestamp-reply",
                LOCAL.respond(exchange.getRequestBody().readAllBytes())));
        server.createContext("/broken", exchange -> answer(exchange, 500, "text/plain", "down".getBytes()));
        server.createContext("/html", exchange -> answer(exchange, 200, "text/html", "<p>hello</p>".getBytes()));
        server.createContext("/garbage", exchange -> answer(exchange, 200, "application/timestamp-reply",
                new byte[] {0x30, 0x03, 0x02, 0x01, 0x00}));
        server.createContext("/other", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] otherRequest = TimestampRequests.request(new byte[32], "SHA-256").getEncoded();
            answer(exchange, 200, "application/timestamp-reply", LOCAL.respond(otherRequest));
        });
        server.createContext("/slow", exchange -> {
            try {
                NEVER.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterAll
    static void stop() {
        NEVER.countDown();
        server.stop(0);
    }

    @Test
    void a_token_over_http_stamps_the_digest_and_names_the_authority() throws Exception {
        HttpTimestampAuthority authority = new HttpTimestampAuthority(at("/tsa"), Duration.ofSeconds(10));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("agreement".getBytes());

        TimeStampToken token = new TimeStampToken(new CMSSignedData(authority.timestamp(digest, "SHA-256")));

        assertArrayEquals(digest, token.getTimeStampInfo().getMessageImprintDigest());
        assertEquals(TSA_KEY.certificate(), authority.certificateChain().getFirst());
    }

    @Test
    void an_http_error_is_a_timestamp_unavailable() {
        assertUnavailable("/broken", "HTTP status 500");
    }

    @Test
    void an_answer_that_is_no_timestamp_reply_is_refused() {
        assertUnavailable("/html", "text/html");
        assertUnavailable("/garbage", "not a timestamp response");
    }

    @Test
    void a_token_for_another_request_is_refused() {
        assertUnavailable("/other", "answered another request");
    }

    @Test
    void an_authority_that_does_not_answer_in_time_is_a_timestamp_unavailable() {
        HttpTimestampAuthority authority = new HttpTimestampAuthority(at("/slow"), Duration.ofMillis(300));

        TimestampUnavailableException refused =
                assertThrows(TimestampUnavailableException.class, () -> authority.timestamp(new byte[32], "SHA-256"));
        assertTrue(refused.getMessage().contains("did not answer within 300 ms"), refused.getMessage());
    }

    @Test
    void a_closed_port_is_a_timestamp_unavailable() throws Exception {
        TimestampAuthority closed = LongTermSigningTest.unreachable();

        TimestampUnavailableException refused =
                assertThrows(TimestampUnavailableException.class, () -> closed.timestamp(new byte[32], "SHA-256"));
        assertTrue(refused.getMessage().contains("cannot be reached"), refused.getMessage());
    }

    private static void assertUnavailable(String path, String because) {
        HttpTimestampAuthority authority = new HttpTimestampAuthority(at(path), Duration.ofSeconds(10));

        TimestampUnavailableException refused =
                assertThrows(TimestampUnavailableException.class, () -> authority.timestamp(new byte[32], "SHA-256"));
        assertTrue(refused.getMessage().contains(because), refused.getMessage());
        assertEquals("timestamp-unavailable", refused.problemType());
    }

    private static URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
