package org.pactum.domain.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.canonical.CanonicalJson;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;

/**
 * What a certificate of completion states about one agreement at the moment it is issued: the agreement, every audit
 * event recorded for it with its hashes, the signatures those events record, the seal that covers the last of them (null while none does yet), and what a
 * verification of the whole chain found. The PDF and the JSON form are renderings of this one value, so both say the
 * same; {@link #canonicalJson()} is the JSON form, byte for byte.
 *
 * @param agreementVersion the agreement's version when the certificate was assembled
 * @param contentHash  SHA-256 of the agreement's canonical content then (see AgreementFingerprint)
 * @param entries      the agreement's events in sequence order
 * @param signatures   the signatures the events record ({@code agreement.signature-added}, {@code …-imported}), in order
 * @param seal         the first seal at or after the last entry's sequence, or null when the last entry is not sealed yet
 * @param chain        what verifying the whole audit chain found just before the certificate was assembled
 * @param generatedBy  the user the certificate was issued to
 */
public record CompletionCertificate(long agreementId, String number, long agreementVersion, String contentHash,
                                    LocalizedText title, List<Language> languages,
                                    AgreementKind kind, AgreementStatus status, List<Side> parties, List<Entry> entries,
                                    List<SignatureEntry> signatures, Seal seal, ChainCheck chain, Instant generatedAt, String generatedBy) {

    /** Names the JSON form, so readers can tell this document from other Pactum exports and from later versions. */
    public static final String FORMAT = "pactum.completion-certificate.v1";

    public CompletionCertificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(generatedAt, "generatedAt");
        title = title == null ? LocalizedText.empty() : title;
        languages = List.copyOf(languages);
        parties = List.copyOf(parties);
        entries = List.copyOf(entries);
        signatures = List.copyOf(signatures);
    }

    /** A certificate of an agreement that no one has signed. */
    public CompletionCertificate(long agreementId, String number, long agreementVersion, String contentHash,
                                 LocalizedText title, List<Language> languages, AgreementKind kind, AgreementStatus status,
                                 List<Side> parties, List<Entry> entries, Seal seal, ChainCheck chain,
                                 Instant generatedAt, String generatedBy) {
        this(agreementId, number, agreementVersion, contentHash, title, languages, kind, status, parties, entries,
                List.of(), seal, chain, generatedAt, generatedBy);
    }

    /**
     * The certificate for an agreement's events as read from the trail.
     *
     * @param covering the seal covering the last event, or null
     */
    public static CompletionCertificate of(Agreement agreement, List<AuditEvent> events, AuditSeal covering,
                                           ChainCheck chain, Instant generatedAt, String generatedBy) {
        return of(agreement, events, List.of(), covering, chain, generatedAt, generatedBy);
    }

    /**
     * The certificate for an agreement's events as read from the trail, with the signatures read from those events.
     *
     * @param covering the seal covering the last event, or null
     */
    public static CompletionCertificate of(Agreement agreement, List<AuditEvent> events, List<SignatureEntry> signatures,
                                           AuditSeal covering, ChainCheck chain, Instant generatedAt, String generatedBy) {
        return new CompletionCertificate(agreement.id(), agreement.number(), agreement.version(),
                AgreementFingerprint.of(agreement), agreement.title(), agreement.languages(),
                agreement.kind(), agreement.status(), agreement.parties().stream().map(Side::of).toList(),
                events.stream().map(Entry::of).toList(), signatures, covering == null ? null : Seal.of(covering), chain,
                generatedAt, generatedBy);
    }

    /** One party and who signs for it. */
    public record Side(LocalizedText organization, LocalizedText signatoryName, LocalizedText signatoryPosition) {

        public Side {
            organization = organization == null ? LocalizedText.empty() : organization;
            signatoryName = signatoryName == null ? LocalizedText.empty() : signatoryName;
            signatoryPosition = signatoryPosition == null ? LocalizedText.empty() : signatoryPosition;
        }

        public static Side of(Party party) {
            return new Side(party.organization(), party.signatoryName(), party.signatoryPosition());
        }
    }

    /**
     * One audit event as hashed. The client address is left out: the certificate goes to drafters and signers too,
     * while addresses are for auditors (the full trail has them, and is what recomputing a hash needs).
     *
     * @param actorRoles the roles as hashed: sorted, comma-separated
     * @param action     the stored code, e.g. {@code agreement.signed}
     * @param details    canonical JSON text of the action's details, as hashed
     */
    public record Entry(long sequence, Instant occurredAt, String actor, String actorRoles, String action,
                        Long agreementVersion, String contentHash, String details, String previousHash, String hash) {

        public static Entry of(AuditEvent event) {
            return new Entry(event.sequence(), event.occurredAt(), event.actor(), event.actorRoles(), event.action(),
                    event.agreementVersion(), event.contentHash(), event.details(), event.previousHash(), event.hash());
        }

        /** Roles one by one, in the hashed (sorted) order. */
        public List<String> roles() {
            return actorRoles == null || actorRoles.isBlank() ? List.of() : List.of(actorRoles.split(","));
        }
    }

    /**
     * One signature on the agreement as its audit event records it.
     *
     * @param sequence           the sequence of the event that records it
     * @param position           1 for the first signature on the agreement, then 2, …
     * @param party              the organisation signed for
     * @param signer             the person's name from the certificate (its common name), else the signer's username
     * @param certificateSubject the signer's certificate's subject (RFC 4514)
     * @param certificateSerial  its serial number (hexadecimal)
     * @param certificateIssuer  its issuer (RFC 4514), or null when the event predates recording it
     * @param signedAt           the signing time the signature claims
     * @param timestampedAt      the time a timestamp authority vouched for, or null (PAdES B-B)
     * @param level              the PAdES baseline level, e.g. {@code PAdES-BASELINE-LTA}
     * @param documentSha256     the SHA-256 of the signed PDF the signature produced
     */
    public record SignatureEntry(long sequence, int position, LocalizedText party, String signer,
                                 String certificateSubject, String certificateSerial, String certificateIssuer,
                                 Instant signedAt, Instant timestampedAt, String level, String documentSha256) {

        public SignatureEntry {
            party = party == null ? LocalizedText.empty() : party;
        }
    }

    /** A seal of the chain head; through the hash chain it covers every event up to its sequence. */
    public record Seal(long sequence, String headHash, Instant sealedAt, String keyId, String algorithm, String signature) {

        public static Seal of(AuditSeal seal) {
            return new Seal(seal.sequence(), seal.headHash(), seal.sealedAt(), seal.keyId(), seal.algorithm(), seal.signature());
        }
    }

    /**
     * The summary of verifying the whole chain.
     *
     * @param lastSealedSequence the highest sequence a valid seal covers (0 if none)
     */
    public record ChainCheck(boolean intact, long eventsChecked, long lastSealedSequence) {
    }

    /** Whether a seal covers every listed event. */
    /**
     * Whether handing this certificate out is worth an audit event. While the agreement is still negotiated (a draft, in
     * approval, returned) its certificate is a progress view that changes with every save, and recording each look
     * would let every reader grow the trail (and every later certificate) without bound; from approval on, or once it
     * is rejected or withdrawn, the certificate is evidence handed to others, and the trail keeps the hash of each copy.
     */
    public boolean isEvidence() {
        return switch (status) {
            case DRAFT, IN_APPROVAL, RETURNED -> false;
            case APPROVED, SIGNING, SIGNED, REJECTED, WITHDRAWN -> true;
        };
    }

    public boolean sealed() {
        return seal != null;
    }

    /** Sequence of the last listed event; 0 when there is none. */
    public long lastSequence() {
        return entries.isEmpty() ? 0 : entries.getLast().sequence();
    }

    /** The language a certificate is written in unless someone asks for another: the one the agreement was drafted in. */
    public Language defaultLanguage() {
        return languages.isEmpty() ? Language.RU : languages.getFirst();
    }

    /** The JSON form: RFC 8785 canonical JSON, so the same certificate always gives the same bytes and hash. */
    public String canonicalJson() {
        return CanonicalJson.encode(asJsonValue());
    }

    /** SHA-256 (hex) of the UTF-8 bytes of {@link #canonicalJson()}; the audit trail records it when issued. */
    public String jsonHash() {
        return Sha256.hex(canonicalJson().getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> asJsonValue() {
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("id", agreementId);
        agreement.put("number", number);
        agreement.put("version", agreementVersion);
        agreement.put("contentHash", contentHash);
        agreement.put("kind", kind);
        agreement.put("status", status);
        agreement.put("languages", languages.stream().map(Language::code).toList());
        agreement.put("title", texts(title));
        agreement.put("parties", parties.stream().map(CompletionCertificate::side).toList());

        Map<String, Object> check = new LinkedHashMap<>();
        check.put("intact", chain.intact());
        check.put("eventsChecked", chain.eventsChecked());
        check.put("lastSealedSequence", chain.lastSealedSequence());

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("agreement", agreement);
        json.put("events", entries.stream().map(CompletionCertificate::entry).toList());
        json.put("signatures", signatures.stream().map(CompletionCertificate::signature).toList());
        json.put("seal", seal == null ? null : seal(seal));
        json.put("chain", check);
        json.put("generatedAt", time(generatedAt));
        json.put("generatedBy", generatedBy);
        return json;
    }

    private static Map<String, Object> side(Side side) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("organization", texts(side.organization()));
        fields.put("signatoryName", texts(side.signatoryName()));
        fields.put("signatoryPosition", texts(side.signatoryPosition()));
        return fields;
    }

    private static Map<String, Object> entry(Entry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", entry.sequence());
        fields.put("occurredAt", time(entry.occurredAt()));
        fields.put("actor", entry.actor());
        fields.put("actorRoles", entry.actorRoles());
        fields.put("action", entry.action());
        fields.put("agreementVersion", entry.agreementVersion());
        fields.put("contentHash", entry.contentHash());
        fields.put("details", entry.details());
        fields.put("previousHash", entry.previousHash());
        fields.put("hash", entry.hash());
        return fields;
    }

    private static Map<String, Object> signature(SignatureEntry signature) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", signature.sequence());
        fields.put("position", signature.position());
        fields.put("party", texts(signature.party()));
        fields.put("signer", signature.signer());
        fields.put("certificateSubject", signature.certificateSubject());
        fields.put("certificateSerial", signature.certificateSerial());
        fields.put("certificateIssuer", signature.certificateIssuer());
        fields.put("signedAt", time(signature.signedAt()));
        fields.put("timestampedAt", time(signature.timestampedAt()));
        fields.put("level", signature.level());
        fields.put("documentSha256", signature.documentSha256());
        return fields;
    }

    private static Map<String, Object> seal(Seal seal) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", seal.sequence());
        fields.put("headHash", seal.headHash());
        fields.put("sealedAt", time(seal.sealedAt()));
        fields.put("keyId", seal.keyId());
        fields.put("algorithm", seal.algorithm());
        fields.put("signature", seal.signature());
        return fields;
    }

    /** Times in the format the trail hashes them in, so they can be compared with the trail character for character. */
    private static String time(Instant instant) {
        return instant == null ? null : AuditEvent.TIME.format(instant);
    }

    private static Map<String, Object> texts(LocalizedText text) {
        Map<String, Object> map = new LinkedHashMap<>();
        text.asMap().forEach((language, value) -> map.put(language.code(), value));
        return map;
    }
}
