package org.pactum.verification.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.audit.boundary.AgreementHistory;
import org.pactum.audit.entity.AgreementChainStatus;
import org.pactum.audit.entity.ApprovalDecision;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.canonical.CanonicalJson;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.domain.signature.SignedDocuments;
import org.pactum.domain.signature.Signatures;
import org.pactum.domain.user.Actor;
import org.pactum.domain.verification.DocumentTooLargeException;
import org.pactum.domain.verification.DocumentVerified;
import org.pactum.domain.verification.VerificationRecord;
import org.pactum.domain.verification.VerificationRecords;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.signing.boundary.TrustStore;
import org.pactum.verification.control.FileDigests;
import org.pactum.verification.control.ParsedDocument;
import org.pactum.verification.control.ParsingBudget;
import org.pactum.verification.control.ParsingLimitExceededException;
import org.pactum.verification.control.RevisionAnalysis;
import org.pactum.verification.control.SignatureVerdicts;
import org.pactum.verification.control.SignatureVerifier;
import org.pactum.verification.entity.ChainCertificate;
import org.pactum.verification.entity.DocumentTimestampReport;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.Modification;
import org.pactum.verification.entity.ModificationLevel;
import org.pactum.verification.entity.ParsingLimits;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.TrustMaterial;

/**
 * Verifies a PDF an auditor hands in: every signature against the trust store, what each later revision changed, and
 * — when a signed revision is one Pactum issued — the agreement it belongs to as the register holds it. The verdict on
 * the whole document passes only if every signature passed and nothing disallowed changed. Each report is kept as it
 * was answered (canonical JSON), can be fetched again, and is an audit event.
 */
@ApplicationScoped
@Transactional
public class Verification {

    /** The name of the rules applied; it changes when they do. */
    public static final String POLICY = "pactum-pades-1";

    /** The most revisions a file may have for its earlier ones to be looked up in the register. */
    static final int MAX_REGISTER_REVISIONS = 1000;
    /** Who the audit trail names for a verification through a public link, by someone without an account. */
    public static final String ANONYMOUS = "anonymous";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TrustStore trust;

    @Inject
    SignedDocuments documents;

    @Inject
    Signatures signatures;

    @Inject
    AgreementRegistry registry;

    @Inject
    VerificationRecords records;

    @Inject
    AgreementHistory history;

    @Inject
    Event<DocumentVerified> verified;

    @Inject
    @ConfigProperty(name = "pactum.verification.max-bytes", defaultValue = "52428800")
    long maxBytes;

    // The parsing limits (ParsingLimits): time for the whole verification; objects, nesting and inflated bytes for
    // each reading of the file.
    @Inject
    @ConfigProperty(name = "pactum.verification.max-millis", defaultValue = "10000")
    long maxMillis;

    @Inject
    @ConfigProperty(name = "pactum.verification.max-objects", defaultValue = "2000000")
    long maxObjects;

    @Inject
    @ConfigProperty(name = "pactum.verification.max-depth", defaultValue = "100")
    int maxDepth;

    @Inject
    @ConfigProperty(name = "pactum.verification.max-decompressed-bytes", defaultValue = "67108864")
    long maxDecompressedBytes;

    /** Whether a certificate the document and the trust store leave without revocation data may be asked about online. */
    @Inject
    @ConfigProperty(name = "pactum.verification.ocsp.online", defaultValue = "false")
    boolean ocspOnline;

    Clock clock = Clock.systemUTC();

    /**
     * @throws InvalidInputException      naming {@code file} when the input is empty or not a readable PDF, or when
     *                                    reading it goes over a parsing limit (see {@link #refusal})
     * @throws DocumentTooLargeException  when it is over {@code pactum.verification.max-bytes}
     */
    public VerificationRecord verify(byte[] pdf, Actor actor) {
        return verify(pdf, actor.username(), true, true);
    }

    /**
     * The verdict on a PDF someone without an account handed in through a public verification link: an audit event
     * (by {@link #ANONYMOUS}), but no report is kept under anyone's name, so {@link #report} never finds it.
     *
     * @throws InvalidInputException      as {@link #verify(byte[], Actor)}
     * @throws DocumentTooLargeException  as {@link #verify(byte[], Actor)}
     */
    public VerificationRecord verifyAnonymously(byte[] pdf) {
        return verify(pdf, ANONYMOUS, false, true);
    }

    /**
     * The verdict on a document Pactum keeps itself, for the public page of its agreement: shown, never kept, and no
     * audit event, since nobody handed anything in.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VerificationRecord verifyKept(byte[] pdf) {
        return verify(pdf, null, false, false);
    }

    private VerificationRecord verify(byte[] pdf, String requestedBy, boolean keep, boolean audit) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("file", Rule.REQUIRED, "must be the PDF to verify");
        }
        if (pdf.length > maxBytes) {
            throw new DocumentTooLargeException(pdf.length, maxBytes);
        }
        ParsingBudget budget = ParsingBudget.start(new ParsingLimits(maxMillis, maxObjects, maxDepth,
                maxDecompressedBytes));
        Instant now = clock.instant();
        TrustMaterial material = new TrustMaterial(trust.anchors(), trust.crls(), ocspOnline);
        List<SignatureReport> reports;
        List<DocumentTimestampReport> timestamps;
        Map<String, Modification> modifications;
        List<Long> revisionEnds;
        FileDigests digests;
        try {
            try (ParsedDocument parsed = ParsedDocument.read(pdf, budget)) {
                revisionEnds = parsed.revisionEnds();
                // The file's SHA-256 and its revisions' (the register's candidates) come from the same pass over the
                // bytes as the signatures' digests. A document Pactum kept has a few dozen revisions at most; a file
                // with more "%%EOF"s than that is matched as a whole only, so a crafted one cannot make the digests
                // keep a state per marker.
                digests = parsed.digests().keepStatesAt(
                        revisionEnds.size() <= MAX_REGISTER_REVISIONS ? revisionEnds : List.of());
                SignatureVerdicts verdicts = SignatureVerifier.verifyAll(parsed, material, now);
                reports = verdicts.signatures();
                timestamps = verdicts.documentTimestamps();
                modifications = RevisionAnalysis.analyse(parsed);
            }
        } catch (ParsingLimitExceededException exceeded) {
            throw refusal(exceeded);
        } catch (IllegalArgumentException unreadable) {
            // The parser's own words name its classes; the client learns only what is wrong with its file.
            throw new InvalidInputException("file", Rule.MALFORMED, "is not a readable PDF");
        }
        String sha256 = HexFormat.of().formatHex(digests.prefix(pdf.length, "SHA-256"));
        String indication = indication(reports, modifications);
        Optional<Agreement> agreement;
        try {
            agreement = agreementOf(pdf, sha256, revisionEnds, digests, budget);
        } catch (ParsingLimitExceededException exceeded) {
            throw refusal(exceeded);
        }
        String id = newId();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", id);
        report.put("indication", indication);
        report.put("signatures", reports.stream().map(signature -> signature(signature,
                modifications.get(signature.fieldName()))).toList());
        report.put("documentTimestamps", timestamps.stream().map(Verification::timestamp).toList());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("sha256", sha256);
        document.put("size", (long) pdf.length);
        document.put("revisions", revisionEnds.size());
        document.put("registry", agreement.map(this::registry).orElse(null));
        report.put("document", document);
        report.put("validationTime", now.toString());
        report.put("policy", POLICY);
        report.put("requestedBy", requestedBy);
        VerificationRecord record = new VerificationRecord(id, sha256, indication, CanonicalJson.encode(report),
                requestedBy, now);
        if (keep) {
            records.add(record);
        }
        if (audit) {
            verified.fire(new DocumentVerified(id, sha256, indication, agreement.map(Agreement::id).orElse(null),
                    requestedBy));
        }
        return record;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VerificationRecord report(String id) {
        return records.find(id).orElseThrow(() -> new NotFoundException("Verification report", id));
    }

    /**
     * A file over a parsing limit is refused ({@code 422 invalid-input} on {@code file}, the rule {@code too-many} for
     * objects and nesting, {@code too-long} for time and inflated bytes, the limit as the detail), never judged: a
     * verdict speaks of the whole document, and one over a limit was not read whole. It is the input that is at fault,
     * not the server, so no 5xx: a genuine agreement stays orders of magnitude below every default, the time limit
     * included (tens of milliseconds against ten seconds), so a file that exhausts one is crafted or broken.
     */
    static InvalidInputException refusal(ParsingLimitExceededException exceeded) {
        Rule rule = switch (exceeded.limit()) {
            case OBJECTS, DEPTH -> Rule.TOO_MANY;
            case TIME, DECOMPRESSED_BYTES -> Rule.TOO_LONG;
        };
        return new InvalidInputException(List.of(new FieldError("file", rule,
                exceeded.limit().refusal(exceeded.value()), Long.toString(exceeded.value()))));
    }

    /** Passed only if every signature passed and no later revision changed what its signature forbids. */
    static String indication(List<SignatureReport> reports, Map<String, Modification> modifications) {
        if (reports.isEmpty()) {
            return "NO_SIGNATURE_FOUND";
        }
        boolean failed = reports.stream().anyMatch(report -> report.indication() == Indication.TOTAL_FAILED)
                || modifications.values().stream().anyMatch(modification -> !modification.allowedByCertification()
                || modification.level() == ModificationLevel.OTHER);
        if (failed) {
            return Indication.TOTAL_FAILED.name();
        }
        boolean indeterminate = reports.stream().anyMatch(report -> report.indication() == Indication.INDETERMINATE);
        return (indeterminate ? Indication.INDETERMINATE : Indication.TOTAL_PASSED).name();
    }

    /** The agreement whose kept document is this file, or one of its signed revisions. */
    private Optional<Agreement> agreementOf(byte[] pdf, String sha256, List<Long> revisionEnds, FileDigests digests,
                                            ParsingBudget budget) {
        List<String> candidates = new ArrayList<>();
        candidates.add(sha256);
        for (long end : revisionEnds) {
            // Every "%%EOF" counts, also those a stream holds by the million: the clock bounds the hashing.
            budget.checkTime();
            if (end > 0 && end < pdf.length && revisionEnds.size() <= MAX_REGISTER_REVISIONS) {
                candidates.add(HexFormat.of().formatHex(digests.prefix(end, "SHA-256")));
            }
        }
        return candidates.stream().map(documents::find).flatMap(Optional::stream).findFirst()
                .map(SignedDocument::agreementId).map(registry::get);
    }

    private Map<String, Object> registry(Agreement agreement) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("agreementId", agreement.id());
        entry.put("number", agreement.number());
        entry.put("registrationNumber", agreement.registration().map(registration -> registration.number()).orElse(null));
        entry.put("status", agreement.status().name());
        entry.put("revision", agreement.revision());
        List<Map<String, Object>> signed = new ArrayList<>();
        for (Signature signature : signatures.of(agreement.id())) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("position", signature.position());
            one.put("signer", signature.signer());
            one.put("certificateSubject", signature.certificate().subject());
            one.put("signedAt", signature.signedAt().toString());
            one.put("level", signature.level());
            one.put("documentSha256", signature.documentSha256());
            signed.add(one);
        }
        entry.put("signatures", signed);
        entry.put("decisions", history.decisions(agreement.id()).stream().map(Verification::decision).toList());
        entry.put("auditChain", chain(history.chain(agreement.id())));
        return entry;
    }

    private static Map<String, Object> decision(ApprovalDecision decision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", decision.sequence());
        json.put("action", decision.action());
        json.put("actor", decision.actor());
        json.put("at", decision.occurredAt().toString());
        json.put("revision", decision.revision());
        json.put("contentHash", decision.contentHash());
        json.put("from", decision.from());
        json.put("to", decision.to());
        json.put("reason", decision.reason());
        json.put("decision", decision.decision());
        json.put("stage", decision.stage());
        json.put("onBehalfOf", decision.onBehalfOf());
        return json;
    }

    /** Whether the records above can be relied on: the whole chain checked now, and the agreement's last event sealed. */
    private static Map<String, Object> chain(AgreementChainStatus status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", status.chain().intact());
        json.put("eventsChecked", status.chain().eventsChecked());
        json.put("sealsChecked", status.chain().sealsChecked());
        json.put("lastSealedSequence", status.chain().lastSealedSequence());
        json.put("lastAgreementChangeSequence", status.lastEventSequence());
        json.put("agreementSealed", status.sealed());
        json.put("firstBrokenSequence", status.chain().firstBrokenSequence());
        json.put("reason", status.chain().reason());
        return json;
    }

    private static Map<String, Object> signature(SignatureReport report, Modification modification) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fieldName", report.fieldName());
        json.put("indication", report.indication());
        json.put("subIndication", report.subIndication());
        json.put("signedBy", report.signedBy());
        json.put("chain", report.chain().stream().map(Verification::certificate).toList());
        json.put("claimedSigningTime", report.claimedSigningTime() == null ? null : report.claimedSigningTime().toString());
        if (report.timestamp() == null) {
            json.put("timestamp", null);
        } else {
            Map<String, Object> timestamp = new LinkedHashMap<>();
            timestamp.put("time", report.timestamp().time() == null ? null : report.timestamp().time().toString());
            timestamp.put("tsa", report.timestamp().authority());
            timestamp.put("valid", report.timestamp().valid());
            json.put("timestamp", timestamp);
        }
        json.put("level", report.level() == null ? null : report.level().label());
        json.put("coversWholeDocument", report.coversWholeDocument());
        json.put("byteRange", report.byteRange());
        json.put("modificationLevel", modification == null ? null : modification.level());
        if (modification != null) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("changedObjects", modification.changedObjects());
            changes.put("changedPages", modification.changedPages());
            changes.put("allowedByCertification", modification.allowedByCertification());
            changes.put("docMdpPermission", modification.docMdpPermission());
            changes.put("reasons", modification.reasons());
            json.put("modifications", changes);
        }
        json.put("reasons", report.reasons());
        json.put("revocation", report.revocation());
        return json;
    }

    private static Map<String, Object> certificate(ChainCertificate certificate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", certificate.subject());
        json.put("serialNumber", certificate.serial() == null ? null : certificate.serial().toString(16).toUpperCase());
        json.put("trusted", certificate.trusted());
        return json;
    }

    private static Map<String, Object> timestamp(DocumentTimestampReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fieldName", report.fieldName());
        json.put("time", report.timestamp() == null || report.timestamp().time() == null ? null
                : report.timestamp().time().toString());
        json.put("tsa", report.timestamp() == null ? null : report.timestamp().authority());
        json.put("valid", report.valid());
        json.put("coversWholeDocument", report.coversWholeDocument());
        return json;
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
