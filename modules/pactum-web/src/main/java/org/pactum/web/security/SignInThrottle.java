package org.pactum.web.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Counts wrong passwords per username and per client address, and refuses sign-ins for a while once there were too
 * many. Kept in memory by {@link InMemorySignInThrottle}; a store shared by the nodes of a cluster implements the same.
 * A username is counted whether or not such an account exists, so a lock tells nobody which names are real.
 */
public interface SignInThrottle {

    /** How much longer sign-ins as this username or from this address are refused; empty when they are not. */
    Optional<Duration> refusal(String username, String address);

    /** Counts a wrong password; the locks this failure starts (none, the username's, the address's or both). */
    List<SignInLock> failed(String username, String address);

    /** The right password: the username's count starts again. How many wrong passwords it had counted. */
    int succeeded(String username);

    /** Ends the lock and count of a username before their time; whether it was locked. */
    boolean unlockUsername(String username);

    /** Ends the lock and count of a client address before their time; whether it was locked. */
    boolean unlockAddress(String address);

    /** The locks in force now, the longest first, at most {@code limit}. */
    List<SignInLock> locks(int limit);
}
