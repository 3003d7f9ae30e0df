package org.pactum.signing.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.pactum.domain.signature.TimestampUnavailableException;

/**
 * Both ends of one RFC 3161 exchange as every authority here makes it: a request with a fresh nonce that asks for the
 * authority's certificate, and the token taken from a response only if it answers that request and its signature
 * verifies with the certificate it carries.
 */
final class TimestampRequests {

    private static final SecureRandom NONCES = new SecureRandom();

    private TimestampRequests() {
    }

    static TimeStampRequest request(byte[] digest, String digestAlgorithm) {
        AlgorithmIdentifier algorithm = new DefaultDigestAlgorithmIdentifierFinder().find(digestAlgorithm);
        if (algorithm == null) {
            throw new IllegalArgumentException("Unknown digest algorithm " + digestAlgorithm);
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(algorithm, digest.clone(), new BigInteger(64, NONCES));
    }

    /** The token of {@code responseDer}; {@code who} names the authority in the message when there is none. */
    static TimeStampToken tokenAnswering(TimeStampRequest request, byte[] responseDer, String who) {
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(responseDer);
        } catch (TSPException | IOException | IllegalArgumentException e) {
            throw new TimestampUnavailableException(who + " sent an answer that is not a timestamp response");
        }
        try {
            response.validate(request);
        } catch (TSPException e) {
            String status = response.getStatusString();
            throw new TimestampUnavailableException(who + " refused the timestamp or answered another request: "
                    + (status == null ? e.getMessage() : status));
        }
        TimeStampToken token = response.getTimeStampToken();
        if (!TimestampTokens.signedByItsAuthority(token)) {
            throw new TimestampUnavailableException(who + " sent a timestamp whose signature does not verify"
                    + " with the certificate it carries");
        }
        return token;
    }

    /** The certificates a token carries, the authority's own first. */
    static List<X509Certificate> chainOf(TimeStampToken token) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        return token.getCertificates().getMatches(null).stream()
                .sorted((a, b) -> Boolean.compare(!token.getSID().match(a), !token.getSID().match(b)))
                .map(holder -> {
                    try {
                        return converter.getCertificate(holder);
                    } catch (CertificateException e) {
                        throw new TimestampUnavailableException("A certificate in the timestamp cannot be read");
                    }
                })
                .toList();
    }
}
