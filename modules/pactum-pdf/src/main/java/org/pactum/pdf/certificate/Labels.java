package org.pactum.pdf.certificate;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.pactum.domain.language.Language;

/**
 * The certificate's wording in one language, from {@code labels_<code>.properties}. Placeholders are replaced
 * literally rather than with MessageFormat, which would group the digits of sequence numbers and eat apostrophes.
 */
final class Labels {

    private static final String BUNDLE = "org.pactum.pdf.certificate.labels";

    private final Language language;
    private final ResourceBundle bundle;

    private Labels(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static Labels of(Language language) {
        // No fallback: a missing Kazakh bundle must fail the tests, not silently print the server locale's wording.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.of(language.code()), Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(language, bundle);
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

    /** The label of a code (an action, role, kind or status); the code itself for one this version does not know. */
    String nameOf(String prefix, String code) {
        if (code == null) {
            return "—";
        }
        try {
            return bundle.getString(prefix + "." + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    String nameOf(String prefix, Enum<?> constant) {
        return constant == null ? "—" : nameOf(prefix, constant.name());
    }

    String nameOf(Language other) {
        return text("language." + other.code());
    }
}
