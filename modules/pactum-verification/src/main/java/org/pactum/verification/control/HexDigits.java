package org.pactum.verification.control;

import org.openpdf.text.pdf.PRTokeniser;

/** What a byte is worth in a PDF hexadecimal string, looked up: OpenPDF's own test is a chain of comparisons. */
final class HexDigits {

    /** Whitespace, which a hexadecimal string may hold between its digits. */
    static final int WHITESPACE = -2;
    /** Anything else, which ends or breaks it. */
    static final int NONE = -1;

    private static final int[] VALUES = new int[256];

    static {
        for (int c = 0; c < VALUES.length; c++) {
            int digit = PRTokeniser.getHex(c);
            VALUES[c] = digit >= 0 ? digit : PRTokeniser.isWhitespace(c) ? WHITESPACE : NONE;
        }
    }

    private HexDigits() {
    }

    /** The digit's value 0–15, or {@link #WHITESPACE}, or {@link #NONE}. */
    static int of(byte b) {
        return VALUES[b & 0xff];
    }
}
