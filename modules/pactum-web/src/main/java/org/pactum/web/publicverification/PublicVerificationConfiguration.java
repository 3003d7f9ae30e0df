package org.pactum.web.publicverification;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.web.cluster.ClusterMaps;

/**
 * Builds the public page's upload allowance from the settings (docs/operations.md), one for the whole cluster, and its
 * memory of the verdicts on kept documents, one for the application (a cache, each node its own).
 */
@ApplicationScoped
public class PublicVerificationConfiguration {

    @Inject
    @ConfigProperty(name = "pactum.verification.public.per-address", defaultValue = "10")
    int perAddress;

    @Inject
    @ConfigProperty(name = "pactum.verification.public.overall", defaultValue = "30")
    int overall;

    @Inject
    @ConfigProperty(name = "pactum.verification.public.period", defaultValue = "PT1M")
    Duration period;

    @Inject
    @ConfigProperty(name = "pactum.verification.public.tracked", defaultValue = "10000")
    int tracked;

    @Inject
    @ConfigProperty(name = "pactum.verification.public.kept-verdict-fresh-for", defaultValue = "PT1M")
    Duration keptVerdictFreshFor;

    @Inject
    ClusterMaps cluster;

    @Produces
    @Singleton
    KeptVerdicts keptVerdicts() {
        return new KeptVerdicts(keptVerdictFreshFor, 1000, Clock.systemUTC());
    }

    @Produces
    @Singleton
    UploadAllowance allowance() {
        if (cluster.shared()) {
            return new UploadAllowance(perAddress, overall, period, tracked, Clock.systemUTC(),
                    cluster.map("verification.public.addresses", ConcurrentHashMap::new),
                    cluster.map("verification.public.overall", ConcurrentHashMap::new));
        }
        return new UploadAllowance(perAddress, overall, period, tracked, Clock.systemUTC());
    }
}
