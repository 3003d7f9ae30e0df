package org.pactum.web.audit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.pactum.audit.boundary.AuditTrail;
import org.pactum.domain.audit.AgreementRecorded;
import org.pactum.domain.audit.AuditQuery;

/**
 * Test-only listener, deployed by {@link AuditTransactionIT} alone: a later listener of the registry's announcement
 * that fails while armed. It runs after the audit listener (default priority {@code APPLICATION + 500}), so the audit
 * event has been recorded in the transaction when it throws, and the rollback must take that event back.
 */
@ApplicationScoped
public class FailingListener {

    static final String FAILURE = "FailingListener is armed: this change must roll back";

    private static volatile boolean armed;
    /** How many audit events of the agreement this listener saw in the transaction before failing; -1 if it did not fail. */
    private static volatile long eventsSeenBeforeFailing = -1;

    @Inject
    AuditTrail trail;

    static void arm() {
        eventsSeenBeforeFailing = -1;
        armed = true;
    }

    static void disarm() {
        armed = false;
    }

    static long eventsSeenBeforeFailing() {
        return eventsSeenBeforeFailing;
    }

    void afterAuditing(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) AgreementRecorded recorded) {
        if (armed) {
            eventsSeenBeforeFailing = trail.events(AuditQuery.ofAgreement(recorded.agreement().id())).total();
            throw new IllegalStateException(FAILURE);
        }
    }
}
