package org.pactum.routing.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.route.RouteRecorded;
import org.pactum.domain.route.RouteStep;
import org.pactum.routing.control.DeadlineSteps;
import org.pactum.routing.control.DeadlineTimers;

/**
 * Runs the deadline scheduler on this node, from start-up to shutdown, on the application's database. A task's
 * reminder and escalation are planned after the transaction that opened the task has committed — handed to another
 * thread, since the committed transaction is no place for more database work — and, at every start, for every waiting
 * task, which also covers a node that stopped between a commit and its planning (ADR 0007).
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class.getName());

    /** The steps that may open a task with a deadline. */
    private static final Set<RouteStep> OPENING = EnumSet.of(RouteStep.STARTED, RouteStep.RESUBMITTED,
            RouteStep.DECIDED, RouteStep.DELEGATED, RouteStep.ESCALATED);

    @Resource(lookup = "java:app/jdbc/pactum")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    AfterCommitWork afterCommit;

    @Inject
    RouteDeadlines deadlines;

    @Inject
    @ConfigProperty(name = "pactum.routing.scheduler.polling-seconds", defaultValue = "10")
    long pollingSeconds;

    @Inject
    @ConfigProperty(name = "pactum.routing.scheduler.node")
    Optional<String> node;

    Clock clock = Clock.systemUTC();

    private DeadlineTimers timers;

    /** Starts polling and plans every waiting task's deadline; called at start-up, after the schema migration. */
    public synchronized void start() {
        if (timers != null) {
            return;
        }
        ThreadFactory threads = threadFactory == null ? Thread.ofPlatform().daemon().factory() : threadFactory;
        if (afterCommit != null) {
            afterCommit.start(threads);
        }
        timers = new DeadlineTimers(dataSource, steps(), Duration.ofSeconds(Math.max(1, pollingSeconds)), 2, threads,
                clock, nodeName());
        timers.start();
        int planned = planAll();
        LOG.info(() -> "Approval deadlines scheduled on node " + nodeName() + "; " + planned + " waiting task(s) checked");
    }

    @PreDestroy
    public synchronized void stop() {
        if (timers != null) {
            timers.stop();
            timers = null;
        }
    }

    /** After a step that may have opened tasks with a deadline has committed. */
    void onRoute(@Observes(during = TransactionPhase.AFTER_SUCCESS) RouteRecorded step) {
        if (!OPENING.contains(step.step())) {
            return;
        }
        try {
            if (afterCommit == null) {
                plan(step.agreementId());
            } else {
                afterCommit.submit(() -> plan(step.agreementId()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadlines of agreement " + step.agreementId()
                    + " not planned now; the next start plans them", e);
        }
    }

    /** Plans the deadlines of the tasks that wait on the agreement's route; planning one twice changes nothing. */
    public synchronized void plan(long agreementId) {
        if (timers == null) {
            return;
        }
        try {
            deadlines.deadlinesOf(agreementId).forEach(deadline -> timers.plan(deadline, deadlines.reminderLead()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadlines of agreement " + agreementId + " not planned now; the next start plans them", e);
        }
    }

    private int planAll() {
        var open = deadlines.openDeadlines();
        open.forEach(deadline -> timers.plan(deadline, deadlines.reminderLead()));
        return open.size();
    }

    private DeadlineSteps steps() {
        return new DeadlineSteps() {
            @Override
            public void remind(long agreementId, long taskId) {
                deadlines.remind(agreementId, taskId);
            }

            @Override
            public void escalate(long agreementId, long taskId) {
                deadlines.escalate(agreementId, taskId);
            }
        };
    }

    private String nodeName() {
        if (node.isPresent() && !node.get().isBlank()) {
            return node.get().strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "pactum";
        }
    }
}
