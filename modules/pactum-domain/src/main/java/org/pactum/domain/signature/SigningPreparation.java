package org.pactum.domain.signature;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A signature handed out to an external tool and not yet back: the PDF with its reserved, empty signature field
 * exactly as its digest was taken, and what the signer's tool must sign. Kept so the completion embeds into exactly
 * these bytes; it expires.
 *
 * @param id               an unguessable identifier
 * @param fieldName        the signature field reserved in {@code preparedPdf}
 * @param preparedPdf      the PDF with the zero-filled {@code /Contents} hole
 * @param byteRange        the four numbers of the field's {@code /ByteRange}
 * @param certificateChain the signer's certificate first, then its issuers, each DER
 * @param signedAttributes the DER of the CMS signed attributes the external key signs
 * @param basedOnSha256    the document the signature is added to
 */
public record SigningPreparation(String id, long agreementId, long partyId, String signer, String fieldName,
                                 byte[] preparedPdf, long[] byteRange, List<byte[]> certificateChain,
                                 byte[] signedAttributes, Instant signingTime, String basedOnSha256, Instant createdAt,
                                 Instant expiresAt) {

    public SigningPreparation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signer, "signer");
        preparedPdf = preparedPdf.clone();
        byteRange = byteRange.clone();
        certificateChain = certificateChain.stream().map(byte[]::clone).toList();
        signedAttributes = signedAttributes.clone();
    }

    public boolean hasExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public byte[] preparedPdf() {
        return preparedPdf.clone();
    }

    @Override
    public long[] byteRange() {
        return byteRange.clone();
    }

    @Override
    public List<byte[]> certificateChain() {
        return certificateChain.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] signedAttributes() {
        return signedAttributes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningPreparation that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SigningPreparation " + id + " (agreement " + agreementId + ", " + signer + ", expires " + expiresAt + ")";
    }
}
