package org.pactum.persistence;

import java.util.Locale;

/** Turns user text into a case-insensitive "contains" LIKE pattern in which % and _ are literal (escape character \). */
final class LikePattern {

    static final String ESCAPE = " ESCAPE '\\'";

    private LikePattern() {
    }

    static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
