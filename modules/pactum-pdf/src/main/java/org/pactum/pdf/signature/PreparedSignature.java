package org.pactum.pdf.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A PDF with a reserved signature field whose {@code /Contents} is still a zero-filled hole: the bytes exactly as
 * hashed, kept until the CMS arrives, and the byte range a signature covers (offset, length, offset, length).
 */
public record PreparedSignature(String fieldName, byte[] pdf, long[] byteRange) {

    public PreparedSignature {
        pdf = pdf.clone();
        byteRange = byteRange.clone();
        if (byteRange.length != 4 || byteRange[0] != 0 || byteRange[2] + byteRange[3] != pdf.length
                || byteRange[1] >= byteRange[2]) {
            throw new IllegalArgumentException("Not a byte range around one hole: " + Arrays.toString(byteRange));
        }
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public long[] byteRange() {
        return byteRange.clone();
    }

    /** Bytes of the CMS the hole takes: its hex digits between {@code <} and {@code >}, two per byte. */
    public int capacity() {
        return (int) (byteRange[2] - byteRange[1] - 2) / 2;
    }

    /** The SHA-256 of the byte range's content, the digest PAdES signs by default. */
    public byte[] sha256() {
        return digest("SHA-256");
    }

    /** The digest of the byte range's content, for a key whose algorithm asks for another hash (e.g. SHA-384). */
    public byte[] digest(String algorithm) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update(pdf, 0, (int) byteRange[1]);
            digest.update(pdf, (int) byteRange[2], (int) byteRange[3]);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("Unknown digest algorithm " + algorithm, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreparedSignature that && fieldName.equals(that.fieldName)
                && Arrays.equals(pdf, that.pdf) && Arrays.equals(byteRange, that.byteRange);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pdf) + Arrays.hashCode(byteRange);
    }

    @Override
    public String toString() {
        return "PreparedSignature[" + fieldName + ", " + pdf.length + " bytes, range " + Arrays.toString(byteRange) + "]";
    }
}
