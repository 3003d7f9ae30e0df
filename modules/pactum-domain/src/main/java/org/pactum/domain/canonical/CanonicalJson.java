package org.pactum.domain.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (RFC 8785) for the values audit events hold: objects, arrays, strings, booleans,
 * null and integers. Members are ordered by their names' UTF-16 code units, there is no whitespace, and strings are
 * escaped as ECMAScript's JSON.stringify does — so any RFC 8785 implementation reproduces the same bytes.
 */
public final class CanonicalJson {

    /** Integers beyond this lose precision in RFC 8785's IEEE-754 numbers; audit values never get near it. */
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    public static String encode(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Boolean bool -> out.append(bool);
            case Integer number -> out.append(number.intValue());
            case Long number -> {
                if (Math.abs(number) > MAX_SAFE_INTEGER) {
                    throw new IllegalArgumentException("integer out of the range RFC 8785 represents exactly: " + number);
                }
                out.append(number.longValue());
            }
            case CharSequence text -> writeString(text.toString(), out);
            case Map<?, ?> map -> writeObject(map, out);
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Enum<?> constant -> writeString(constant.name(), out);
            default -> throw new IllegalArgumentException("no canonical JSON for " + value.getClass().getName());
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        List<String> names = new ArrayList<>();
        for (Object name : map.keySet()) {
            if (!(name instanceof String text)) {
                throw new IllegalArgumentException("object member names must be strings: " + name);
            }
            names.add(text);
        }
        names.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 requires
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names.get(i), out);
            out.append(':');
            write(map.get(names.get(i)), out);
        }
        out.append('}');
    }

    /** Appends a string as RFC 8785 writes it; for writers that build a known object shape without a map. */
    public static void appendString(String text, StringBuilder out) {
        if (text == null) {
            out.append("null");
        } else {
            writeString(text, out);
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
