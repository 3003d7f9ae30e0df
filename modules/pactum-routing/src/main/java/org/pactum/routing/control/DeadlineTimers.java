package org.pactum.routing.control;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import org.pactum.routing.entity.TaskDeadline;

/**
 * Approval deadlines kept in the database by db-scheduler: per task one reminder and one escalation, keyed by the
 * task's id, so planning a task twice changes nothing. Every node runs one of these on the same table; a due
 * execution is picked by exactly one of them (an update under the row's version), and one that was due while every
 * node was down runs when the first node starts again.
 */
public final class DeadlineTimers {

    public static final String REMINDER = "route-reminder";
    public static final String ESCALATION = "route-escalation";

    /** A step that failed (the database away, a lock conflict) is tried again this much later, this many times. */
    private static final Duration RETRY_AFTER = Duration.ofMinutes(5);
    private static final int RETRIES = 12;
    private static final int HOUSEKEEPING_THREADS = 3;

    private final OneTimeTask<Long> reminder;
    private final OneTimeTask<Long> escalation;
    private final Scheduler scheduler;

    /**
     * @param threads  makes the scheduler's threads; in the server a managed thread factory, so the steps run with the
     *                 application's context
     * @param node     this node's name in the table's {@code picked_by}
     */
    public DeadlineTimers(DataSource database, DeadlineSteps steps, Duration pollingInterval, int executors,
                          ThreadFactory threads, Clock clock, String node) {
        this.reminder = Tasks.oneTime(REMINDER, Long.class).onFailure(retried())
                .execute((instance, context) -> steps.remind(instance.getData(), Long.parseLong(instance.getId())));
        this.escalation = Tasks.oneTime(ESCALATION, Long.class).onFailure(retried())
                .execute((instance, context) -> steps.escalate(instance.getData(), Long.parseLong(instance.getId())));
        this.scheduler = Scheduler.create(database, reminder, escalation)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(Duration.ofMinutes(1))
                .threads(executors)
                .executorService(Executors.newFixedThreadPool(executors, threads))
                .dueExecutor(Executors.newSingleThreadExecutor(threads))
                .housekeeperExecutor(Executors.newScheduledThreadPool(HOUSEKEEPING_THREADS, threads))
                .serializer(new DecimalData())
                .schedulerName(new SchedulerName.Fixed(node))
                .clock(clock::instant)
                // The columns are TIMESTAMP WITH TIME ZONE; instants go in as UTC, as InstantColumn writes ours.
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    public void start() {
        scheduler.start();
    }

    /** Stops polling and waits for steps under way; what is not due yet stays in the table for the next start. */
    public void stop() {
        scheduler.stop();
    }

    /**
     * Plans a task's reminder and escalation, unless they are planned already or were done.
     *
     * @param lead how long before the deadline the approver is reminded
     */
    public void plan(TaskDeadline deadline, Duration lead) {
        if (deadline.escalated()) {
            return;
        }
        String id = Long.toString(deadline.taskId());
        if (!deadline.reminded()) {
            scheduler.scheduleIfNotExists(reminder.instance(id, deadline.agreementId()), deadline.remindAt(lead));
        }
        scheduler.scheduleIfNotExists(escalation.instance(id, deadline.agreementId()), deadline.escalateAt());
    }

    private static <T> FailureHandler<T> retried() {
        return new FailureHandler.MaxRetriesFailureHandler<>(RETRIES, new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER));
    }
}
