package org.pactum.web.publicverification;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the public page's upload allowance from the settings (docs/operations.md), and its memory of the verdicts on
 * kept documents, one of each for the application.
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

    @Produces
    @Singleton
    KeptVerdicts keptVerdicts() {
        return new KeptVerdicts(keptVerdictFreshFor, 1000, Clock.systemUTC());
    }

    @Produces
    @Singleton
    UploadAllowance allowance() {
        return new UploadAllowance(perAddress, overall, period, tracked, Clock.systemUTC());
    }
}
