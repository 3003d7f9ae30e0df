package org.pactum.audit.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.audit.control.ChainCheckpoint;
import org.pactum.audit.control.ChainVerifier;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditLog;

/**
 * The chain's state for those who ask on every request: each verification report and each certificate of completion
 * names it, and each verification or certificate issued is itself an event, so checking the whole chain each time
 * made every one slower than the one before. Here the events since the last check that found the chain intact are
 * checked against where it ended; the whole chain is checked again once that whole check is older than
 * {@code pactum.audit.chain.recheck-after} (default five minutes),
 * and on every node's first request. An auditor's own check ({@code GET /api/v1/audit/verification}) always reads
 * the whole chain.
 */
@ApplicationScoped
public class ChainCheckpoints {

    @Inject
    AuditLog log;

    @Inject
    SealKeys keys;

    /** Hashes and seal signatures are checked on a thread of their own while the walk reads on; null outside a server. */
    Executor sealChecks;

    @PostConstruct
    void checkSealsBesideTheWalk() {
        sealChecks = SealCheckThread.executor();
    }

    @Inject
    @ConfigProperty(name = "pactum.audit.chain.recheck-after", defaultValue = "PT5M")
    Duration recheckAfter;

    Clock clock = Clock.systemUTC();

    private final AtomicReference<ChainCheckpoint> last = new AtomicReference<>();

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification current() {
        Instant now = clock.instant();
        ChainCheckpoint from = last.get();
        boolean whole = from == null || from.wholeChainCheckedAt().plus(recheckAfter).isBefore(now);
        ChainVerifier verifier = whole ? new ChainVerifier(keys::publicKey)
                : new ChainVerifier(keys::publicKey, from);
        verifier.checkingOn(sealChecks);
        log.walk(verifier, whole ? 1 : from.nextSequence());
        ChainVerification result = verifier.finish();
        Optional<ChainCheckpoint> reached = verifier.checkpoint(whole ? now : from.wholeChainCheckedAt());
        // A broken chain forgets the checkpoint, so the next request checks it whole again.
        last.set(reached.orElse(null));
        return result;
    }
}
