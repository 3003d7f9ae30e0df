package org.pactum.domain.route;

import java.util.List;
import java.util.Optional;

/** Agreements' routes: one per agreement, kept across its rounds of revision. */
public interface ApprovalRoutes {

    ApprovalRoute add(ApprovalRoute route);

    Optional<ApprovalRoute> ofAgreement(long agreementId);

    /**
     * The agreement's route, locked until the transaction ends: decisions on one route are taken one after the other,
     * so a stage passes exactly once however many approvers answer at the same instant.
     */
    Optional<ApprovalRoute> lockOfAgreement(long agreementId);

    /** Running routes where {@code account} has a pending task, oldest first. */
    List<ApprovalRoute> withPendingTaskFor(String account);

    /** Running routes with a pending task that has a deadline. */
    List<ApprovalRoute> withDeadlines();

    /** Writes pending changes now, so ids are given and conflicts surface inside the caller's transaction. */
    void flush();
}
