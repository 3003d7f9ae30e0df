package org.pactum.web.forms;

import java.util.Optional;

/**
 * One problem as a form shows it.
 *
 * @param field    where in the form: a component id relative to the form, or another key the form marks by; empty
 *                 for a problem that is only a page message
 * @param beside   what is said beside the field
 * @param sentence what is said as a page message, where the field is not in sight
 */
public record ShownProblem(Optional<String> field, String beside, String sentence) {

    /** A problem with no field of its own. */
    public static ShownProblem onPage(String sentence) {
        return new ShownProblem(Optional.empty(), sentence, sentence);
    }

    /** A problem beside a field that says the same there and on the page; only on the page when {@code field} is null. */
    public static ShownProblem at(String field, String sentence) {
        return new ShownProblem(Optional.ofNullable(field), sentence, sentence);
    }
}
