package org.pactum.web.forms;

import java.util.Locale;
import java.util.function.BiFunction;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.text.Placeholder;
import org.pactum.web.faces.PageMessages;

/**
 * The one table of what each broken rule says, in the user's language: bundle keys {@code rule.<rule>} such as
 * {@code rule.tooLong}. Forms put the sentence beside the field and name the field themselves; which rule failed
 * comes with the error, never from re-reading what was typed.
 */
public final class RuleMessages {

    private static final String EXAMPLE = "{" + Placeholder.PARTY1_ORGANIZATION.token() + "}";

    private final BiFunction<String, Object[], String> texts;

    /** @param texts the interface's sentences by bundle key, e.g. {@code PageMessages::text} */
    public RuleMessages(BiFunction<String, Object[], String> texts) {
        this.texts = texts;
    }

    /** The messages in the language of the current page. */
    public static RuleMessages ofPage() {
        return new RuleMessages(PageMessages::text);
    }

    /** The bundle key of the rule's message: {@code rule.tooLong} for {@link Rule#TOO_LONG}. */
    static String key(Rule rule) {
        String[] words = rule.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder("rule.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** What is wrong, without naming the field: "too long, at most 1000 characters". */
    public String what(FieldError error) {
        return texts.apply(key(error.rule()), new Object[] {error.detail(), Placeholder.tokens(), EXAMPLE});
    }

    /** "{subject}: {what}." — the field named in front, for a message far from the field. */
    public String sentence(String subject, FieldError error) {
        return texts.apply("rule.sentence", new Object[] {subject, what(error)});
    }
}
