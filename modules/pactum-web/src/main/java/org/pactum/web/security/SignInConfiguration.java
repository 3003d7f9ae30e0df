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
 * Builds the parts of signing in from the settings (docs/operations.md, "Signing in"): the throttle, the credential
 * cache and the hashing gate, one of each for the application, and the check that puts them together.
 */
@ApplicationScoped
public class SignInConfiguration {

    @Inject
    @ConfigProperty(name = "pactum.security.credential-cache-seconds", defaultValue = "300")
    long cacheSeconds;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.account.failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.account.failures-again", defaultValue = "1")
    int accountFailuresAgain;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.address.failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.address.failures-again", defaultValue = "5")
    int addressFailuresAgain;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.first-lock", defaultValue = "PT1M")
    Duration firstLock;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.longest-lock", defaultValue = "PT15M")
    Duration longestLock;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.forgive-after", defaultValue = "PT1H")
    Duration forgiveAfter;

    @Inject
    @ConfigProperty(name = "pactum.security.sign-in.tracked", defaultValue = "10000")
    int tracked;

    /** 0: half the processors, at least one. */
    @Inject
    @ConfigProperty(name = "pactum.security.hashing.parallel", defaultValue = "0")
    int hashingParallel;

    @Inject
    @ConfigProperty(name = "pactum.security.hashing.patience", defaultValue = "PT10S")
    Duration hashingPatience;

    @Inject
    SignInPasswords passwords;

    @Inject
    ClusterMaps cluster;

    @Inject
    SessionPolicy sessions;

    @Produces
    @Singleton
    SignInThrottle throttle() {
        ThrottlePolicy perUsername = new ThrottlePolicy(accountFailures, accountFailuresAgain, firstLock, longestLock, forgiveAfter);
        ThrottlePolicy perAddress = new ThrottlePolicy(addressFailures, addressFailuresAgain, firstLock, longestLock, forgiveAfter);
        if (cluster.shared()) {
            return new InMemorySignInThrottle(perUsername, perAddress, tracked, Clock.systemUTC(),
                    cluster.map("sign-in.usernames", ConcurrentHashMap::new),
                    cluster.map("sign-in.addresses", ConcurrentHashMap::new));
        }
        return new InMemorySignInThrottle(perUsername, perAddress, tracked, Clock.systemUTC());
    }

    @Produces
    @Singleton
    HashingGate hashingGate() {
        int parallel = hashingParallel > 0 ? hashingParallel : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        return new HashingGate(parallel, hashingPatience);
    }

    @Produces
    @Singleton
    SignInCheck check(SignInThrottle throttle, HashingGate gate) {
        return new SignInCheck(throttle, new CredentialCache(Duration.ofSeconds(cacheSeconds), Clock.systemUTC(),
                sessions::passwordChangedAt), gate, passwords);
    }
}
