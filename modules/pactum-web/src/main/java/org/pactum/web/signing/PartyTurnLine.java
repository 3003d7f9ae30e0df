package org.pactum.web.signing;

import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

import org.pactum.domain.language.Language;
import org.pactum.signing.entity.PartyTurn;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.Shown;

/**
 * One party's place in the signing order as the pages show it.
 *
 * @param signers   the names of those who may sign for it
 * @param mine      whether the signed-in user is among them
 * @param signature its signature, or null while it has none
 * @param next      whether it signs now
 */
public record PartyTurnLine(int position, Shown organization, List<String> signers, boolean mine,
                            SignatureLine signature, boolean next) implements Serializable {

    public PartyTurnLine {
        signers = List.copyOf(signers);
    }

    public static PartyTurnLine of(PartyTurn turn, String me, Language language, DateDisplay dates,
                                   UnaryOperator<String> people) {
        return new PartyTurnLine(turn.position(), Shown.of(turn.organization(), language),
                turn.signers().stream().map(people).toList(), turn.signers().contains(me),
                turn.signature().map(signature -> SignatureLine.of(signature, dates, people)).orElse(null), turn.next());
    }

    public boolean signed() {
        return signature != null;
    }

    /** For a CSS class and tests: {@code signed}, {@code next} or {@code waiting}. */
    public String state() {
        return signed() ? "signed" : next ? "next" : "waiting";
    }

    /** The signers' names in one line, as the page lists them. */
    public String signerNames() {
        return String.join(", ", signers);
    }
}
