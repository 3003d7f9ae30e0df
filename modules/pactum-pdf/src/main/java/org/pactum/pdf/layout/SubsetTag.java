package org.pactum.pdf.layout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Makes a font's subset tag (the six letters in "ABCDEF+LiberationSerif") the same in every render, so the same input
 * gives the same bytes. OpenPDF draws the tag from the font's random source, six draws per subset; this source answers
 * the letters of a tag derived from the font's name instead, counting per thread so concurrent renders cannot shift
 * each other's sequence. Nothing secret depends on the tag: it only tells subsets of one font apart inside one file,
 * and each file holds one subset per font.
 */
final class SubsetTag extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private static final int LENGTH = 6;

    private final double[] letters = new double[LENGTH];
    private final transient ThreadLocal<int[]> drawn = ThreadLocal.withInitial(() -> new int[1]);

    SubsetTag(String fontName) {
        byte[] digest = sha256(fontName);
        for (int i = 0; i < LENGTH; i++) {
            // OpenPDF maps a draw d to the letter 'A' + (int) (d * 26).
            letters[i] = (Byte.toUnsignedInt(digest[i]) % 26 + 0.5) / 26;
        }
    }

    @Override
    public double nextDouble() {
        int[] count = drawn.get();
        return letters[count[0]++ % LENGTH];
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
