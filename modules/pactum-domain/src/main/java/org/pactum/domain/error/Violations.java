package org.pactum.domain.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input before refusing it, so the caller learns all of them at once. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations check(boolean holds, String field, Rule rule, String message) {
        return holds ? this : add(field, rule, message);
    }

    /** @param limit the number the rule names (the longest length, the most items, …) */
    public Violations check(boolean holds, String field, Rule rule, long limit, String message) {
        return holds ? this : add(new FieldError(field, rule, message, Long.toString(limit)));
    }

    public Violations add(String field, Rule rule, String message) {
        return add(new FieldError(field, rule, message));
    }

    public Violations add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
