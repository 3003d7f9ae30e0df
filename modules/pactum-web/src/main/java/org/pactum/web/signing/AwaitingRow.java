package org.pactum.web.signing;

import java.io.Serializable;

import org.pactum.web.registry.AgreementRow;

/**
 * An agreement a signer signs, on the list of what waits for signatures.
 *
 * @param myTurn    whether the signer signs it now
 * @param nextParty the party that signs now, in the reader's language
 */
public record AwaitingRow(AgreementRow agreement, boolean myTurn, String nextParty) implements Serializable {
}
