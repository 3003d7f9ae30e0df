package org.pactum.domain.verification;

import java.time.Instant;
import java.util.Objects;

/**
 * A verification report as it was answered: the document's SHA-256, the verdict on the whole document, the report
 * itself (canonical JSON) and who asked when. Never changed.
 */
public record VerificationRecord(String id, String documentSha256, String indication, String report, String requestedBy,
                                 Instant createdAt) {

    public VerificationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentSha256, "documentSha256");
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
