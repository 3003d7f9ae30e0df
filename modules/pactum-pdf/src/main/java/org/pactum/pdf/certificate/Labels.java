package org.pactum.pdf.certificate;

import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.Wording;

/** The certificate's wording in one language, from {@code labels_<code>.properties}. */
final class Labels {

    private static final String BUNDLE = "org.pactum.pdf.certificate.labels";

    private final Wording wording;

    private Labels(Wording wording) {
        this.wording = wording;
    }

    static Labels of(Language language) {
        return new Labels(Wording.of(BUNDLE, language, Labels.class.getClassLoader()));
    }

    Language language() {
        return wording.language();
    }

    String text(String key, Object... values) {
        return wording.text(key, values);
    }

    /** The label of a code (an action, role, kind or status); the code itself for one this version does not know. */
    String nameOf(String prefix, String code) {
        return wording.nameOf(prefix, code);
    }

    String nameOf(String prefix, Enum<?> constant) {
        return constant == null ? "—" : nameOf(prefix, constant.name());
    }

    String nameOf(Language other) {
        return text("language." + other.code());
    }
}
