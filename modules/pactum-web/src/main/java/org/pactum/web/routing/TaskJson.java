package org.pactum.web.routing;

import java.time.Instant;
import java.util.Map;

import org.pactum.routing.entity.PendingTask;
import org.pactum.web.json.LocalizedJson;

/** A task in the caller's inbox. */
public record TaskJson(long id, long agreementId, String number, Map<String, String> title, int revision, int stage,
                       int stages, Map<String, String> stageName, Instant openedAt, Instant due, boolean overdue,
                       String onBehalfOf, String deputyFor) {

    static TaskJson of(PendingTask task, Instant now) {
        return new TaskJson(task.taskId(), task.agreementId(), task.number(), LocalizedJson.of(task.title()),
                task.revision(), task.stage(), task.stages(), LocalizedJson.of(task.stageName()), task.openedAt(),
                task.due(), task.isOverdue(now), task.onBehalfOf(), task.deputyFor());
    }
}
