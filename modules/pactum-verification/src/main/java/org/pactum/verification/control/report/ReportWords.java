package org.pactum.verification.control.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.pactum.domain.language.Language;

/**
 * The report's wording in one language, from {@code report_<code>.properties}. Placeholders are replaced literally
 * rather than with MessageFormat, which would group the digits of sizes and eat apostrophes.
 */
final class ReportWords {

    private static final String BUNDLE = "org.pactum.verification.control.report.report";

    private final Language language;
    private final ResourceBundle bundle;

    private ReportWords(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static ReportWords of(Language language) {
        // No fallback: a missing Kazakh bundle must fail the tests, not silently print the server locale's wording.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.of(language.code()),
                ReportWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportWords(language, bundle);
    }

    Language language() {
        return language;
    }

    String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The words for a code (a verdict, a status); the code itself for one this version does not know. */
    String nameOf(String prefix, String code) {
        if (code == null) {
            return text("none");
        }
        try {
            return bundle.getString(prefix + "." + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    /** Whether the bundle explains this code, so that an unknown code is shown once rather than twice. */
    boolean knows(String prefix, String code) {
        return code != null && bundle.containsKey(prefix + "." + code);
    }

    String yesNo(Boolean value) {
        return value == null ? text("none") : text(value ? "yes" : "no");
    }
}
