package org.pactum.audit.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.audit.control.EventRevisions;
import org.pactum.audit.control.SignatureEvents;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.Agreements;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditLog;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.CompletionCertificate;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.pdf.certificate.CertificateNames;

/**
 * Certificates of completion, generated on demand. Assembling one changes nothing; handing one out is recorded in the
 * agreement's trail with the hash of the exact document given, so whoever holds a copy can find when and to whom it
 * was issued, and a copy that matches no issue was not made by Pactum.
 */
@ApplicationScoped
public class CompletionCertificates {

    @Inject
    Agreements agreements;

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog log;

    @Inject
    ChainCheckpoints checkpoints;

    @Inject
    UserAccounts accounts;

    /** Microseconds, as the trail keeps them, so the time in the certificate is the time recorded. */
    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /**
     * The certificate as the trail stands now. The chain is checked first, a certificate drawn from a broken chain
     * must say so: from where the last check found it intact ({@link ChainCheckpoints}), not from its start each time,
     * which on a long chain made every certificate wait seconds.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public CompletionCertificate assemble(long agreementId, String requestedBy) {
        Agreement agreement = agreements.get(agreementId);
        ChainVerification report = checkpoints.current();
        List<AuditEvent> events = trail.eventsOf(agreementId);
        AuditSeal covering = events.isEmpty() ? null : log.sealCovering(events.getLast().sequence()).orElse(null);
        return CompletionCertificate.of(agreement, events, SignatureEvents.of(agreement, events), covering,
                new CompletionCertificate.ChainCheck(report.intact(), report.eventsChecked(), report.lastSealedSequence()),
                clock.instant(), requestedBy);
    }

    /**
     * What the printed certificate shows beside its hashed content: the registration number, people by the names the
     * directory knows them by (by login where it does not), and revisions as the application numbers them.
     *
     * @throws org.pactum.domain.error.NotFoundException when there is no such agreement
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public CertificateNames names(long agreementId) {
        Agreement agreement = agreements.get(agreementId);
        String registration = agreement.registration().map(Registration::number).orElse(null);
        return new CertificateNames(registration,
                login -> accounts == null ? login : accounts.find(login).map(UserAccount::displayName).orElse(login),
                EventRevisions.of(trail.eventsOf(agreementId)), agreement.revision());
    }

    /**
     * Records that {@code document} — the certificate rendered as {@code mediaType} — was handed out. Call it once
     * the document exists and before it leaves, so a failed rendering records nothing.
     *
     * @param language the language the document is written in, or null for a form without one (JSON)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordIssue(CompletionCertificate certificate, String mediaType, Language language, byte[] document) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", certificate.number());
        details.put("mediaType", mediaType);
        details.put("language", language == null ? null : language.code());
        details.put("documentSha256", Sha256.hex(document));
        details.put("certificateSha256", certificate.jsonHash());
        details.put("lastSequence", certificate.lastSequence());
        details.put("sealSequence", certificate.sealed() ? certificate.seal().sequence() : null);
        details.put("chainIntact", certificate.chain().intact());
        // The version and content the certificate describes, even if the agreement changed since it was assembled.
        trail.record(trail.fromCaller(AuditAction.COMPLETION_CERTIFICATE_ISSUED, certificate.generatedBy(),
                certificate.agreementId(), certificate.agreementVersion(), certificate.contentHash(), details));
    }
}
