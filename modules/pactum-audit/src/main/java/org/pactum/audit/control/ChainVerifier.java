package org.pactum.audit.control;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;

import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainWalker;
import org.pactum.domain.canonical.Sha256;

/**
 * Walks the chain in sequence order, once, holding only the previous event and the next seal: memory stays flat
 * however long the chain is. Stops at the first event or seal that does not check out and says why.
 */
public final class ChainVerifier implements ChainWalker {

    private Iterator<AuditSeal> seals = java.util.Collections.emptyIterator();
    private final Function<String, PublicKey> keys;
    private AuditSeal nextSeal;
    private long expectedSequence = 1;
    private String previousHash = Sha256.ZERO;
    private long eventsChecked;
    private long sealsChecked;
    private long lastSealedSequence;
    private ChainVerification broken;

    /** @param keys the public key for a seal's key id, or null when the key is unknown */
    public ChainVerifier(Function<String, PublicKey> keys) {
        this.keys = keys;
    }

    /**
     * Goes on where an earlier check found the chain intact: offer it the events (and seals) from
     * {@code from.nextSequence()} on.
     */
    public ChainVerifier(Function<String, PublicKey> keys, ChainCheckpoint from) {
        this(keys);
        this.expectedSequence = from.nextSequence();
        this.previousHash = from.previousHash();
        this.eventsChecked = from.eventsChecked();
        this.sealsChecked = from.sealsChecked();
        this.lastSealedSequence = from.lastSealedSequence();
    }

    /** Where a later check may go on from, once {@link #finish()} found the chain intact; empty when it is not. */
    public Optional<ChainCheckpoint> checkpoint(Instant wholeChainCheckedAt) {
        if (finish().intact()) {
            return Optional.of(new ChainCheckpoint(expectedSequence, previousHash, eventsChecked,
                    sealsChecked, lastSealedSequence, wholeChainCheckedAt));
        }
        return Optional.empty();
    }

    /** @param inOrder seals in ascending sequence order */
    @Override
    public void seals(Iterator<AuditSeal> inOrder) {
        this.seals = inOrder;
        this.nextSeal = inOrder.hasNext() ? inOrder.next() : null;
    }

    /** Checks the next event; false once the chain is broken (later events are not looked at). */
    @Override
    public boolean event(AuditEvent event) {
        if (broken != null) {
            return false;
        }
        eventsChecked++;
        if (event.sequence() != expectedSequence) {
            return breakAt(expectedSequence, event.sequence() > expectedSequence
                    ? "events " + expectedSequence + (event.sequence() - 1 > expectedSequence ? " to " + (event.sequence() - 1) : "")
                      + " are missing (the next stored event is " + event.sequence() + ")"
                    : "event " + event.sequence() + " is out of order (expected " + expectedSequence + ")");
        }
        if (!previousHash.equals(event.previousHash())) {
            return breakAt(event.sequence(), "its previous hash does not match the hash of event " + (event.sequence() - 1));
        }
        if (!event.computeHash().equals(event.hash())) {
            return breakAt(event.sequence(), "its content does not match its hash: a field was changed after it was written");
        }
        while (nextSeal != null && nextSeal.sequence() == event.sequence()) {
            if (!checkSeal(nextSeal, event)) {
                return false;
            }
            nextSeal = seals.hasNext() ? seals.next() : null;
        }
        if (nextSeal != null && nextSeal.sequence() < event.sequence()) {
            return breakAt(nextSeal.sequence(), "a seal covers event " + nextSeal.sequence() + ", which is not in the chain");
        }
        previousHash = event.hash();
        expectedSequence++;
        return true;
    }

    private boolean checkSeal(AuditSeal seal, AuditEvent event) {
        PublicKey key = keys.apply(seal.keyId());
        if (key == null) {
            return breakAt(seal.sequence(), "its seal was made with an unknown key " + seal.keyId());
        }
        if (!verifies(seal, key)) {
            return breakAt(seal.sequence(), "its seal's signature is not valid");
        }
        if (!seal.headHash().equals(event.hash())) {
            return breakAt(seal.sequence(), "the chain was rewritten: the seal signed another hash for this event");
        }
        sealsChecked++;
        lastSealedSequence = seal.sequence();
        return true;
    }

    private static boolean verifies(AuditSeal seal, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(seal.algorithm());
            verifier.initVerify(key);
            verifier.update(seal.signedContent().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(seal.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean breakAt(long sequence, String reason) {
        broken = new ChainVerification(false, eventsChecked, sealsChecked, lastSealedSequence, sequence,
                "Event " + sequence + ": " + reason + ".");
        return false;
    }

    /** The report once every event has been offered (or the chain broke). */
    public ChainVerification finish() {
        if (broken != null) {
            return broken;
        }
        if (nextSeal != null) {
            breakAt(nextSeal.sequence(), "a seal covers event " + nextSeal.sequence()
                    + ", but the chain ends at " + (expectedSequence - 1) + ": events were removed from its end");
            return broken;
        }
        return new ChainVerification(true, eventsChecked, sealsChecked, lastSealedSequence, null, null);
    }
}
