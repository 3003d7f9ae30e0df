package org.pactum.domain.audit;

import java.util.List;

import org.pactum.domain.party.Party;

/**
 * Fired inside the transaction that added or changed a party, or named who may sign for it, for the audit trail.
 *
 * @param action  {@link AuditAction#PARTY_ADDED}, {@link AuditAction#PARTY_REVISED} or
 *                {@link AuditAction#PARTY_SIGNERS_NAMED}
 * @param party   the party as it is now
 * @param signers the accounts now entitled to sign for it; empty unless {@code action} names them
 * @param actor   who made the change
 */
public record PartyRecorded(AuditAction action, Party party, List<String> signers, String actor) {

    public PartyRecorded {
        signers = signers == null ? List.of() : List.copyOf(signers);
    }
}
