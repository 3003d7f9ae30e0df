package org.pactum.domain.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.pactum.domain.canonical.CanonicalJson;
import org.pactum.domain.canonical.Sha256;

/**
 * One link of the audit chain. Its hash covers every field and the previous event's hash, so changing, removing or
 * reordering any event breaks the chain from there on. The encoding is documented in docs/audit.md so an auditor can
 * recompute it independently. Events are never changed after they are written.
 */
public class AuditEvent {

    /** Instants are hashed as UTC with exactly six fraction digits, e.g. {@code 2026-11-22T08:00:00.120000Z}. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private long sequence;
    private Instant occurredAt;
    private String actor;
    private String actorRoles;
    private String action;
    private Long agreementId;
    private Long agreementVersion;
    private String contentHash;
    private String details;
    private String clientAddress;
    private String previousHash;
    private String hash;

    protected AuditEvent() {
    }

    /** The event that follows {@code previousHash} at {@code sequence}. */
    public static AuditEvent append(long sequence, String previousHash, AuditRecord record, Instant at) {
        AuditEvent event = new AuditEvent();
        event.sequence = sequence;
        event.occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        event.actor = Objects.requireNonNullElse(record.actor(), "system");
        event.actorRoles = record.rolesText();
        event.action = record.action().code();
        event.agreementId = record.agreementId();
        event.agreementVersion = record.agreementVersion();
        event.contentHash = record.contentHash();
        event.details = CanonicalJson.encode(record.details());
        event.clientAddress = record.clientAddress();
        event.previousHash = previousHash;
        event.hash = event.computeHash();
        return event;
    }

    /** An event as read back from storage or an export, for verification; nothing is recomputed. */
    public static AuditEvent stored(long sequence, Instant occurredAt, String actor, String actorRoles, String action,
                                    Long agreementId, Long agreementVersion, String contentHash, String details,
                                    String clientAddress, String previousHash, String hash) {
        AuditEvent event = new AuditEvent();
        event.sequence = sequence;
        event.occurredAt = occurredAt;
        event.actor = actor;
        event.actorRoles = actorRoles;
        event.action = action;
        event.agreementId = agreementId;
        event.agreementVersion = agreementVersion;
        event.contentHash = contentHash;
        event.details = details;
        event.clientAddress = clientAddress;
        event.previousHash = previousHash;
        event.hash = hash;
        return event;
    }

    /**
     * The canonical form that is hashed: every field but the hash itself, as an RFC 8785 JSON object. Written field by
     * field in RFC 8785 member order, without a map per event: verifying a long chain spends its time here.
     * {@link #canonicalFormByMap()} is the plain statement of the same rule; a test keeps the two equal.
     */
    public String canonicalForm() {
        StringBuilder out = new StringBuilder(256 + (details == null ? 0 : details.length()));
        text(out, '{', "action", action);
        text(out, ',', "actor", actor);
        text(out, ',', "actorRoles", actorRoles);
        member(out, ',', "agreementId").append(agreementId);
        member(out, ',', "agreementVersion").append(agreementVersion);
        text(out, ',', "clientAddress", clientAddress);
        text(out, ',', "contentHash", contentHash);
        text(out, ',', "details", details);
        text(out, ',', "occurredAt", occurredAt == null ? null : TIME.format(occurredAt));
        text(out, ',', "previousHash", previousHash);
        member(out, ',', "sequence").append(sequence);
        return out.append('}').toString();
    }

    /** Starts a member; a null Long appended after it prints as JSON null. */
    private static StringBuilder member(StringBuilder out, char separator, String name) {
        return out.append(separator).append('"').append(name).append("\":");
    }

    private static void text(StringBuilder out, char separator, String name, String value) {
        CanonicalJson.appendString(value, member(out, separator, name));
    }

    String canonicalFormByMap() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", sequence);
        fields.put("occurredAt", occurredAt == null ? null : TIME.format(occurredAt));
        fields.put("actor", actor);
        fields.put("actorRoles", actorRoles);
        fields.put("action", action);
        fields.put("agreementId", agreementId);
        fields.put("agreementVersion", agreementVersion);
        fields.put("contentHash", contentHash);
        fields.put("details", details);
        fields.put("clientAddress", clientAddress);
        fields.put("previousHash", previousHash);
        return CanonicalJson.encode(fields);
    }

    public String computeHash() {
        return Sha256.hex(canonicalForm());
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorRoles() {
        return actorRoles;
    }

    public String action() {
        return action;
    }

    public Long agreementId() {
        return agreementId;
    }

    public Long agreementVersion() {
        return agreementVersion;
    }

    public String contentHash() {
        return contentHash;
    }

    /** Canonical JSON text of the action's details. */
    public String details() {
        return details;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    @Override
    public String toString() {
        return "AuditEvent " + sequence + " " + action + " by " + actor;
    }
}
