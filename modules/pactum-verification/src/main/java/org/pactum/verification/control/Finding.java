package org.pactum.verification.control;

import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SubIndication;

/** One check that did not pass: what it makes of the signature and why, in words. */
record Finding(Indication indication, SubIndication subIndication, String reason) {

    static Finding failed(SubIndication subIndication, String reason) {
        return new Finding(Indication.TOTAL_FAILED, subIndication, reason);
    }

    static Finding indeterminate(SubIndication subIndication, String reason) {
        return new Finding(Indication.INDETERMINATE, subIndication, reason);
    }
}
