package org.pactum.verification.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.openpdf.text.pdf.PRTokeniser;

/**
 * OpenPDF's tokeniser, reading a hexadecimal string {@code <…>} in bulk from the file's bytes. OpenPDF appends each
 * decoded byte to a synchronised buffer after reading two characters one call at a time; a signed agreement's
 * {@code /Contents} holds tens of thousands of them per signature, which made that loop the largest single cost of
 * verifying one. The token it yields is the one OpenPDF would: the same string, type and position. Anything but a
 * well-formed hexadecimal string (a dictionary's {@code <<}, a stray character, a string cut off by the end of the
 * file) is left to OpenPDF, so that its errors stay its own.
 */
final class HexStringTokeniser extends PRTokeniser {

    private final ClockedBytes bytes;

    HexStringTokeniser(ClockedBytes bytes) {
        super(bytes);
        this.bytes = bytes;
    }

    @Override
    public boolean nextToken() throws IOException {
        byte[] file = bytes.file();
        int end = bytes.length();
        int open = skipWhitespace(file, bytes.getFilePointer(), end);
        if (open >= end || file[open] != '<') {
            return super.nextToken();
        }
        int first = skipWhitespace(file, open + 1, end);
        int close = first;
        while (close < end && file[close] != '>') {
            close++;
        }
        if (close >= end) {
            return super.nextToken();
        }
        byte[] decoded = new byte[(close - first + 1) / 2];
        int nibbles = 0;
        for (int at = first; at < close; at++) {
            int value = HexDigits.of(file[at]);
            if (value >= 0) {
                decoded[nibbles >> 1] |= (byte) ((nibbles & 1) == 0 ? value << 4 : value);
                nibbles++;
            } else if (value != HexDigits.WHITESPACE) {
                // Not a hexadecimal string after all ("<<", a stray character): OpenPDF's to read or to refuse.
                return super.nextToken();
            }
        }
        if (decoded.length != (nibbles + 1) / 2) {
            decoded = Arrays.copyOf(decoded, (nibbles + 1) / 2);
        }
        bytes.consumed(close + 1);
        type = TK_STRING;
        hexString = true;
        stringValue = new String(decoded, StandardCharsets.ISO_8859_1);
        return true;
    }

    private static int skipWhitespace(byte[] file, int from, int end) {
        int at = from;
        while (at < end && isWhitespace(file[at] & 0xff)) {
            at++;
        }
        return at;
    }
}
