package org.pactum.signing.control;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Instant;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/** Reading an RFC 3161 timestamp token back: what it stamped and when. */
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

    static Instant time(TimeStampToken token) {
        return token.getTimeStampInfo().getGenTime().toInstant();
    }
}
