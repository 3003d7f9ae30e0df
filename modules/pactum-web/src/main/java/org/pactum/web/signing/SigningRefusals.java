package org.pactum.web.signing;

import org.pactum.domain.error.PactumException;
import org.pactum.web.faces.PageMessages;

/**
 * A refused signing attempt in the user's words: one sentence per problem type ({@code signing.refused.<type>}), each
 * saying that nothing was signed where that is what the user needs to know. A type without its own sentence (a
 * condition added later) is still named, never shown as the developer's English text or a stack trace.
 */
final class SigningRefusals {

    private static final String PREFIX = "signing.refused.";

    private SigningRefusals() {
    }

    static void show(PactumException refusal) {
        String key = PREFIX + refusal.problemType();
        if (PageMessages.text(key).equals(key)) {
            PageMessages.error(PREFIX + "other", refusal.problemType());
        } else {
            PageMessages.error(key);
        }
    }
}
