package org.pactum.signing.entity;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.signature.Signature;

/** Where an agreement's signing stands: each party in signing order, who has signed, and whose turn it is. */
public record SigningState(long agreementId, String number, AgreementStatus status, List<PartyTurn> parties,
                           List<Signature> signatures) {

    public SigningState {
        parties = List.copyOf(parties);
        signatures = List.copyOf(signatures);
    }

    /** The party that signs next; empty when the agreement is not awaiting signatures. */
    public Optional<PartyTurn> next() {
        return parties.stream().filter(PartyTurn::next).findFirst();
    }

    public Optional<Signature> last() {
        return signatures.isEmpty() ? Optional.empty() : Optional.of(signatures.getLast());
    }
}
