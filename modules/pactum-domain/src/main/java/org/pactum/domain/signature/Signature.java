package org.pactum.domain.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * One signature on an agreement: who signed for which party, with which certificate, when, at what PAdES level, and
 * which signed document it made out of which. Signatures are never changed or removed.
 *
 * @param position         1 for the first signature on the agreement, then 2, …
 * @param partyId          the party signed for
 * @param signer           the user account that signed (or, for an imported signature, brought the PDF in)
 * @param certificate      the signer's certificate as it reads in the signature
 * @param signedAt         the signing time the signature claims (its {@code /M}); see {@code timestampedAt}
 * @param timestampedAt    the time a timestamp authority vouched for, when there is one (PAdES B-T and up)
 * @param level            the PAdES baseline level reached, e.g. {@code PAdES-BASELINE-B}
 * @param documentSha256   the SHA-256 of the signed PDF this signature produced
 * @param basedOnSha256    the SHA-256 of the PDF it was added to: the approved print for the first signature
 */
public record Signature(long agreementId, int position, long partyId, String signer, KeyOrigin keyOrigin,
                        CertificateSummary certificate, Instant signedAt, Instant timestampedAt, String level,
                        String documentSha256, String basedOnSha256) {

    public Signature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(keyOrigin, "keyOrigin");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(documentSha256, "documentSha256");
        Objects.requireNonNull(basedOnSha256, "basedOnSha256");
        if (position < 1) {
            throw new IllegalArgumentException("A signature's position counts from 1, not " + position);
        }
    }
}
