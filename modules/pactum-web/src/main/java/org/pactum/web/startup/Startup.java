package org.pactum.web.startup;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;
import org.pactum.audit.boundary.PeriodicSealing;
import org.pactum.audit.boundary.SealKeys;
import org.pactum.persistence.SchemaMigration;
import org.pactum.persistence.StartupLock;
import org.pactum.drafting.boundary.StandardClauses;
import org.pactum.drafting.boundary.TemplateCatalogue;
import org.pactum.registry.boundary.RegistrationNumbers;
import org.pactum.routing.boundary.DeadlineScheduler;
import org.pactum.web.demo.DemoData;

/**
 * Runs once when the application is deployed, in a fixed order: the schema first, then the data that depends on it.
 * Anything thrown here fails the deployment, which is what we want for a wrong mode or leftover demo users.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    StartupLock startupLock;

    @Inject
    SchemaMigration migration;

    @Inject
    DemoData demoData;

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    StandardClauses standardClauses;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    SealKeys sealKeys;

    @Inject
    PeriodicSealing periodicSealing;

    @Inject
    RegistrationNumbers registrationNumbers;

    @Inject
    DeadlineScheduler deadlineScheduler;

    @Inject
    @ConfigProperty(name = "pactum.mode", defaultValue = "production")
    String mode;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Mode parsed = Mode.parse(mode);
        // Reading the settings checks them: a wrong registration pattern fails the deployment here, not an approval.
        String example = registrationNumbers.example(Instant.now());
        LOG.info(() -> "Registration numbers read like " + example);
        // Nodes started together take turns: the second finds the schema, templates and users in place.
        startupLock.whileHeld(() -> prepareDatabase(parsed));
        periodicSealing.start();
        // After the demo data, so the demo route's waiting tasks get their deadlines planned at once.
        deadlineScheduler.start();
    }

    private void prepareDatabase(Mode parsed) {
        MigrateResult migrated = migration.migrate();
        LOG.info(() -> "Pactum schema migrated (" + migrated.migrationsExecuted + " migration(s) applied now); mode " + parsed);
        sealKeys.load();
        catalogue.storeShippedTemplates();
        standardClauses.storeShippedLibrary();
        if (parsed == Mode.DEMO) {
            demoData.loadOnce();
        } else {
            firstAdmin.createIfNoUsers();
            demoData.refuseLeftoverDemoUsers();
        }
    }
}
