package org.pactum.audit.boundary;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread beside a chain walk that checks hashes and seal signatures: pure computation on data already read.
 * Not the server's managed executor: its tasks carry the caller's component invocation, and ending one could close
 * the non-transactional EntityManagers that the walking thread (NOT_SUPPORTED) still uses; a full test run once saw
 * "operation on a closed EntityManager" right after a chain verification.
 */
final class SealCheckThread {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "pactum-audit-seal-checks");
        thread.setDaemon(true);
        return thread;
    });

    private SealCheckThread() {
    }

    static Executor executor() {
        return THREAD;
    }
}
