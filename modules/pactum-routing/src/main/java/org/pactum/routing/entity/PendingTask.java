package org.pactum.routing.entity;

import java.time.Instant;

import org.pactum.domain.language.LocalizedText;

/**
 * A task waiting for one approver, with what their inbox shows of the agreement.
 *
 * @param stage       the stage's place on the route, from 1
 * @param onBehalfOf  whom the approver decides for (the task was delegated or escalated to them), or null
 * @param deputyFor   the absent approver whose task this is, when the caller stands in as their deputy; or null
 */
public record PendingTask(long taskId, long agreementId, String number, LocalizedText title, int revision, int stage,
                          int stages, LocalizedText stageName, Instant openedAt, Instant due, String onBehalfOf,
                          String deputyFor) {

    public boolean isOverdue(Instant now) {
        return due != null && now.isAfter(due);
    }
}
