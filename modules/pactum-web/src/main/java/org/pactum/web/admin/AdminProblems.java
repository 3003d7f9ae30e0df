package org.pactum.web.admin;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.user.PasswordRules;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.routing.setup.SavedMeanwhile;

/**
 * What an administration form refused, in the page's language: each field's rule as a sentence of the admin bundle
 * ({@code admin.problem.<field>.<rule>}, else {@code admin.problem.<field>}), never the field's technical name.
 */
final class AdminProblems {

    private AdminProblems() {
    }

    /**
     * A save that failed because someone saved the same thing a moment earlier says so on the page; any other failure
     * goes on to the error page.
     */
    static void savedMeanwhile(RuntimeException failed) {
        if (!SavedMeanwhile.causes(failed)) {
            throw failed;
        }
        PageMessages.error("admin.stale");
    }

    static void show(InvalidInputException invalid) {
        for (FieldError error : invalid.errors()) {
            if (error.rule().refusesACharacter()) {
                PageMessages.refusedCharacter(null, error);
                continue;
            }
            String field = error.field().replaceAll("\\[\\d+]", "");
            String specific = "admin.problem." + field + "." + error.rule().code();
            String general = "admin.problem." + field;
            if (!PageMessages.text(specific).equals(specific)) {
                PageMessages.error(specific, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
            } else if (!PageMessages.text(general).equals(general)) {
                PageMessages.error(general);
            } else {
                PageMessages.error("admin.problem.other");
            }
        }
    }
}
