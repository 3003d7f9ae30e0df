package org.pactum.web.json;

import java.util.Arrays;
import java.util.Locale;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;

/**
 * Query parameters naming an enum constant. JAX-RS would answer an unknown value with 404 (as if the address did not
 * exist); a client deserves 422 naming the parameter and the values it may take.
 */
public final class EnumParameter {

    private EnumParameter() {
    }

    /** The constant, or null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(name, Rule.UNKNOWN, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
