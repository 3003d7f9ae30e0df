package org.pactum.web.admin;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.user.PasswordRules;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.forms.MarkedFields;
import org.pactum.web.routing.setup.SavedMeanwhile;

/**
 * What an administration form refused, in the page's language: each field's rule as a sentence of the admin bundle
 * ({@code admin.problem.<field>.<rule>}, else {@code admin.problem.<field>}), never the field's technical name.
 */
final class AdminProblems {

    private AdminProblems() {
    }

    /**
     * A save that failed because someone saved the same thing a moment earlier says so beside the form's button; any
     * other failure goes on to the error page.
     */
    static void savedMeanwhile(RuntimeException failed, MarkedFields form) {
        if (!SavedMeanwhile.causes(failed)) {
            throw failed;
        }
        form.refuseForm("admin.stale");
    }

    /**
     * Each refused field's sentence beside the field when the form has it, else beside the form's button, and the
     * form's summary at the top of the page. The administration forms name each field after the path the domain
     * refuses, in one word: {@code signatory.name.ru} is the field {@code signatoryNameRu}.
     */
    static void show(InvalidInputException invalid, MarkedFields form) {
        form.summarize("admin.invalid");
        for (FieldError error : invalid.errors()) {
            String field = error.field().replaceAll("\\[\\d+]", "");
            String where = form.mark(fieldId(field));
            if (error.rule().refusesACharacter()) {
                PageMessages.refusedCharacter(where, error);
                continue;
            }
            String specific = "admin.problem." + field + "." + error.rule().code();
            String general = "admin.problem." + field;
            if (!PageMessages.text(specific).equals(specific)) {
                PageMessages.fieldError(where, specific, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
            } else if (!PageMessages.text(general).equals(general)) {
                PageMessages.fieldError(where, general);
            } else {
                PageMessages.fieldError(where, "admin.problem.other");
            }
        }
    }

    /** {@code signatory.name.ru} → {@code signatoryNameRu}. */
    static String fieldId(String path) {
        StringBuilder id = new StringBuilder();
        for (String word : path.split("\\.")) {
            id.append(id.isEmpty() || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return id.toString();
    }
}
