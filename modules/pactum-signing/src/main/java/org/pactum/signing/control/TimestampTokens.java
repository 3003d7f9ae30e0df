package org.pactum.signing.control;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Optional;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/** Reading an RFC 3161 timestamp token back: what it stamped, who signed it and when. */
final class TimestampTokens {

    private TimestampTokens() {
    }

    /** The token in {@code der}; an {@link IllegalArgumentException} if it is none. */
    static TimeStampToken read(byte[] der) {
        try {
            return new TimeStampToken(new CMSSignedData(der));
        } catch (CMSException | TSPException | IOException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("Not a timestamp token: " + e.getMessage(), e);
        }
    }

    /** Whether {@code token}'s message imprint is the hash of {@code data}, with the token's own hash algorithm. */
    static boolean stamps(TimeStampToken token, byte[] data) {
        try {
            AlgorithmIdentifier algorithm = token.getTimeStampInfo().getHashAlgorithm();
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
            try (OutputStream out = calculator.getOutputStream()) {
                out.write(data);
            }
            return MessageDigest.isEqual(calculator.getDigest(), token.getTimeStampInfo().getMessageImprintDigest());
        } catch (OperatorCreationException | IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code token} carries its authority's certificate and verifies with it (which BouncyCastle checks to
     * be valid at the token's time and to carry the critical id-kp-timeStamping); whether to trust that authority is
     * for verification to decide.
     */
    static boolean signedByItsAuthority(TimeStampToken token) {
        Optional<X509CertificateHolder> authority = token.getCertificates().getMatches(null).stream()
                .filter(token.getSID()::match)
                .findFirst();
        if (authority.isEmpty()) {
            return false;
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority.get()));
            return true;
        } catch (TSPException | OperatorCreationException | CertificateException | IllegalArgumentException e) {
            return false;
        }
    }

    static Instant time(TimeStampToken token) {
        return token.getTimeStampInfo().getGenTime().toInstant();
    }
}
