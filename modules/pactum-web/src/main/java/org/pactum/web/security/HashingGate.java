package org.pactum.web.security;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Bounds the deliberately slow password hashing: at most a few hashes run at once, whoever comes later waits a
 * little and is then turned away ({@link HashingBusyException}) rather than queueing without end, and parallel
 * requests with one and the same credential share one hash (single flight). So a flood of guesses costs the server a
 * fixed share of its cores, and the requests of callers whose credential is cached, which hash nothing, keep the rest.
 */
public final class HashingGate {

    private final Semaphore permits;
    private final Duration patience;
    private final CredentialFingerprint fingerprint = new CredentialFingerprint();
    private final ConcurrentHashMap<String, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    /**
     * @param parallel how many hashes may run at once
     * @param patience how long a request waits for its turn (or for the same credential's hash) before it is refused
     */
    public HashingGate(int parallel, Duration patience) {
        if (parallel < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed at a time, not " + parallel);
        }
        this.permits = new Semaphore(parallel, true);
        this.patience = patience;
    }

    /**
     * The result of {@code work} for this credential: computed once for all requests that arrive with it while it
     * runs, each of them given the same result (or the same exception).
     */
    @SuppressWarnings("unchecked")
    public <T> T once(String username, char[] password, Supplier<T> work) {
        String key = HexFormat.of().formatHex(fingerprint.of(username, password));
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return (T) awaitShared(running);
        }
        try {
            T result = run(work);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Runs {@code work} when a hashing slot is free; refuses after the patience is spent. */
    public <T> T run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new HashingBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusyException();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private Object awaitShared(CompletableFuture<Object> running) {
        try {
            return running.get(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the shared password check failed", e.getCause());
        } catch (TimeoutException e) {
            throw new HashingBusyException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingBusyException();
        }
    }
}
