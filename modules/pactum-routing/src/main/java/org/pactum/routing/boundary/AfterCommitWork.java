package org.pactum.routing.boundary;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Work that follows a commit — planning a task's deadlines, sending its mail — done one piece after the other on a
 * thread of its own, made once at start-up. Handing it to the container's managed executor from an after-commit
 * observer instead broke the request that committed: Payara closed the request's invocation (and its persistence
 * context) when the task ended on the other thread, so the page that followed a decision was never rendered.
 * Before {@link #start} (in tests), work runs at once on the caller's thread.
 */
@ApplicationScoped
public class AfterCommitWork {

    private static final Logger LOG = Logger.getLogger(AfterCommitWork.class.getName());

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private volatile Thread worker;

    /** @param threads the container's thread factory, asked here at start-up so the thread carries no request */
    public synchronized void start(ThreadFactory threads) {
        if (worker != null) {
            return;
        }
        worker = threads.newThread(this::drain);
        worker.setName("pactum-after-commit");
        worker.setDaemon(true);
        worker.start();
    }

    public void submit(Runnable work) {
        if (worker == null) {
            work.run();
            return;
        }
        queue.add(work);
    }

    @PreDestroy
    synchronized void stop() {
        if (worker != null) {
            worker.interrupt();
            worker = null;
        }
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                queue.take().run();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Work after a commit failed; it is logged here once and not retried", e);
            }
        }
    }
}
