package org.pactum.web.input;

import java.io.InputStream;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * Reads a JSON body once, as a stream, against the Java type it is about to be bound to, and refuses what JSON-B
 * (Yasson) would quietly bend: a whole number beyond its field's range (18446744073709551617 became 1) or with a
 * fraction (5.9 became 5), a text where a number belongs ("5" became 5) and the reverse, anything after the JSON value
 * (ignored), and a name twice in one object (the last one won, where another parser may take the first).
 * <p>
 * Not JSON, trailing content, repeated names, nesting deeper than {@link #MAX_DEPTH} and values of the wrong JSON type
 * make the body unreadable (400); numbers that do not fit their field, null for a field that cannot be absent, and
 * null as an item of a list are invalid input (422). Members the type does not have are walked for the same structural faults but otherwise
 * left alone, as JSON-B ignores them.
 */
final class JsonBodyCheck {

    /** Levels of objects and lists; Pactum's deepest body (a wording's article's heading) has five. */
    static final int MAX_DEPTH = 32;
    /** Characters of a number anywhere in a body; no field takes a longer one, and long ones cost time to convert. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Errors of each kind reported; the walk still reads the whole body for faults of its structure. */
    private static final int MAX_ERRORS = 20;
    /** Characters of a member name shown in a path: the name comes from the client and could be long. */
    private static final int MAX_NAME_SHOWN = 64;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private static final Map<Class<?>, long[]> WHOLE_RANGES = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

    private static final ClassValue<Map<String, Type>> MEMBERS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> record) {
            Map<String, Type> members = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                members.put(jsonName(record, component), component.getGenericType());
            }
            return members;
        }
    };

    /** What JSON a Java type takes. */
    private enum Shape {
        ANY("anything"), TEXT("a text"), WHOLE("a whole number"), NUMBER("a number"), TRUTH("true or false"),
        CHOICE("one of its names"), DAY("a date such as 2026-11-22"), INSTANT("an instant such as 2026-11-22T08:00:00Z"),
        LIST("a list"), OBJECT("an object");

        final String words;

        Shape(String words) {
            this.words = words;
        }
    }

    private final List<FieldError> unreadable = new ArrayList<>();
    private final List<FieldError> invalid = new ArrayList<>();
    private JsonParser parser;
    /** Where the walk is, for a syntax error the parser reports without knowing the field. */
    private String at = "body";

    private JsonBodyCheck() {
    }

    /** Whether bodies bound to this type are checked: those JSON-B binds member by member. */
    static boolean checks(Class<?> type) {
        return type.isRecord() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    /**
     * @param body   a JSON text of at least one byte
     * @param target the type the body is bound to
     * @throws UnreadableBodyException naming where the body cannot be read as the JSON the type takes
     * @throws InvalidInputException   naming each number that does not fit its field and each null that cannot be
     */
    static void check(InputStream body, Type target) {
        JsonBodyCheck check = new JsonBodyCheck();
        try (JsonParser parser = PARSERS.createParser(body)) {
            check.parser = parser;
            check.document(target);
        } catch (JsonParsingException e) {
            throw new UnreadableBodyException(List.of(new FieldError(check.at, Rule.MALFORMED,
                    "is not JSON" + where(e.getLocation()))));
        } catch (JsonException e) {
            throw new UnreadableBodyException(List.of(new FieldError(check.at, Rule.MALFORMED, "cannot be read as JSON text")));
        }
        if (!check.unreadable.isEmpty()) {
            throw new UnreadableBodyException(check.unreadable);
        }
        if (!check.invalid.isEmpty()) {
            throw new InvalidInputException(check.invalid);
        }
    }

    private void document(Type target) {
        value(parser.next(), target, "", 0);
        at = "body";
        try {
            if (parser.hasNext()) {
                parser.next();
                trailing(parser.getLocation());
            }
        } catch (JsonParsingException e) {
            trailing(e.getLocation());
        }
    }

    private void trailing(JsonLocation location) {
        throw new UnreadableBodyException(List.of(new FieldError("body", Rule.MALFORMED,
                "has more after the JSON value" + where(location))));
    }

    private void value(Event event, Type type, String path, int depth) {
        at = path.isEmpty() ? "body" : path;
        Class<?> raw = raw(type);
        Shape shape = shapeOf(raw);
        switch (event) {
            case START_OBJECT -> object(type, raw, shape, path, depth + 1);
            case START_ARRAY -> array(type, raw, shape, path, depth + 1);
            case VALUE_STRING -> text(raw, shape, path);
            case VALUE_NUMBER -> number(raw, shape, path);
            case VALUE_TRUE, VALUE_FALSE -> {
                if (shape != Shape.TRUTH && shape != Shape.ANY) {
                    wrongType(raw, shape, path, "true or false");
                }
            }
            case VALUE_NULL -> {
                if (raw.isPrimitive()) {
                    report(invalid, path, Rule.REQUIRED, notNull(shape), "");
                }
            }
            default -> throw new IllegalStateException("a JSON value cannot start with " + event);
        }
    }

    private void object(Type type, Class<?> raw, Shape shape, String path, int depth) {
        deepest(path, depth);
        boolean fits = shape == Shape.OBJECT || shape == Shape.ANY;
        if (!fits) {
            wrongType(raw, shape, path, "an object");
        }
        Map<String, Type> members = fits && raw.isRecord() ? MEMBERS.get(raw) : Map.of();
        Type values = fits && Map.class.isAssignableFrom(raw) ? argument(type, 1) : Object.class;
        Set<String> names = new HashSet<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            String member = (path.isEmpty() ? "" : path + ".") + shown(name);
            if (!names.add(name)) {
                report(unreadable, member, Rule.REPEATED, "is given twice; a name appears once in an object", name);
            }
            at = member;
            value(parser.next(), raw.isRecord() ? members.getOrDefault(name, Object.class) : values, member, depth);
        }
        at = path.isEmpty() ? "body" : path;
    }

    private void array(Type type, Class<?> raw, Shape shape, String path, int depth) {
        deepest(path, depth);
        boolean fits = shape == Shape.LIST || shape == Shape.ANY;
        if (!fits) {
            wrongType(raw, shape, path, "a list");
        }
        Type elements = fits ? elementType(type, raw) : Object.class;
        int index = 0;
        Shape elementShape = shapeOf(raw(elements));
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            String element = path + "[" + index++ + "]";
            if (event == Event.VALUE_NULL && shape == Shape.LIST) {
                // No list of this API holds a null; the code after the reading would trip over one ("areas": [null]).
                report(invalid, element, Rule.REQUIRED, notNull(elementShape), "");
            } else {
                value(event, elements, element, depth);
            }
        }
        at = path.isEmpty() ? "body" : path;
    }

    private void text(Class<?> raw, Shape shape, String path) {
        String text = parser.getString();
        switch (shape) {
            case TEXT, ANY -> {
                // any text will do
            }
            case CHOICE -> {
                if (Arrays.stream(raw.getEnumConstants()).noneMatch(constant -> ((Enum<?>) constant).name().equals(text))) {
                    report(unreadable, path, Rule.UNKNOWN, "must be one of " + Arrays.toString(raw.getEnumConstants()),
                            shown(text));
                }
            }
            case DAY -> {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    report(unreadable, path, Rule.MALFORMED, "must be " + shape.words, "");
                }
            }
            case INSTANT -> {
                try {
                    Instant.parse(text);
                } catch (DateTimeParseException e) {
                    report(unreadable, path, Rule.MALFORMED, "must be " + shape.words, "");
                }
            }
            default -> wrongType(raw, shape, path, "a text");
        }
    }

    private void number(Class<?> raw, Shape shape, String path) {
        if (shape != Shape.WHOLE && shape != Shape.NUMBER && shape != Shape.ANY) {
            wrongType(raw, shape, path, "a number");
            return;
        }
        String text = parser.getString();
        if (text.length() > MAX_NUMBER_LENGTH) {
            report(invalid, path, Rule.OUT_OF_RANGE, "has more than " + MAX_NUMBER_LENGTH + " characters", "");
        } else if (shape == Shape.WHOLE) {
            whole(text, WHOLE_RANGES.get(raw), path);
        }
    }

    private void whole(String text, long[] range, String path) {
        String fitting = "must be a whole number from " + range[0] + " to " + range[1];
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException exponentBeyondAnyScale) {
            report(invalid, path, Rule.OUT_OF_RANGE, fitting, "");
            return;
        }
        // Adjusted exponents are compared first, so even 1e999999999 costs nothing here.
        if (value.compareTo(BigDecimal.valueOf(range[0])) < 0 || value.compareTo(BigDecimal.valueOf(range[1])) > 0) {
            report(invalid, path, Rule.OUT_OF_RANGE, fitting, "");
        } else if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            report(invalid, path, Rule.MALFORMED, "must be a whole number, without a fraction", "");
        }
    }

    private void wrongType(Class<?> raw, Shape shape, String path, String given) {
        String expected = shape == Shape.CHOICE ? "one of " + Arrays.toString(raw.getEnumConstants()) : shape.words;
        report(unreadable, path, Rule.MALFORMED, "must be " + expected + ", not " + given, "");
    }

    private static String notNull(Shape shape) {
        return shape == Shape.ANY ? "must not be null" : "must be " + shape.words + ", not null";
    }

    private void deepest(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new UnreadableBodyException(List.of(new FieldError(path.isEmpty() ? "body" : path, Rule.MALFORMED,
                    "nests objects and lists deeper than " + MAX_DEPTH + " levels")));
        }
    }

    private static void report(List<FieldError> errors, String path, Rule rule, String message, String detail) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, rule, message, detail));
        }
    }

    private static Shape shapeOf(Class<?> raw) {
        if (raw == String.class || raw == Character.class || raw == char.class) {
            return Shape.TEXT;
        }
        if (WHOLE_RANGES.containsKey(raw)) {
            return Shape.WHOLE;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Shape.TRUTH;
        }
        if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            return Shape.NUMBER;
        }
        if (raw.isEnum()) {
            return Shape.CHOICE;
        }
        if (raw == LocalDate.class) {
            return Shape.DAY;
        }
        if (raw == Instant.class) {
            return Shape.INSTANT;
        }
        if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
            return Shape.OBJECT;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray() && raw != byte[].class) {
            return Shape.LIST;
        }
        return Shape.ANY;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return raw(parameterized.getRawType());
        }
        if (type instanceof GenericArrayType array) {
            return raw(array.getGenericComponentType()).arrayType();
        }
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementType(Type type, Class<?> raw) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        return argument(type, 0);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** The member's name in JSON: the component's, unless renamed as JSON-B allows. */
    private static String jsonName(Class<?> record, RecordComponent component) {
        JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (renamed == null) {
            try {
                renamed = record.getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
            } catch (NoSuchFieldException impossible) {
                renamed = null;
            }
        }
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    private static String shown(String name) {
        return name.codePointCount(0, name.length()) <= MAX_NAME_SHOWN ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME_SHOWN)) + "…";
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : ", at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
