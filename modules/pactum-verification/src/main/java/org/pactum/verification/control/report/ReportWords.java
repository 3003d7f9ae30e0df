package org.pactum.verification.control.report;

import org.pactum.domain.language.Language;
import org.pactum.pdf.layout.Wording;

/** The report's wording in one language, from {@code report_<code>.properties}. */
final class ReportWords {

    private static final String BUNDLE = "org.pactum.verification.control.report.report";

    private final Wording wording;

    private ReportWords(Wording wording) {
        this.wording = wording;
    }

    static ReportWords of(Language language) {
        return new ReportWords(Wording.of(BUNDLE, language, ReportWords.class.getClassLoader()));
    }

    Language language() {
        return wording.language();
    }

    String text(String key, Object... values) {
        return wording.text(key, values);
    }

    /** The words for a code (a verdict, a status); the code itself for one this version does not know. */
    String nameOf(String prefix, String code) {
        return code == null ? text("none") : wording.nameOf(prefix, code);
    }

    /** Whether the bundle explains this code, so that an unknown code is shown once rather than twice. */
    boolean knows(String prefix, String code) {
        return code != null && wording.has(prefix + "." + code);
    }

    /** The heads of a table's columns, from {@code <prefix>.<column>}. */
    String[] columns(String prefix, String... columns) {
        String[] heads = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            heads[i] = text(prefix + "." + columns[i]);
        }
        return heads;
    }

    /** The value, or the dash when there is none. */
    String orNone(String value) {
        return value == null || value.isBlank() ? text("none") : value;
    }

    String yesNo(Boolean value) {
        return value == null ? text("none") : text(value ? "yes" : "no");
    }
}
