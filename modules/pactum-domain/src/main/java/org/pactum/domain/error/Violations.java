package org.pactum.domain.error;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input before refusing it, so the caller learns all of them at once. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations check(boolean holds, String field, String message) {
        if (!holds) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
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
