package org.pactum.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

import org.pactum.domain.user.SignInLocked;

/**
 * The sign-in throttle in memory: this server's own, or maps the nodes of a cluster share (a lock started on one node
 * refuses on all). Counts and locks are lost when the last node stops. Each of the two kinds of subject keeps at most
 * {@code capacity} subjects.
 */
public final class InMemorySignInThrottle implements SignInThrottle {

    private final FailureCounts usernames;
    private final FailureCounts addresses;
    private final Clock clock;

    public InMemorySignInThrottle(ThrottlePolicy perUsername, ThrottlePolicy perAddress, int capacity, Clock clock) {
        this.usernames = new FailureCounts(perUsername, capacity);
        this.addresses = new FailureCounts(perAddress, capacity);
        this.clock = clock;
    }

    /** Counts kept in maps the nodes share, username and address to a count written as text. */
    public InMemorySignInThrottle(ThrottlePolicy perUsername, ThrottlePolicy perAddress, int capacity, Clock clock,
                                  ConcurrentMap<String, String> sharedUsernames, ConcurrentMap<String, String> sharedAddresses) {
        this.usernames = new FailureCounts(perUsername, capacity, sharedUsernames);
        this.addresses = new FailureCounts(perAddress, capacity, sharedAddresses);
        this.clock = clock;
    }

    @Override
    public Optional<Duration> refusal(String username, String address) {
        var now = clock.instant();
        return Stream.of(usernames.refusal(username, now), addresses.refusal(address, now))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    @Override
    public List<SignInLock> failed(String username, String address) {
        var now = clock.instant();
        List<SignInLock> started = new ArrayList<>(2);
        usernames.failed(username, now).map(lock -> of(SignInLocked.Scope.ACCOUNT, lock)).ifPresent(started::add);
        addresses.failed(address, now).map(lock -> of(SignInLocked.Scope.ADDRESS, lock)).ifPresent(started::add);
        return started;
    }

    @Override
    public int succeeded(String username) {
        return usernames.clear(username);
    }

    @Override
    public boolean unlockUsername(String username) {
        return usernames.unlock(username, clock.instant());
    }

    @Override
    public boolean unlockAddress(String address) {
        return addresses.unlock(address, clock.instant());
    }

    @Override
    public List<SignInLock> locks(int limit) {
        var now = clock.instant();
        return Stream.concat(usernames.locks(now).stream().map(lock -> of(SignInLocked.Scope.ACCOUNT, lock)),
                        addresses.locks(now).stream().map(lock -> of(SignInLocked.Scope.ADDRESS, lock)))
                .sorted(Comparator.comparing(SignInLock::until).reversed()).limit(limit).toList();
    }

    private static SignInLock of(SignInLocked.Scope scope, FailureCounts.Lock lock) {
        return new SignInLock(scope, lock.subject(), lock.failures(), lock.until(), lock.lockedFor());
    }
}
