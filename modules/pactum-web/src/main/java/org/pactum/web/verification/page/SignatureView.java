package org.pactum.web.verification.page;

import java.util.List;

/**
 * One signature of a verified PDF as the page shows it: verdict and sub-indication, signer, chain, times, level, what
 * changed after it and the reasons. Times are already in the pages' format; absent ones are empty.
 */
public record SignatureView(String fieldName, String indication, String subIndication, String signedBy,
                            List<ChainLine> chain, String claimedSigningTime, String timestampTime,
                            String timestampAuthority, Boolean timestampValid, String level, boolean coversWholeDocument,
                            String modificationLevel, List<Integer> changedPages, List<String> changedObjects,
                            boolean allowedByCertification, List<String> reasons) {

    public SignatureView {
        chain = List.copyOf(chain);
        changedPages = List.copyOf(changedPages);
        changedObjects = List.copyOf(changedObjects);
        reasons = List.copyOf(reasons);
    }

    public Verdict verdict() {
        return Verdict.of(indication);
    }

    /** The time to show for it: the time-stamp's when there is one, else the time the signer's software claimed. */
    public String signingTime() {
        return timestampTime.isEmpty() ? claimedSigningTime : timestampTime;
    }

    public String changedPagesText() {
        return String.join(", ", changedPages.stream().map(String::valueOf).toList());
    }
}
