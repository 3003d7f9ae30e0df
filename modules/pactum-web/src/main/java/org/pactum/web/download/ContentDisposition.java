package org.pactum.web.download;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;

/**
 * A Content-Disposition header (RFC 6266) offering a file under its name as people read it, Cyrillic included, in
 * {@code filename*} (RFC 5987, UTF-8, percent-encoded), with a transliterated ASCII {@code filename} for clients
 * that know no better.
 *
 * @param type {@code attachment} (keep the file) or {@code inline} (show it in place)
 * @param name the name as people read it, already free of characters file systems refuse
 */
public record ContentDisposition(String type, String name) {

    // Russian and the letters Kazakh adds; the transliteration is only a fallback, so readability beats reversibility.
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ә', "a"), Map.entry('ғ', "gh"),
            Map.entry('қ', "q"), Map.entry('ң', "ng"), Map.entry('ө', "o"), Map.entry('ұ', "u"), Map.entry('ү', "u"),
            Map.entry('һ', "h"), Map.entry('і', "i"));

    private static final String HEX = "0123456789ABCDEF";

    public ContentDisposition {
        if (!"attachment".equals(type) && !"inline".equals(type)) {
            throw new IllegalArgumentException("Content-Disposition type " + type);
        }
        name = fileSafe(name);
    }

    public static ContentDisposition attachment(String name) {
        return new ContentDisposition("attachment", name);
    }

    public static ContentDisposition inline(String name) {
        return new ContentDisposition("inline", name);
    }

    /** The header's value, e.g. {@code attachment; filename="MS-2026-002 proekt (ru).pdf"; filename*=UTF-8''…}. */
    public String header() {
        return type + "; filename=\"" + asciiName() + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    /** The name in plain printable ASCII: Cyrillic transliterated, anything else left without a Latin form as {@code _}. */
    public String asciiName() {
        StringBuilder ascii = new StringBuilder();
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            String latin = LATIN.get(Character.toLowerCase(c));
            if (latin != null) {
                ascii.append(Character.isUpperCase(c) && !latin.isEmpty()
                        ? Character.toUpperCase(latin.charAt(0)) + latin.substring(1) : latin);
            } else if (c >= 0x20 && c < 0x7f) {
                ascii.append(c);
            } else {
                ascii.append('_');
            }
        }
        return ascii.toString();
    }

    /**
     * Replaces only what file systems refuse (/ \ : * ? " < > | and control characters) with {@code -}, so a number
     * such as МС-2026/002 stays readable as МС-2026-002; leading dots and spaces go, so the name is never hidden.
     */
    public static String fileSafe(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.getType(c) == Character.CONTROL) {
                safe.append('-');
            } else {
                safe.appendCodePoint(c);
            }
        });
        String trimmed = safe.toString().replaceAll("^[. ]+", "").strip();
        return trimmed.isEmpty() ? "download" : trimmed;
    }

    /** RFC 5987 value characters: every byte of the UTF-8 form outside {@code attr-char} as {@code %XX}. */
    static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return encoded.toString();
    }
}
