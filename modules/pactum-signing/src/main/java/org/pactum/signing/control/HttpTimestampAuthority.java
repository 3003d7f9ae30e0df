package org.pactum.signing.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampToken;
import org.pactum.domain.signature.TimestampUnavailableException;

/**
 * An RFC 3161 authority reached over HTTP (RFC 3161 section 3.4): the request is POSTed as
 * {@code application/timestamp-query} and the answer must be an {@code application/timestamp-reply} whose token
 * answers it. Whatever goes wrong — no answer, no answer in time, an HTTP error, a refusal, a wrong token — is a
 * {@link TimestampUnavailableException}.
 */
public final class HttpTimestampAuthority implements TimestampAuthority {

    private static final String QUERY = "application/timestamp-query";
    private static final String REPLY = "application/timestamp-reply";
    /** Far more than any token with its chain; a longer answer is no timestamp reply. */
    private static final int LARGEST_REPLY = 1024 * 1024;

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;
    private volatile List<X509Certificate> lastChain = List.of();

    /** The authority at {@code url}, waited for at most {@code timeout} to connect and again to answer. */
    public HttpTimestampAuthority(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public byte[] timestamp(byte[] digest, String digestAlgorithm) {
        TimeStampRequest request = TimestampRequests.request(digest, digestAlgorithm);
        byte[] answer = post(request);
        TimeStampToken token = TimestampRequests.tokenAnswering(request, answer, who());
        lastChain = TimestampRequests.chainOf(token);
        try {
            return token.getEncoded();
        } catch (IOException e) {
            throw new TimestampUnavailableException(who() + " sent a timestamp that cannot be encoded");
        }
    }

    /** The certificates the authority sent with its last timestamp, its own first; empty before the first. */
    @Override
    public List<X509Certificate> certificateChain() {
        return lastChain;
    }

    private byte[] post(TimeStampRequest request) {
        try {
            HttpRequest post = HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", QUERY)
                    .header("Accept", REPLY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                    .build();
            HttpResponse<InputStream> response = client.send(post, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TimestampUnavailableException(who() + " answered with HTTP status "
                            + response.statusCode());
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.toLowerCase(Locale.ROOT).startsWith(REPLY)) {
                    throw new TimestampUnavailableException(who() + " answered with "
                            + (type.isEmpty() ? "no content type" : type) + " instead of a timestamp reply");
                }
                byte[] reply = body.readNBytes(LARGEST_REPLY + 1);
                if (reply.length > LARGEST_REPLY) {
                    throw new TimestampUnavailableException(who() + " answered with more than "
                            + LARGEST_REPLY + " bytes");
                }
                return reply;
            }
        } catch (HttpTimeoutException e) {
            throw new TimestampUnavailableException(who() + " did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new TimestampUnavailableException(who() + " cannot be reached ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampUnavailableException("Waiting for " + who() + " was interrupted");
        } catch (IllegalArgumentException e) {
            throw new TimestampUnavailableException(who() + " cannot be asked: " + e.getMessage());
        }
    }

    private String who() {
        return "The timestamp authority at " + url;
    }
}
