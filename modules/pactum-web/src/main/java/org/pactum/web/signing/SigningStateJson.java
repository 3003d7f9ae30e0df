package org.pactum.web.signing;

import java.util.List;
import java.util.Map;

import org.pactum.signing.entity.PartyTurn;
import org.pactum.signing.entity.SigningState;
import org.pactum.web.json.LocalizedJson;

/** Where signing stands: the signatures in order, each party's turn, and who signs next (null when nobody does). */
public record SigningStateJson(long agreementId, String number, String status, List<SignatureJson> signatures,
                               List<TurnJson> parties, TurnJson next) {

    public record TurnJson(int position, long partyId, Map<String, String> organization, List<String> signers,
                           boolean signed) {

        static TurnJson of(PartyTurn turn) {
            return new TurnJson(turn.position(), turn.partyId(), LocalizedJson.of(turn.organization()), turn.signers(),
                    turn.hasSigned());
        }
    }

    public static SigningStateJson of(SigningState state) {
        return new SigningStateJson(state.agreementId(), state.number(), state.status().name(),
                state.signatures().stream().map(SignatureJson::of).toList(),
                state.parties().stream().map(TurnJson::of).toList(),
                state.next().map(TurnJson::of).orElse(null));
    }
}
