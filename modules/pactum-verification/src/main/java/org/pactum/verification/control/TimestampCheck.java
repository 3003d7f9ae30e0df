package org.pactum.verification.control;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.pactum.verification.entity.TimestampReport;

/**
 * An RFC 3161 time-stamp token checked the way a signature is: its imprint is the digest of what it stamps, its
 * signature verifies with the authority's certificate (valid at the stamped time, for time-stamping only), and that
 * certificate chains to a configured anchor.
 */
final class TimestampCheck {

    /**
     * The token as reported, with the reason it is not valid when it is not, and the authority's path to its anchor
     * (empty unless valid).
     */
    record Outcome(TimestampReport report, Optional<String> problem, Optional<CertificatePath> authorityPath) {

        static Outcome invalid(TimestampReport report, String problem) {
            return new Outcome(report, Optional.of(problem), Optional.empty());
        }
    }

    private TimestampCheck() {
    }

    /**
     * Checks {@code token}; {@code digestOf} gives the digest of the stamped data for a JDK digest name, or null for an
     * algorithm verification does not accept. Empty when the token cannot be read at all.
     */
    static Optional<Outcome> check(byte[] token, Function<String, byte[]> digestOf, Collection<X509Certificate> pool,
                                   List<X509Certificate> anchors) {
        TimeStampToken parsed;
        try {
            parsed = new TimeStampToken(PaddedCms.read(token));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            return Optional.empty();
        }
        List<X509Certificate> carried = carried(parsed);
        Optional<X509Certificate> authority = carried.stream()
                .filter(certificate -> parsed.getSID().match(holder(certificate))).findFirst();
        String subject = authority.map(CertificateNames::subject).orElse(null);
        TimestampReport valid = new TimestampReport(parsed.getTimeStampInfo().getGenTime().toInstant(), subject, true);
        TimestampReport invalid = new TimestampReport(valid.time(), subject, false);
        Optional<String> jdkName = RangeDigest.jdkName(parsed.getTimeStampInfo().getMessageImprintAlgOID().getId());
        byte[] expected = jdkName.map(digestOf).orElse(null);
        if (expected == null) {
            return Optional.of(Outcome.invalid(invalid, "The time-stamp's imprint uses a digest algorithm "
                    + parsed.getTimeStampInfo().getMessageImprintAlgOID() + " that is not accepted"));
        }
        if (!MessageDigest.isEqual(expected, parsed.getTimeStampInfo().getMessageImprintDigest())) {
            return Optional.of(Outcome.invalid(invalid, "The time-stamp's imprint does not match what it "
                    + "should stamp"));
        }
        if (authority.isEmpty()) {
            return Optional.of(Outcome.invalid(invalid, "The time-stamp does not carry its authority's "
                    + "certificate"));
        }
        try {
            parsed.validate(SignerVerifiers.of(authority.get()));
        } catch (TSPException | OperatorCreationException | RuntimeException e) {
            return Optional.of(Outcome.invalid(invalid, "The time-stamp's signature does not verify: "
                    + e.getMessage()));
        }
        List<X509Certificate> all = new ArrayList<>(pool);
        all.addAll(carried);
        CertificatePath path = CertificatePath.build(authority.get(), all, anchors);
        if (!path.trusted()) {
            return Optional.of(Outcome.invalid(invalid, "The time-stamping authority " + subject
                    + " does not chain to a configured trust anchor"));
        }
        return Optional.of(new Outcome(valid, Optional.empty(), Optional.of(path)));
    }

    private static List<X509Certificate> carried(TimeStampToken token) {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (GeneralSecurityException | RuntimeException ignored) {
                // an unreadable certificate cannot be the authority's
            }
        }
        return certificates;
    }

    static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Unreadable certificate", e);
        }
    }
}
