package org.pactum.domain.signature;

import java.time.Instant;

/**
 * Fired by signing after an attempt to sign was refused (a wrong PIN, a signer out of turn, a CMS over another
 * digest…) and its transaction rolled back, so the attempt is recorded although nothing else is.
 *
 * @param problemType the refusal's problem type, e.g. {@code wrong-pin}
 */
public record SigningRefused(long agreementId, String actor, String step, String problemType, String message,
                             Instant at) {
}
