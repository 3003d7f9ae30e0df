package org.pactum.audit.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditRecord;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainHead;

/** Builds audit chains in memory the way the trail does, sealing every few events. */
final class Chains {

    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    final List<AuditEvent> events = new ArrayList<>();
    final List<AuditSeal> seals = new ArrayList<>();
    final SealKey key;

    Chains() throws Exception {
        Path dir = Files.createTempDirectory("seal");
        key = SealKey.generate(dir.resolve("private.pem"), dir.resolve("public.pem"));
    }

    /** {@code count} events, sealed after every {@code sealEvery} events. */
    Chains grow(int count, int sealEvery) throws GeneralSecurityException {
        ChainHead head = ChainHead.genesis();
        for (int i = 1; i <= count; i++) {
            AuditEvent event = head.append(record(i), T0.plusSeconds(i));
            events.add(event);
            if (i % sealEvery == 0) {
                seals.add(seal(event));
            }
        }
        return this;
    }

    AuditSeal seal(AuditEvent event) throws GeneralSecurityException {
        Instant at = event.occurredAt().plusMillis(1);
        String content = AuditSeal.signedContent(event.sequence(), event.hash(), at, key.keyId());
        return new AuditSeal(event.sequence(), event.hash(), at, key.keyId(), SealKey.ALGORITHM, key.sign(content));
    }

    static AuditRecord record(int i) {
        return new AuditRecord(i % 3 == 0 ? AuditAction.AGREEMENT_EDITED : AuditAction.AGREEMENT_SUBMITTED, "drafter",
                Set.of("DRAFTER"), (long) (i % 7), (long) i, "ab".repeat(32), Map.of("number", "PA-2026-0000" + (i % 7), "note", "Әке " + i),
                "127.0.0.1");
    }

    ChainVerifier verifier() {
        return new ChainVerifier(this::publicKey);
    }

    ChainVerifier verifier(ChainCheckpoint from) {
        return new ChainVerifier(this::publicKey, from);
    }

    private PublicKey publicKey(String id) {
        return id.equals(key.keyId()) ? key.publicKey() : null;
    }

    ChainVerification verify(List<AuditEvent> chain, List<AuditSeal> withSeals) {
        ChainVerifier verifier = verifier();
        verifier.seals(withSeals.iterator());
        Iterator<AuditEvent> each = chain.iterator();
        while (each.hasNext() && verifier.event(each.next())) {
            // until the end or the first break
        }
        return verifier.finish();
    }

    ChainVerification verify() {
        return verify(events, seals);
    }
}
