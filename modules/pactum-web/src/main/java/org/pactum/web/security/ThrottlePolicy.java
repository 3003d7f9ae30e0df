package org.pactum.web.security;

import java.time.Duration;

/**
 * When wrong passwords lock sign-ins, and for how long.
 *
 * @param failures      wrong passwords in a row that start the first lock
 * @param failuresAgain wrong passwords after a lock ended that start the next one
 * @param firstLock     how long the first lock lasts; each further one lasts twice as long as the one before
 * @param longestLock   the most any lock lasts
 * @param forgiveAfter  quiet time (no wrong password, no lock) after which the count starts again
 */
public record ThrottlePolicy(int failures, int failuresAgain, Duration firstLock, Duration longestLock,
                             Duration forgiveAfter) {

    public ThrottlePolicy {
        if (failures < 1 || failuresAgain < 1) {
            throw new IllegalArgumentException("a lock needs at least one wrong password");
        }
        if (firstLock.isNegative() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("the longest lock must be at least the first: " + firstLock + ", "
                    + longestLock);
        }
    }

    /** How long the {@code n}th lock in a row lasts, counting from 1. */
    Duration lock(int n) {
        Duration length = firstLock;
        for (int i = 1; i < n && length.compareTo(longestLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(longestLock) < 0 ? length : longestLock;
    }

    /** Wrong passwords that start a lock when {@code locksSoFar} came before it. */
    int failuresFor(int locksSoFar) {
        return locksSoFar == 0 ? failures : failuresAgain;
    }
}
