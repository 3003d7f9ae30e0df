package org.pactum.domain.signature;

import java.util.List;

/** Which user accounts may sign for a party: usually its head, sometimes also a deputy. */
public interface PartySigners {

    /** The usernames entitled to sign for the party, in the order they were named; empty when nobody is. */
    List<String> of(long partyId);

    /** Replaces the party's signers. */
    void set(long partyId, List<String> usernames);
}
