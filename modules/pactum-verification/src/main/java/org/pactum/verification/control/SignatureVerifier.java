package org.pactum.verification.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pactum.verification.entity.DocumentTimestampReport;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.TrustMaterial;

/**
 * Checks every signature of a PDF on its own: byte range, digest, CMS signature, signing-certificate binding, chain
 * to a configured anchor, validity at the proven time, key usage, revocation and signature time-stamp (what later
 * revisions changed is the revision analysis' job). The file is parsed once; hashing streams over the byte ranges.
 *
 * <p>Document time-stamps ({@code ETSI.RFC3161}) are not reported as signatures but by
 * {@link #verifyDocumentTimestamps}: a valid one raises every signature it follows from PAdES-BASELINE-LT to LTA.
 */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    /**
     * One report per signature, in the order they were added; empty when the PDF holds none.
     *
     * @throws IllegalArgumentException when {@code pdf} is not a readable PDF; a broken signature is a report instead
     */
    public static List<SignatureReport> verify(byte[] pdf, TrustMaterial trust, Instant validationTime) {
        return verifyAll(pdf, trust, validationTime, ParsingBudget.withDefaults()).signatures();
    }

    /**
     * As {@link #verify(byte[], TrustMaterial, Instant)}, within the budget of the verification it is part of.
     *
     * @throws ParsingLimitExceededException when the file goes over one of the budget's limits
     */
    public static List<SignatureReport> verify(byte[] pdf, TrustMaterial trust, Instant validationTime,
                                               ParsingBudget budget) {
        return verifyAll(pdf, trust, validationTime, budget).signatures();
    }

    /** As {@link #verifyAll(byte[], TrustMaterial, Instant, ParsingBudget)} under the default limits. */
    public static SignatureVerdicts verifyAll(byte[] pdf, TrustMaterial trust, Instant validationTime) {
        return verifyAll(pdf, trust, validationTime, ParsingBudget.withDefaults());
    }

    /**
     * The reports on every signature and every document time-stamp from one parse of the file: what
     * {@link #verify} and {@link #verifyDocumentTimestamps} answer, without reading and checking the time-stamps twice.
     *
     * @throws IllegalArgumentException      when {@code pdf} is not a readable PDF; a broken signature is a report
     * @throws ParsingLimitExceededException when the file goes over one of the budget's limits
     */
    public static SignatureVerdicts verifyAll(byte[] pdf, TrustMaterial trust, Instant validationTime,
                                              ParsingBudget budget) {
        return verifyAll(pdf, SignedDocumentReader.read(pdf, budget), trust, validationTime, budget,
                new FileDigests(pdf, List.of()));
    }

    /**
     * As {@link #verifyAll(byte[], TrustMaterial, Instant, ParsingBudget)}, from a file already parsed (which stays
     * open, for {@link RevisionAnalysis#analyse(ParsedDocument)}), within its budget.
     */
    public static SignatureVerdicts verifyAll(ParsedDocument parsed, TrustMaterial trust, Instant validationTime) {
        return verifyAll(parsed.bytes(), SignedDocumentReader.read(parsed), trust, validationTime, parsed.budget(),
                parsed.digests());
    }

    private static SignatureVerdicts verifyAll(byte[] pdf, SignedDocument document, TrustMaterial trust,
                                               Instant validationTime, ParsingBudget budget, FileDigests digests) {
        SignatureAssessment.TrustContext context = context(document, trust, validationTime, digests);
        List<DocumentTimestampReport> archives = documentTimestamps(pdf, document, context, budget);
        List<SignatureField> archiveFields = timestampFields(document);
        List<Long> archiveEnds = new ArrayList<>();
        for (int i = 0; i < archives.size(); i++) {
            if (archives.get(i).valid()) {
                archiveEnds.add(archiveFields.get(i).end());
            }
        }
        List<SignatureReport> reports = new ArrayList<>();
        for (SignatureField field : document.fields()) {
            if (!field.isDocumentTimestamp()) {
                budget.checkTime();
                boolean archived = archiveEnds.stream().anyMatch(end -> end > field.end());
                reports.add(SignatureAssessment.assess(pdf, field, context, archived));
            }
        }
        return new SignatureVerdicts(reports, archives);
    }

    /**
     * One report per document time-stamp, in the order they were added.
     *
     * @throws IllegalArgumentException when {@code pdf} is not a readable PDF
     */
    public static List<DocumentTimestampReport> verifyDocumentTimestamps(byte[] pdf, TrustMaterial trust,
                                                                         Instant validationTime) {
        return verifyDocumentTimestamps(pdf, trust, validationTime, ParsingBudget.withDefaults());
    }

    /**
     * As {@link #verifyDocumentTimestamps(byte[], TrustMaterial, Instant)}, within the budget of the verification.
     *
     * @throws ParsingLimitExceededException when the file goes over one of the budget's limits
     */
    public static List<DocumentTimestampReport> verifyDocumentTimestamps(byte[] pdf, TrustMaterial trust,
                                                                         Instant validationTime, ParsingBudget budget) {
        SignedDocument document = SignedDocumentReader.read(pdf, budget);
        return documentTimestamps(pdf, document, context(document, trust, validationTime,
                new FileDigests(pdf, List.of())), budget);
    }

    private static SignatureAssessment.TrustContext context(SignedDocument document, TrustMaterial trust,
                                                            Instant validationTime, FileDigests digests) {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(validationTime, "validationTime");
        return new SignatureAssessment.TrustContext(trust.anchors(), trust.crls(), document.storedCertificates(),
                document.storedCrls(), validationTime, document.storedOcspResponses(),
                OnlineOcsp.when(trust.ocspOnline()), digests.keepStatesAt(holeStarts(document)));
    }

    /** Where each field's signed range breaks off for its hole: the digests of all ranges share what comes before. */
    private static List<Long> holeStarts(SignedDocument document) {
        return document.fields().stream().map(SignatureField::byteRange)
                .filter(range -> range != null && range.length == 4 && range[0] == 0 && range[1] > 0)
                .map(range -> range[1]).toList();
    }

    private static List<DocumentTimestampReport> documentTimestamps(byte[] pdf, SignedDocument document,
                                                                    SignatureAssessment.TrustContext context,
                                                                    ParsingBudget budget) {
        List<DocumentTimestampReport> reports = new ArrayList<>();
        for (SignatureField field : timestampFields(document)) {
            budget.checkTime();
            reports.add(DocumentTimestampCheck.check(pdf, field, context));
        }
        return List.copyOf(reports);
    }

    private static List<SignatureField> timestampFields(SignedDocument document) {
        return document.fields().stream().filter(SignatureField::isDocumentTimestamp).toList();
    }
}
