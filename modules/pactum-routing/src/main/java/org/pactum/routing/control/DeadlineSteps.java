package org.pactum.routing.control;

/** What a due reminder or escalation does; the routing boundary takes the step on the locked route. */
public interface DeadlineSteps {

    void remind(long agreementId, long taskId);

    void escalate(long agreementId, long taskId);
}
