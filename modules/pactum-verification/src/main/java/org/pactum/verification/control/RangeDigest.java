package org.pactum.verification.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * The digest of a signature's two byte ranges, streamed with the JDK's {@link MessageDigest} (several times faster
 * than BouncyCastle's pure-Java digests). Only call it on a range {@link ByteRangeCheck} accepted.
 */
final class RangeDigest {

    private static final Map<String, String> JDK_NAMES = Map.of(
            "2.16.840.1.101.3.4.2.1", "SHA-256",
            "2.16.840.1.101.3.4.2.2", "SHA-384",
            "2.16.840.1.101.3.4.2.3", "SHA-512",
            "1.3.14.3.2.26", "SHA-1");

    private RangeDigest() {
    }

    /** The JDK's name for the digest with object identifier {@code oid}, if it is one verification accepts. */
    static Optional<String> jdkName(String oid) {
        return Optional.ofNullable(JDK_NAMES.get(oid));
    }

    static byte[] of(byte[] pdf, long[] range, String jdkName) {
        try {
            MessageDigest digest = MessageDigest.getInstance(jdkName);
            digest.update(pdf, (int) range[0], (int) range[1]);
            digest.update(pdf, (int) range[2], (int) range[3]);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + jdkName, e);
        }
    }

    static byte[] of(byte[] data, String jdkName) {
        try {
            return MessageDigest.getInstance(jdkName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + jdkName, e);
        }
    }
}
