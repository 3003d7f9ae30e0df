package org.pactum.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pactum.web.security.CredentialCache;

/**
 * What an API request with HTTP Basic pays for authentication when its credential was verified within the cache
 * lifetime: a map lookup, an HMAC-SHA256 of username and password and a constant-time comparison, instead of the slow
 * hash. {@code hit} is that fast path; {@code wrongPassword} is a cached user with another password, which costs the
 * same HMAC and then falls through to the slow hash (not measured here). {@code cachedUsers} fills the cache with
 * other users first, so the lookup is not measured on a one-entry map only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CredentialCacheBenchmark {

    @Param({"1", "1000"})
    int cachedUsers;

    private final char[] password = "Omsk-Pavlodar-2026".toCharArray();
    private final char[] wrongPassword = "Omsk-Pavlodar-2025".toCharArray();
    private CredentialCache cache;

    @Setup
    public void rememberCallers() {
        cache = new CredentialCache(Duration.ofMinutes(5), Clock.systemUTC());
        for (int i = 1; i < cachedUsers; i++) {
            cache.remember("user" + i, ("password of user " + i).toCharArray(), Set.of("APPROVER"));
        }
        cache.remember("drafter", password, Set.of("DRAFTER"));
        if (cache.groupsOf("drafter", password).isEmpty()) {
            throw new IllegalStateException("the remembered credential must be a hit");
        }
    }

    @Benchmark
    public Optional<Set<String>> hit() {
        return cache.groupsOf("drafter", password);
    }

    @Benchmark
    public Optional<Set<String>> wrongPassword() {
        return cache.groupsOf("drafter", wrongPassword);
    }
}
