package org.pactum.verification.control;

import java.util.List;

import org.pactum.verification.entity.DocumentTimestampReport;
import org.pactum.verification.entity.SignatureReport;

/** What one parse of a PDF says of its signatures and of its document time-stamps, each in the order they were added. */
public record SignatureVerdicts(List<SignatureReport> signatures, List<DocumentTimestampReport> documentTimestamps) {

    public SignatureVerdicts {
        signatures = List.copyOf(signatures);
        documentTimestamps = List.copyOf(documentTimestamps);
    }
}
