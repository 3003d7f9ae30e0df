package org.pactum.pdf.certificate;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.language.Language;

/**
 * What each audit action is called in a language, as the certificate prints it. The audit screen and its export name
 * actions with these same words, so an action is worded once for every place it appears (ActionLabelsTest checks
 * that every action has its words in every language).
 */
public final class ActionNames {

    private ActionNames() {
    }

    /** The words for an action code; the code itself for one this version does not know. */
    public static String of(String code, Language language) {
        return Labels.of(language).nameOf("action", code);
    }

    public static String of(AuditAction action, Language language) {
        return of(action.code(), language);
    }
}
