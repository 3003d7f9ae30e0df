package org.pactum.web.startup;

import java.util.Locale;

/** How this installation runs, from {@code pactum.mode}. */
public enum Mode {
    /** Demo users with the password "demo" and demo agreements; what {@code ./pactum run} starts. */
    DEMO,
    /** Real users only: refuses to start while any demo user can still sign in with the demo password. */
    PRODUCTION;

    public static Mode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("pactum.mode must be demo or production, not '" + value + "'", e);
        }
    }
}
