package org.pactum.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.signature.CertificateSummary;
import org.pactum.domain.signature.KeyOrigin;
import org.pactum.domain.signature.ServerHeldKeySet;
import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.SignatureRecorded;
import org.pactum.domain.signature.SigningKeyLocked;
import org.pactum.domain.signature.SigningKeyUnlocked;
import org.pactum.domain.signature.SigningRefused;

/**
 * Records every signature inside the transaction that keeps it, and every refused attempt to sign (wrong PIN, out of
 * turn, a CMS over another digest…) in a transaction of its own, after the attempt's own rolled back. A wrong PIN
 * for a server-held key is one such refusal: bounded, since only the signed-in owner of the key can type it and a few
 * wrong PINs lock the key; the lock is one event more, and the attempts it refuses are none.
 */
@ApplicationScoped
public class SigningAuditing {

    @Inject
    AuditTrail trail;

    void onSignature(@Observes SignatureRecorded recorded) {
        Signature signature = recorded.signature();
        CertificateSummary certificate = signature.certificate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", recorded.agreementNumber());
        details.put("position", signature.position());
        details.put("partyId", signature.partyId());
        details.put("keyOrigin", signature.keyOrigin().name());
        details.put("certificateSubject", certificate.subject());
        details.put("certificateSerial", certificate.serialNumber());
        details.put("certificateSha256", certificate.sha256());
        details.put("certificateIssuer", certificate.issuer());
        details.put("signedAt", signature.signedAt().toString());
        details.put("timestampedAt", signature.timestampedAt() == null ? null : signature.timestampedAt().toString());
        details.put("level", signature.level());
        details.put("documentSha256", signature.documentSha256());
        details.put("basedOnSha256", signature.basedOnSha256());
        AuditAction action = signature.keyOrigin() == KeyOrigin.IMPORTED
                ? AuditAction.SIGNATURE_IMPORTED : AuditAction.SIGNATURE_ADDED;
        trail.record(trail.fromCaller(action, recorded.actor(), signature.agreementId(), recorded.agreementVersion(),
                recorded.contentHash(), details));
    }

    void onRefused(@Observes SigningRefused refused) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", refused.step());
        details.put("problem", refused.problemType());
        details.put("message", shortened(refused.message()));
        trail.record(trail.fromCaller(AuditAction.SIGNING_REFUSED, refused.actor(), refused.agreementId(), null, null,
                details));
    }

    void onKeyLocked(@Observes SigningKeyLocked lock) {
        trail.record(trail.fromCaller(AuditAction.SIGNING_KEY_LOCKED, lock.username(), null, null, null,
                Map.of("failures", lock.failures(), "lockedSeconds", lock.lockedFor().toSeconds())));
    }

    void onKeyUnlocked(@Observes SigningKeyUnlocked unlock) {
        trail.record(trail.fromCaller(AuditAction.SIGNING_KEY_UNLOCKED, unlock.administrator(), null, null, null,
                Map.of("user", unlock.username(), "wasLocked", unlock.wasLocked())));
    }

    void onServerHeldKey(@Observes ServerHeldKeySet set) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("user", set.username());
        details.put("kind", set.kind() == null ? "none" : set.kind().name());
        trail.record(trail.fromCaller(AuditAction.SIGNING_KEY_SET, set.actor(), null, null, null, details));
    }

    private static String shortened(String message) {
        if (message == null) {
            return "";
        }
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
