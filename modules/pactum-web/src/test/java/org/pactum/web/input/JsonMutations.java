package org.pactum.web.input;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Seeded mutations of a valid JSON body, as a careless or hostile client sends them: wrong types, numbers that fit no
 * field, fractions, nulls, missing and repeated members, deep nesting, long and odd texts, text after the value,
 * truncation and bytes that are no UTF-8. The same seed gives the same bodies, so a failure can be replayed.
 */
final class JsonMutations {

    /** An object keeps its members in a list, so that a name can appear twice. */
    private record Member(String name, Object value) {
    }

    private static final class Obj {
        final List<Member> members = new ArrayList<>();
    }

    /** JSON text spliced in as it is: numbers no Java type holds, escapes of lone surrogates, broken syntax. */
    private record Raw(String json) {
    }

    private static final List<String> NUMBERS = List.of("18446744073709551617", "-9223372036854775809", "2147483648",
            "-2147483649", "9223372036854775807", "1e400", "-1e400", "1e-400", "5.9", "0.5", "-0", "0.0", "1E2", "1e999999999",
            "123456789012345678901234567890.5", "1" + "0".repeat(80), "0", "-1", "3");
    /** Numbers every whole-number field holds, for values that bind and meet the domain's rules instead. */
    private static final List<String> WELL_TYPED_NUMBERS = List.of("0", "1", "2", "-1", "99", "100", "2147483647",
            "-2147483648", "9223372036854775807", "987654321");
    private static final List<String> BROKEN = List.of("NaN", "Infinity", "01", "+1", ".5", "1.", "0x10", "'x'", "tru",
            "nul", "\"unterminated", "{", "[", "]", "}", ":", ",", "\"\\x\"", "\"\\u12\"");
    private static final List<String> TEXTS = List.of("", " ", "abc", "TREATY", "ru", "kk", "de", "2026-02-30",
            "P3D", "-1", "1.5", "true", "null", "\u202Eevil\u202C", "\u2066x\u2069", "emoji 😀", "\u0000nul", "\u0007bell",
            "\uFEFFbom", "e\u0301\u0301\u0301", "Ǆ ǅ ǆ", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "${jndi:ldap://x/a}",
            "#{1+1}", "../../etc/passwd", "group:", "user:", "ӘҒҚҢӨҰҮҺІ");
    private static final List<String> ESCAPED = List.of("\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\"", "\"\\u0000\"",
            "\"\\uffff\"", "\"\\u202e\"");
    private static final List<String> TRAILERS = List.of("xyz", "}", "]", "{}", " 1", ",", "\u0000", "\n{\"a\":1}", "//",
            "/* c */");

    private final Random random;

    JsonMutations(long seed) {
        this.random = new Random(seed);
    }

    /** A mutated form of the valid body: one to three changes of its values, sometimes a change of its text. */
    byte[] mutate(String valid) {
        Object tree = read(Json.createReader(new StringReader(valid)).readValue());
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            tree = change(tree);
        }
        String text = write(tree);
        return random.nextInt(4) == 0 ? changeText(text) : text.getBytes(StandardCharsets.UTF_8);
    }

    private Object change(Object tree) {
        List<Object> containers = new ArrayList<>();
        collect(tree, containers);
        if (containers.isEmpty() || random.nextInt(12) == 0) {
            return oddValue();
        }
        Object container = containers.get(random.nextInt(containers.size()));
        if (container instanceof Obj object) {
            int choice = random.nextInt(object.members.isEmpty() ? 1 : 5);
            switch (choice) {
                case 0 -> object.members.add(new Member(random.nextBoolean() ? "unknown" : "x".repeat(random.nextInt(300)),
                        oddValue()));
                case 1 -> object.members.remove(random.nextInt(object.members.size()));
                case 2 -> {
                    Member repeated = object.members.get(random.nextInt(object.members.size()));
                    object.members.add(new Member(repeated.name(), random.nextBoolean() ? repeated.value() : oddValue()));
                }
                case 3 -> {
                    int index = random.nextInt(object.members.size());
                    Member member = object.members.get(index);
                    object.members.set(index, new Member(member.name(), random.nextBoolean() ? wrapped(member.value())
                            : null));
                }
                default -> {
                    int index = random.nextInt(object.members.size());
                    Member member = object.members.get(index);
                    object.members.set(index, new Member(member.name(), replacement(member.value())));
                }
            }
        } else {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) container;
            if (list.isEmpty() || random.nextInt(4) == 0) {
                list.add(oddValue());
            } else if (random.nextInt(3) == 0) {
                list.remove(random.nextInt(list.size()));
            } else {
                int index = random.nextInt(list.size());
                list.set(index, replacement(list.get(index)));
            }
        }
        return tree;
    }

    /**
     * Half the time a value of the same JSON type, so that the body still binds and the rules behind the reading get
     * odd values too; else anything.
     */
    private Object replacement(Object old) {
        if (random.nextBoolean()) {
            return oddValue();
        }
        return switch (old) {
            case String text -> random.nextBoolean() ? pick(TEXTS) : text + pick(TEXTS);
            case Raw number -> new Raw(pick(WELL_TYPED_NUMBERS));
            case Boolean truth -> !truth;
            case null, default -> oddValue();
        };
    }

    private Object wrapped(Object value) {
        if (random.nextBoolean()) {
            List<Object> list = new ArrayList<>();
            list.add(value);
            return list;
        }
        Obj object = new Obj();
        object.members.add(new Member("value", value));
        return object;
    }

    private Object oddValue() {
        return switch (random.nextInt(11)) {
            case 0, 1 -> new Raw(pick(NUMBERS));
            case 2 -> new Raw(pick(BROKEN));
            case 3, 4 -> pick(TEXTS);
            case 5 -> new Raw(pick(ESCAPED));
            case 6 -> random.nextBoolean() ? Boolean.valueOf(random.nextBoolean()) : null;
            case 7 -> random.nextBoolean() ? new Obj() : new ArrayList<>();
            case 8 -> deep(List.of(5, 40, 1_000, 20_000).get(random.nextInt(4)));
            case 9 -> "й".repeat(List.of(100, 5_000, 70_000).get(random.nextInt(3)));
            default -> new Raw(String.valueOf(random.nextLong()));
        };
    }

    private Raw deep(int levels) {
        return random.nextBoolean() ? new Raw("[".repeat(levels) + "]".repeat(levels))
                : new Raw("{\"a\":".repeat(levels) + "1" + "}".repeat(levels));
    }

    private byte[] changeText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> {
                changed.writeBytes(bytes);
                changed.writeBytes(pick(TRAILERS).getBytes(StandardCharsets.UTF_8));
            }
            case 1 -> changed.write(bytes, 0, random.nextInt(bytes.length + 1));
            case 2 -> {
                changed.writeBytes(bytes);
                int at = random.nextInt(bytes.length);
                byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
                return replaceAt(changed.toByteArray(), at, invalid[random.nextInt(invalid.length)]);
            }
            case 3 -> {
                changed.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                changed.writeBytes(bytes);
            }
            default -> changed.writeBytes(pick(List.of("", " ", "null", "[]", "{}", "\"text\"", "0", "[{}]", "{\"\":{}}"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return changed.toByteArray();
    }

    private static byte[] replaceAt(byte[] bytes, int at, byte replacement) {
        bytes[at] = replacement;
        return bytes;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static void collect(Object node, List<Object> containers) {
        if (node instanceof Obj object) {
            containers.add(object);
            object.members.forEach(member -> collect(member.value(), containers));
        } else if (node instanceof List<?> list) {
            containers.add(list);
            list.forEach(element -> collect(element, containers));
        }
    }

    private static Object read(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Obj object = new Obj();
                ((JsonObject) value).forEach((name, member) -> object.members.add(new Member(name, read(member))));
                yield object;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(element -> list.add(read(element)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> new Raw(((JsonNumber) value).toString());
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    static String write(Object node) {
        StringBuilder json = new StringBuilder();
        write(node, json);
        return json.toString();
    }

    private static void write(Object node, StringBuilder json) {
        switch (node) {
            case null -> json.append("null");
            case Raw raw -> json.append(raw.json());
            case Boolean truth -> json.append(truth);
            case String text -> quote(text, json);
            case Obj object -> {
                json.append('{');
                for (int i = 0; i < object.members.size(); i++) {
                    json.append(i == 0 ? "" : ",");
                    quote(object.members.get(i).name(), json);
                    json.append(':');
                    write(object.members.get(i).value(), json);
                }
                json.append('}');
            }
            case List<?> list -> {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    json.append(i == 0 ? "" : ",");
                    write(list.get(i), json);
                }
                json.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON node: " + node);
        }
    }

    private static void quote(String text, StringBuilder json) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
