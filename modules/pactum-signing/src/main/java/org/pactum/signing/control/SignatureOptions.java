package org.pactum.signing.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.pactum.domain.language.Language;

/**
 * How one signature goes into the PDF: the field it signs (a party's box, {@code party-1}, …, or a new invisible field),
 * the signing time, the languages of its visible stamp — the document's, in its order; none for no stamp — and whether
 * it certifies the document (DocMDP, form filling and signing still allowed; the first signature only), and the public
 * verification link whose QR code the visible stamp shows (null for none).
 */
public record SignatureOptions(String fieldName, Instant signingTime, List<Language> stampLanguages, boolean certify,
                               String verificationLink) {

    public SignatureOptions {
        Objects.requireNonNull(fieldName, "fieldName");
        Objects.requireNonNull(signingTime, "signingTime");
        stampLanguages = List.copyOf(stampLanguages);
    }

    /** Options whose stamp, if any, shows no verification link. */
    public SignatureOptions(String fieldName, Instant signingTime, List<Language> stampLanguages, boolean certify) {
        this(fieldName, signingTime, stampLanguages, certify, null);
    }

    /** An invisible signature that does not certify: what {@link PadesSigning#prepare} always made before stamps. */
    public static SignatureOptions invisible(String fieldName, Instant signingTime) {
        return new SignatureOptions(fieldName, signingTime, List.of(), false);
    }

    public boolean visible() {
        return !stampLanguages.isEmpty();
    }
}
