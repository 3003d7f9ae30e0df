package org.pactum.pdf.signature;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pactum.domain.language.Language;

/**
 * What the visible stamp in a party's signature box says: the conventional mark "document signed with an electronic
 * signature" in each of the document's languages, in its order, then the signer's certificate (serial number in hex,
 * owner, validity) and the signing time; beside it, when there is one, the code of the public verification link.
 *
 * @param code null for a stamp without one
 */
public record SignatureStamp(List<Language> languages, String certificateSerial, String owner, Instant validFrom,
                             Instant validTo, Instant signedAt, VerificationCode code) {

    /** A stamp without a verification code. */
    public SignatureStamp(List<Language> languages, String certificateSerial, String owner, Instant validFrom,
                          Instant validTo, Instant signedAt) {
        this(languages, certificateSerial, owner, validFrom, validTo, signedAt, null);
    }

    public SignatureStamp {
        languages = List.copyOf(languages);
        if (languages.isEmpty() || languages.size() > 3 || languages.stream().distinct().count() != languages.size()) {
            throw new IllegalArgumentException("A stamp speaks one to three different languages, not " + languages);
        }
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    /** The same stamp with {@code code} beside its text. */
    public SignatureStamp withCode(VerificationCode code) {
        return new SignatureStamp(languages, certificateSerial, owner, validFrom, validTo, signedAt, code);
    }
}
