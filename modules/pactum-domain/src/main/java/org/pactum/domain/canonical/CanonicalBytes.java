package org.pactum.domain.canonical;

import java.util.Arrays;

/**
 * RFC 8785 JSON written straight as UTF-8 into one reused buffer, for writers that know their object's shape and
 * write many of them (the audit chain's events): no String, StringBuilder or map per value. The bytes are those of
 * {@link CanonicalJson#encode} followed by {@code getBytes(UTF_8)}, including its '?' for an unpaired surrogate.
 * Not thread-safe; {@link #reset()} before each object.
 */
public final class CanonicalBytes {

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};

    private byte[] bytes = new byte[1024];
    private int length;

    public CanonicalBytes reset() {
        length = 0;
        return this;
    }

    /** The buffer itself (valid up to {@link #length()}), not a copy. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    /** Appends ASCII bytes as they are, e.g. a member name already written as {@code ,"name":}. */
    public CanonicalBytes raw(byte[] ascii) {
        ensure(ascii.length);
        System.arraycopy(ascii, 0, bytes, length, ascii.length);
        length += ascii.length;
        return this;
    }

    public CanonicalBytes ascii(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    public CanonicalBytes nullValue() {
        return raw(NULL);
    }

    /** An integer as JSON writes it; null as JSON null. */
    public CanonicalBytes number(Long value) {
        return value == null ? nullValue() : number(value.longValue());
    }

    public CanonicalBytes number(long value) {
        if (value == Long.MIN_VALUE) {
            return raw(Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        ensure(20);
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += digits;
        return this;
    }

    /** Two, four or six decimal digits with leading zeros, for times. */
    public CanonicalBytes digits(int value, int count) {
        ensure(count);
        for (int i = length + count - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += count;
        return this;
    }

    /** A string as RFC 8785 (ECMAScript's JSON.stringify) writes it, in UTF-8; null as JSON null. */
    public CanonicalBytes string(String text) {
        if (text == null) {
            return nullValue();
        }
        int size = text.length();
        ensure(size * 6 + 2); // an escape is six bytes, any other UTF-16 unit at most three
        bytes[length++] = '"';
        for (int i = 0; i < size; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[length++] = (byte) c;
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < size && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                bytes[length++] = (byte) (0xF0 | point >> 18);
                bytes[length++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | point & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[length++] = '?'; // what String.getBytes(UTF_8) writes for a surrogate without its pair
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
        bytes[length++] = '"';
        return this;
    }

    /** The escapes of {@link CanonicalJson}: short forms where JSON has them, {@code \}{@code u00xx} for the rest. */
    private void escape(char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\f' -> 'f';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            default -> 0;
        };
        bytes[length++] = '\\';
        if (shortForm != 0) {
            bytes[length++] = (byte) shortForm;
        } else {
            bytes[length++] = 'u';
            bytes[length++] = '0';
            bytes[length++] = '0';
            bytes[length++] = HEX[c >> 4];
            bytes[length++] = HEX[c & 0xF];
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
