package org.pactum.web.signing;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.web.faces.PageMessages;

/**
 * Why the signed-in user cannot sign now, in a sentence: the agreement is signed or not awaiting signatures, the user
 * has signed already, another party signs first, or the user signs for none of its parties. Empty when it is the user's
 * turn.
 */
final class TurnNotice {

    private TurnNotice() {
    }

    static Optional<String> of(AgreementStatus status, List<PartyTurnLine> parties) {
        Optional<PartyTurnLine> next = parties.stream().filter(PartyTurnLine::next).findFirst();
        if (next.isPresent() && next.get().mine()) {
            return Optional.empty();
        }
        Optional<PartyTurnLine> signed = parties.stream().filter(turn -> turn.mine() && turn.signed()).findFirst();
        if (signed.isPresent()) {
            return Optional.of(PageMessages.text("signing.notYours.already", signed.get().organization().text()));
        }
        if (next.isEmpty()) {
            return Optional.of(status == AgreementStatus.SIGNED ? PageMessages.text("signing.notYours.signed")
                    : PageMessages.text("signing.notYours.notAwaiting", PageMessages.text("status." + status.name())));
        }
        String nextParty = next.get().organization().text();
        return Optional.of(parties.stream().filter(PartyTurnLine::mine).findFirst()
                .map(mine -> PageMessages.text("signing.notYours.later", nextParty, mine.organization().text()))
                .orElseGet(() -> PageMessages.text("signing.notYours.notSigner", nextParty)));
    }
}
