package org.pactum.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pactum.domain.user.PasswordHash;

/**
 * The slow password hash at its production work factor ({@value PasswordHash#ITERATIONS} PBKDF2-HMAC-SHA256
 * iterations). {@code login} is what a sign-in without a cached credential pays (UserAccount.authenticates parses the
 * stored hash and checks the password); {@code setPassword} is what creating a user or changing a password pays.
 * Each call takes long enough that few, long iterations suffice.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class PasswordHashBenchmark {

    private final char[] password = "Omsk-Pavlodar-2026".toCharArray();
    private String stored;

    @Setup
    public void storeHash() {
        stored = PasswordHash.of(password).encoded();
    }

    @Benchmark
    public boolean login() {
        return PasswordHash.parse(stored).matches(password);
    }

    @Benchmark
    public PasswordHash setPassword() {
        return PasswordHash.of(password);
    }
}
