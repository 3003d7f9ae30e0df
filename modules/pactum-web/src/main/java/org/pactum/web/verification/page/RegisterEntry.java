package org.pactum.web.verification.page;

import java.util.List;

/** The agreement the verified document belongs to, as the register holds it; its signatures as recorded. */
public record RegisterEntry(long agreementId, String number, String registrationNumber, String status, Integer revision,
                            List<RecordedSignature> signatures) {

    public RegisterEntry {
        signatures = List.copyOf(signatures);
    }
}
