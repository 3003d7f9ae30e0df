package org.pactum.pdf.layout;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.pactum.domain.language.Language;

/**
 * A document's wording in one language, from a properties bundle ({@code <bundle>_<code>.properties}) on the class
 * path. Placeholders are replaced literally rather than with MessageFormat, which would group the digits of sequence
 * numbers and sizes and eat apostrophes. There is no fallback: a missing Kazakh bundle must fail the tests, not
 * silently print the server locale's wording.
 */
public final class Wording {

    private final Language language;
    private final ResourceBundle bundle;

    private Wording(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** @param bundle the bundle's base name, e.g. {@code org.pactum.pdf.certificate.labels} */
    public static Wording of(String bundle, Language language, ClassLoader loader) {
        return new Wording(language, ResourceBundle.getBundle(bundle, language.locale(), loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Language language() {
        return language;
    }

    public String text(String key, Object... values) {
        String text = bundle.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The words for a code (an action, a status, a verdict); the code itself for one this version does not know. */
    public String nameOf(String prefix, String code) {
        if (code == null) {
            return "—";
        }
        try {
            return bundle.getString(prefix + "." + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
