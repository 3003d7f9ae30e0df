package org.pactum.web.verification.page;

import java.util.List;

/**
 * A verification report as the page shows it: the verdict on the whole document, each signature, the document
 * time-stamps, the document's facts and, when Pactum kept it, the agreement it belongs to ({@code registry} null
 * otherwise). {@code stored} says whether it can be opened again by its id (a public check is not kept).
 */
public record ReportView(String id, boolean stored, String indication, List<SignatureView> signatures,
                         List<TimestampLine> documentTimestamps, String sha256, long size, int revisions,
                         RegisterEntry registry, String validationTime, String policy) {

    public ReportView {
        signatures = List.copyOf(signatures);
        documentTimestamps = List.copyOf(documentTimestamps);
    }

    public Verdict verdict() {
        return Verdict.of(indication);
    }

    public boolean hasRegistry() {
        return registry != null;
    }
}
