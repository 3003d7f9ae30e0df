package org.pactum.web.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.LongFunction;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * Converts whole-number and true/false parameters strictly, naming the parameter when its text is not of its type:
 * JAX-RS answers 404 for a path or query parameter it cannot convert ({@code ?size=abc}, {@code /agreements/abc}), as if
 * the address did not exist, and reads any text but "true" as false. An empty value counts as absent. A text parameter
 * with U+0000 ({@code ?q=%00}) is refused too: no text Pactum keeps holds it, and PostgreSQL cannot even be asked about
 * it (a statement binding it fails), which made such a search a 500 there.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Long.MIN_VALUE, Long.MAX_VALUE, rawType.isPrimitive() ? 0L : null,
                    value -> value);
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    rawType.isPrimitive() ? 0 : null, value -> (int) value);
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Truth(name, rawType.isPrimitive() ? Boolean.FALSE : null);
        }
        if (rawType == String.class) {
            return (ParamConverter<T>) new Text(name);
        }
        return null;
    }

    /** The parameter's name, or null when the annotations name no parameter JAX-RS converts from text. */
    static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = switch (annotation) {
                case PathParam path -> path.value();
                case QueryParam query -> query.value();
                case HeaderParam header -> header.value();
                case MatrixParam matrix -> matrix.value();
                case CookieParam cookie -> cookie.value();
                case FormParam form -> form.value();
                default -> null;
            };
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * @param absent what a missing parameter without a default becomes: JAX-RS gives a primitive its zero value
     */
    record WholeNumber<N>(String name, long min, long max, N absent, LongFunction<N> boxed) implements ParamConverter<N> {

        @Override
        public N fromString(String text) {
            try {
                return read(text);
            } catch (InvalidInputException refused) {
                throw new ParameterRefusedException(refused);
            }
        }

        N read(String text) {
            if (text == null || text.isEmpty()) {
                return absent;
            }
            if (!text.matches("[+-]?[0-9]+")) {
                throw new InvalidInputException(name, Rule.MALFORMED, "must be a whole number");
            }
            // Past 19 significant digits no value fits; the text is not converted at all.
            boolean longer = text.replaceFirst("^[+-]?0*", "").length() > 19;
            BigInteger value = longer ? null : new BigInteger(text);
            if (longer || value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new InvalidInputException(name, Rule.OUT_OF_RANGE, "must be a whole number from " + min + " to " + max);
            }
            return boxed.apply(value.longValueExact());
        }

        @Override
        public String toString(N value) {
            return String.valueOf(value);
        }
    }

    record Text(String name) implements ParamConverter<String> {

        @Override
        public String fromString(String text) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new ParameterRefusedException(new InvalidInputException(name, Rule.FORBIDDEN_CHARACTER,
                        "contains U+0000 at " + text.indexOf('\0')));
            }
            return text;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    }

    record Truth(String name, Boolean absent) implements ParamConverter<Boolean> {

        @Override
        public Boolean fromString(String text) {
            try {
                return read(text);
            } catch (InvalidInputException refused) {
                throw new ParameterRefusedException(refused);
            }
        }

        Boolean read(String text) {
            if (text == null || text.isEmpty()) {
                return absent;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new InvalidInputException(name, Rule.MALFORMED, "must be true or false");
            };
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    }
}
