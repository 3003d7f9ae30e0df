package org.pactum.domain.agreement;

import org.pactum.domain.error.PactumException;

/** Only drafts are edited; everything later is changed through lifecycle actions. */
public class AgreementNotEditableException extends PactumException {

    public AgreementNotEditableException(AgreementStatus status) {
        super("An agreement in status " + status + " cannot be edited; only drafts can");
    }

    @Override
    public String problemType() {
        return "not-editable";
    }
}
