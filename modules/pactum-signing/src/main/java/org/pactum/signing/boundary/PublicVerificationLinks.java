package org.pactum.signing.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.verification.VerificationLinks;

/**
 * The public verification link of each agreement, which every visible stamp carries as a QR code: a counterparty
 * without an account opens it to see the verdict on the document Pactum keeps and its signers. Its token is 128 random
 * bits, never the agreement's id, so nobody reaches an agreement's page by counting. The address starts with
 * {@code pactum.public-url}, the address people outside reach Pactum at.
 */
@ApplicationScoped
@Transactional
public class PublicVerificationLinks {

    /** The public page's path under the application's address; the token follows. */
    public static final String PAGE = "/public/verify.xhtml?t=";
    /** Where {@code ./pactum run} answers, for a stamp made while no public address is configured. */
    public static final String LOCAL_ADDRESS = "http://localhost:8080";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 16;

    @Inject
    VerificationLinks links;

    @Inject
    @ConfigProperty(name = "pactum.public-url")
    Optional<String> publicUrl;

    Clock clock = Clock.systemUTC();

    /** The agreement's link, made now if it has none yet (its first signature is being prepared). */
    public String linkFor(long agreementId) {
        String token = links.findTokenOf(agreementId).orElseGet(() -> {
            String made = newToken();
            links.add(agreementId, made, clock.instant());
            return made;
        });
        return link(address().orElse(LOCAL_ADDRESS), token);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> findTokenOf(long agreementId) {
        return links.findTokenOf(agreementId);
    }

    /** The agreement a token stands for; none for a token nobody was given, or one that is no token at all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> findAgreementOf(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{16,64}")) {
            return Optional.empty();
        }
        return links.findAgreementOf(token);
    }

    /** {@code pactum.public-url} without a trailing slash, when configured. */
    public Optional<String> address() {
        return publicUrl.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The page's address under {@code base} (no trailing slash) for {@code token}. */
    public static String link(String base, String token) {
        return base + PAGE + token;
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
