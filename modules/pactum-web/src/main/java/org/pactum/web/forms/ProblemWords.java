package org.pactum.web.forms;

import java.util.function.BiFunction;

import org.pactum.domain.error.FieldError;

/** The interface's sentences a {@link Place} words its problems from, in the user's language. */
public final class ProblemWords {

    private final BiFunction<String, Object[], String> texts;
    private final RuleMessages rules;

    /** @param texts the interface's sentences by bundle key, e.g. {@code PageMessages::text} */
    public ProblemWords(BiFunction<String, Object[], String> texts) {
        this.texts = texts;
        this.rules = new RuleMessages(texts);
    }

    public String text(String key, Object... arguments) {
        return texts.apply(key, arguments);
    }

    /** "Казахский" for {@code kk}. */
    public String language(String code) {
        return text("language." + code);
    }

    /** What is wrong, from the rule the error names. */
    public String what(FieldError error) {
        return rules.what(error);
    }

    /** "{subject}: {what}." */
    public String sentence(String subject, FieldError error) {
        return rules.sentence(subject, error);
    }
}
