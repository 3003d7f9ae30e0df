package org.pactum.signing.entity;

import java.util.List;
import java.util.Optional;

import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.signature.Signature;

/**
 * One party's place in the signing order.
 *
 * @param position  the party's place among the agreement's parties, from 1: the order they sign in
 * @param signers   the user accounts entitled to sign for it
 * @param signature its signature, once given
 * @param next      whether it is this party's turn now
 */
public record PartyTurn(int position, long partyId, LocalizedText organization, List<String> signers,
                        Optional<Signature> signature, boolean next) {

    public PartyTurn {
        signers = List.copyOf(signers);
    }

    public boolean hasSigned() {
        return signature.isPresent();
    }
}
