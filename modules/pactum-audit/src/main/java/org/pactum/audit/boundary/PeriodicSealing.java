package org.pactum.audit.boundary;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seals the chain head every few minutes when events were recorded, so a quiet period leaves little unsealed. */
@ApplicationScoped
public class PeriodicSealing {

    private static final Logger LOG = Logger.getLogger(PeriodicSealing.class.getName());

    @Inject
    AuditTrail trail;

    @Inject
    @ConfigProperty(name = "pactum.audit.seal.every-minutes", defaultValue = "10")
    long everyMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null && everyMinutes > 0) {
            task = scheduler.scheduleWithFixedDelay(this::sealQuietly, everyMinutes, everyMinutes, TimeUnit.MINUTES);
        }
    }

    private void sealQuietly() {
        try {
            trail.seal();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Periodic audit sealing failed; it will be tried again", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
