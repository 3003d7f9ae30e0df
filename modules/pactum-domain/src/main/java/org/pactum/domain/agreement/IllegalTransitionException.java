package org.pactum.domain.agreement;

import org.pactum.domain.error.PactumException;

/** A lifecycle action that the agreement's current status does not allow. */
public class IllegalTransitionException extends PactumException {

    private final AgreementStatus status;
    private final LifecycleAction action;

    public IllegalTransitionException(AgreementStatus status, LifecycleAction action) {
        super("An agreement in status " + status + " cannot " + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + "; allowed: " + status.allowedActions());
        this.status = status;
        this.action = action;
    }

    public AgreementStatus status() {
        return status;
    }

    public LifecycleAction action() {
        return action;
    }

    @Override
    public String problemType() {
        return "illegal-transition";
    }
}
