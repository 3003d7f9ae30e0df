package org.pactum.domain.verification;

import java.time.Instant;
import java.util.Optional;

/**
 * The public verification link of each agreement: an unguessable token, made once when its first signature is
 * prepared and kept for good, so every stamp of the agreement points at the same page.
 */
public interface VerificationLinks {

    Optional<String> findTokenOf(long agreementId);

    Optional<Long> findAgreementOf(String token);

    void add(long agreementId, String token, Instant createdAt);
}
