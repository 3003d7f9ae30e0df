package org.pactum.web.audit;

import java.io.Serializable;

import org.pactum.audit.entity.ChainVerification;

/**
 * What the last "verify the chain" found, as the audit page shows it after the redirect that follows the check. It
 * travels in the flash, so it holds plain, serializable values only.
 *
 * @param checkedAt          when the check ran, in the interface's time zone
 * @param firstBrokenSequence null when the chain is intact
 * @param reason             the verifier's technical explanation (English), or null when intact
 */
public record ChainVerdict(boolean intact, long eventsChecked, long sealsChecked, long lastSealedSequence,
                           long unsealedEvents, Long firstBrokenSequence, String reason, String checkedAt)
        implements Serializable {

    static ChainVerdict of(ChainVerification report, String checkedAt) {
        return new ChainVerdict(report.intact(), report.eventsChecked(), report.sealsChecked(),
                report.lastSealedSequence(), report.unsealedEvents(), report.firstBrokenSequence(), report.reason(),
                checkedAt);
    }
}
