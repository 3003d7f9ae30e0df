package org.pactum.web.routing;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.routing.boundary.Routing;
import org.pactum.routing.entity.PendingTask;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.People;
import org.pactum.web.faces.Shown;

/** "My tasks": what waits for the signed-in approver's decision, oldest first, overdue ones marked. */
@Named
@RequestScoped
public class TasksBacking {

    @Inject
    Routing routing;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    @Inject
    People people;

    private List<TaskRow> rows;

    public List<TaskRow> getRows() {
        if (rows == null) {
            Instant now = Instant.now();
            rows = routing.tasksOf(user.getUsername()).stream().map(task -> row(task, now)).toList();
        }
        return rows;
    }

    public long getOverdue() {
        return getRows().stream().filter(TaskRow::overdue).count();
    }

    private TaskRow row(PendingTask task, Instant now) {
        return new TaskRow(task.agreementId(), task.number(), Shown.of(task.title(), language.getLanguage()),
                task.stage() + "/" + task.stages(), Shown.of(task.stageName(), language.getLanguage()),
                dates.dateTime(task.openedAt()), task.due() == null ? null : dates.dateTime(task.due()),
                task.isOverdue(now), task.onBehalfOf() == null ? null : people.nameOf(task.onBehalfOf()),
                task.deputyFor() == null ? null : people.nameOf(task.deputyFor()));
    }
}
