package org.pactum.audit.control;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainWalker;
import org.pactum.domain.audit.EventDigest;
import org.pactum.domain.canonical.Sha256;

/**
 * Walks the chain in sequence order, once, holding only the previous event and the next seal: memory stays flat
 * however long the chain is. Stops at the first event or seal that does not check out and says why.
 * <p>
 * Hashes are recomputed into one reused buffer ({@link EventDigest}). With an executor ({@link #checkingOn}),
 * the hashes (in batches of {@value #HASH_BATCH} events) and the seal signatures are checked on its threads while the
 * walk goes on reading, at most {@value #SEALS_IN_FLIGHT} seals and {@value #BATCHES_IN_FLIGHT} batches at a time so
 * memory stays flat; {@link #finish()} waits for them, and the report is the one a check in a single thread gives:
 * the first break in sequence order, with what was counted up to it.
 */
public final class ChainVerifier implements ChainWalker {

    static final int SEALS_IN_FLIGHT = 64;
    static final int HASH_BATCH = 256;
    static final int BATCHES_IN_FLIGHT = 8;
    private static final String CHANGED =
            "its content does not match its hash: a field was changed after it was written";
    private static final String BAD_SIGNATURE = "its seal's signature is not valid";
    private static final String REWRITTEN = "the chain was rewritten: the seal signed another hash for this event";

    private final Function<String, PublicKey> keys;
    private final EventDigest digest = new EventDigest();
    private final SealSignatures signatures = new SealSignatures();
    private Iterator<AuditSeal> seals = java.util.Collections.emptyIterator();
    private AuditSeal nextSeal;
    private long expectedSequence = 1;
    private String previousHash = Sha256.ZERO;
    private long eventsChecked;
    private long sealsChecked;
    private long lastSealedSequence;
    private ChainVerification broken;

    private Executor sealChecks;
    private final Semaphore inFlight = new Semaphore(SEALS_IN_FLIGHT);
    private final Semaphore batchesInFlight = new Semaphore(BATCHES_IN_FLIGHT);
    private HashBatch batch;
    private long checkOrder;
    private long firstLaterBreakOrder = Long.MAX_VALUE;
    private volatile ChainVerification laterBreak;

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

    /**
     * Checks hashes and seal signatures on {@code executor}'s threads while this walker reads on; call before the
     * walk. Without it (or with null), everything is checked in the walking thread.
     */
    public ChainVerifier checkingOn(Executor executor) {
        this.sealChecks = executor;
        return this;
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
        if (broken != null || laterBreak != null) {
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
        if (sealChecks != null) {
            hashLater(event);
        } else if (!digest.matches(event, event.hash())) {
            return breakAt(event.sequence(), CHANGED);
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
        if (!seal.headHash().equals(event.hash())) {
            // A single-threaded check looks at the signature first; so does this, to give the same reason.
            return breakAt(seal.sequence(), signatures.verify(seal, key) ? REWRITTEN : BAD_SIGNATURE);
        }
        if (sealChecks == null) {
            if (!signatures.verify(seal, key)) {
                return breakAt(seal.sequence(), BAD_SIGNATURE);
            }
        } else {
            checkLater(seal, key);
        }
        sealsChecked++;
        lastSealedSequence = seal.sequence();
        return true;
    }

    /** The report a failure of this seal's signature gives is fixed now, with the counts as they stand before it. */
    private void checkLater(AuditSeal seal, PublicKey key) {
        long order = checkOrder++;
        ChainVerification ifBad = new ChainVerification(false, eventsChecked, sealsChecked, lastSealedSequence,
                seal.sequence(), "Event " + seal.sequence() + ": " + BAD_SIGNATURE + ".");
        inFlight.acquireUninterruptibly();
        Runnable check = () -> {
            try {
                if (!signatures.verify(seal, key)) {
                    failed(order, ifBad);
                }
            } finally {
                inFlight.release();
            }
        };
        try {
            sealChecks.execute(check);
        } catch (RejectedExecutionException e) {
            check.run();
        }
    }

    private synchronized void failed(long order, ChainVerification report) {
        if (order < firstLaterBreakOrder) {
            firstLaterBreakOrder = order;
            laterBreak = report;
        }
    }

    /** The event's hash joins a batch checked on another thread, with the counts a failure would report. */
    private void hashLater(AuditEvent event) {
        if (batch == null) {
            batch = new HashBatch();
        }
        batch.add(event, checkOrder++, eventsChecked, sealsChecked, lastSealedSequence);
        if (batch.size == HASH_BATCH) {
            submitBatch();
        }
    }

    private void submitBatch() {
        HashBatch full = batch;
        batch = null;
        batchesInFlight.acquireUninterruptibly();
        Runnable check = () -> {
            try {
                full.check();
            } finally {
                batchesInFlight.release();
            }
        };
        try {
            sealChecks.execute(check);
        } catch (RejectedExecutionException e) {
            check.run();
        }
    }

    /** Hands on the last, partial batch and waits for everything still being checked. */
    private void awaitChecks() {
        if (batch != null) {
            submitBatch();
        }
        batchesInFlight.acquireUninterruptibly(BATCHES_IN_FLIGHT);
        batchesInFlight.release(BATCHES_IN_FLIGHT);
        inFlight.acquireUninterruptibly(SEALS_IN_FLIGHT);
        inFlight.release(SEALS_IN_FLIGHT);
    }

    /** Events whose hashes are checked together, each with what a single thread would have counted at it. */
    private final class HashBatch {

        private final AuditEvent[] events = new AuditEvent[HASH_BATCH];
        private final long[] orders = new long[HASH_BATCH];
        private final long[] eventCounts = new long[HASH_BATCH];
        private final long[] sealCounts = new long[HASH_BATCH];
        private final long[] lastSealed = new long[HASH_BATCH];
        private int size;

        void add(AuditEvent event, long order, long eventCount, long sealCount, long lastSealedSequence) {
            events[size] = event;
            orders[size] = order;
            eventCounts[size] = eventCount;
            sealCounts[size] = sealCount;
            lastSealed[size] = lastSealedSequence;
            size++;
        }

        void check() {
            EventDigest own = new EventDigest(); // one per batch: a digest is not shared between threads
            for (int i = 0; i < size; i++) {
                if (!own.matches(events[i], events[i].hash())) {
                    long sequence = events[i].sequence();
                    failed(orders[i], new ChainVerification(false, eventCounts[i], sealCounts[i], lastSealed[i],
                            sequence, "Event " + sequence + ": " + CHANGED + "."));
                    return;
                }
            }
        }
    }

    private boolean breakAt(long sequence, String reason) {
        broken = new ChainVerification(false, eventsChecked, sealsChecked, lastSealedSequence, sequence,
                "Event " + sequence + ": " + reason + ".");
        return false;
    }

    /** The report once every event has been offered (or the chain broke). */
    public ChainVerification finish() {
        awaitChecks();
        synchronized (this) {
            if (laterBreak != null) {
                return laterBreak; // checked before anything later in the chain could break it
            }
        }
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
