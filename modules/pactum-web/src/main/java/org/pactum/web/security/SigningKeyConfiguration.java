package org.pactum.web.security;

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
 * Builds the PIN throttle of the server-held signing keys from the settings (docs/operations.md, "PINs of
 * server-held signing keys"), one for the application.
 */
@ApplicationScoped
public class SigningKeyConfiguration {

    @Inject
    @ConfigProperty(name = "pactum.security.signing-key.failures", defaultValue = "5")
    int failures;

    @Inject
    @ConfigProperty(name = "pactum.security.signing-key.failures-again", defaultValue = "1")
    int failuresAgain;

    @Inject
    @ConfigProperty(name = "pactum.security.signing-key.first-lock", defaultValue = "PT1M")
    Duration firstLock;

    @Inject
    @ConfigProperty(name = "pactum.security.signing-key.longest-lock", defaultValue = "PT1H")
    Duration longestLock;

    @Inject
    @ConfigProperty(name = "pactum.security.signing-key.forgive-after", defaultValue = "PT24H")
    Duration forgiveAfter;

    @Inject
    @ConfigProperty(name = "pactum.security.signing-key.tracked", defaultValue = "10000")
    int tracked;

    @Inject
    ClusterMaps cluster;

    @Produces
    @Singleton
    SigningKeyThrottle throttle() {
        ThrottlePolicy policy = new ThrottlePolicy(failures, failuresAgain, firstLock, longestLock, forgiveAfter);
        if (cluster.shared()) {
            return new SigningKeyThrottle(policy, tracked, Clock.systemUTC(),
                    cluster.map("signing-key.failures", ConcurrentHashMap::new),
                    cluster.map("signing-key.claims", ConcurrentHashMap::new), cluster.localNode(), cluster::liveNodes);
        }
        return new SigningKeyThrottle(policy, tracked, Clock.systemUTC());
    }
}
