package org.pactum.audit.boundary;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.audit.control.ChainVerifier;
import org.pactum.audit.control.SealKey;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditLog;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.audit.AuditRecord;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainHead;
import org.pactum.domain.audit.SealTimestamping;
import org.pactum.domain.query.ResultPage;

/**
 * The audit trail. Recording joins the caller's transaction, so an event commits or rolls back with the change it
 * describes; the chain head is locked meanwhile, which keeps sequence numbers gap-free.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditLog log;

    @Inject
    SealKeys keys;

    @Inject
    Caller caller;

    /** Hashes and seal signatures are checked on a thread of their own while the walk reads on; null outside a server. */
    Executor sealChecks;

    @PostConstruct
    void checkSealsBesideTheWalk() {
        sealChecks = SealCheckThread.executor();
    }

    /** Unsatisfied until the signing capability brings a TSA client. */
    @Inject
    Instance<SealTimestamping> timestamping;

    /** Seal the head once this many events are unsealed (a timer also seals periodically; see PeriodicSealing). */
    @Inject
    @ConfigProperty(name = "pactum.audit.seal.every-events", defaultValue = "100")
    long sealEveryEvents;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEvent record(AuditRecord record) {
        ChainHead head = log.lockHead();
        AuditEvent event = head.append(record, clock.instant());
        log.append(event);
        if (head.unsealedEvents() >= sealEveryEvents) {
            sealHead(head);
        }
        return event;
    }

    /** Seals the head if anything was recorded since the last seal. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<AuditSeal> seal() {
        ChainHead head = log.lockHead();
        return head.hasUnsealedEvents() ? Optional.of(sealHead(head)) : Optional.empty();
    }

    private AuditSeal sealHead(ChainHead head) {
        SealKey key = keys.current();
        var now = clock.instant();
        String content = AuditSeal.signedContent(head.lastSequence(), head.lastHash(), now, key.keyId());
        try {
            AuditSeal seal = new AuditSeal(head.lastSequence(), head.lastHash(), now, key.keyId(), SealKey.ALGORITHM, key.sign(content));
            timestamp(seal);
            log.append(seal);
            head.sealed();
            return seal;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit seal key cannot sign", e);
        }
    }

    /** A seal without a time-stamp is still a valid seal: a time-stamping authority that is down must not stop work. */
    private void timestamp(AuditSeal seal) {
        if (!timestamping.isResolvable()) {
            return;
        }
        try {
            seal.attachTimestamp(timestamping.get().timestamp(Base64.getDecoder().decode(seal.signature())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No time-stamp for the audit seal at " + seal.sequence() + "; sealed without one", e);
        }
    }

    /** Recomputes the whole chain and its seals, streaming. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier(keys::publicKey).checkingOn(sealChecks);
        log.walk(verifier);
        return verifier.finish();
    }

    /** Records who checked the chain and what they found. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordVerification(String auditor, ChainVerification report) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intact", report.intact());
        details.put("eventsChecked", report.eventsChecked());
        details.put("sealsChecked", report.sealsChecked());
        details.put("firstBrokenSequence", report.firstBrokenSequence());
        record(fromCaller(AuditAction.AUDIT_VERIFIED, auditor, null, null, null, details));
    }

    /** Every event of one agreement, in sequence order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> eventsOf(long agreementId) {
        List<AuditEvent> events = new ArrayList<>();
        AuditQuery query = AuditQuery.ofAgreement(agreementId);
        ResultPage<AuditEvent> page = log.search(query);
        events.addAll(page.items());
        while (page.hasNext()) {
            query = new AuditQuery(agreementId, null, null, null, null, page.page() + 1, AuditQuery.MAX_SIZE);
            page = log.search(query);
            events.addAll(page.items());
        }
        return events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<AuditEvent> events(AuditQuery query) {
        return log.search(query);
    }

    /** A record with the roles and address of the current HTTP caller, if there is one. */
    AuditRecord fromCaller(AuditAction action, String actor, Long agreementId, Long version, String contentHash,
                           Map<String, Object> details) {
        return new AuditRecord(action, actor, caller.roles(), agreementId, version, contentHash, details, caller.address());
    }
}
