package org.pactum.web.security;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.pactum.domain.user.SignInAttempt;
import org.pactum.domain.user.SignInLocked;

/**
 * Publishes what the audit trail keeps of a sign-in attempt: a sign-in whose password was hashed (on the login page
 * every sign-in), and each lock it started. A wrong password alone is only counted, by the throttle.
 */
@ApplicationScoped
public class SignInAnnouncements {

    @Inject
    Event<SignInAttempt> signIns;

    @Inject
    Event<SignInLocked> locks;

    private final Clock clock = Clock.systemUTC();

    public void announce(String username, SignInOutcome outcome, SignInAttempt.Channel channel, String address) {
        boolean signIn = outcome.kind() == SignInOutcome.Kind.VERIFIED
                || outcome.kind() == SignInOutcome.Kind.CACHED && channel == SignInAttempt.Channel.WEB;
        if (signIn) {
            signIns.fire(new SignInAttempt(username, true, channel, address, clock.instant(), outcome.failuresBefore()));
        }
        announceLocks(username, outcome, channel, address);
    }

    /** A sign-in on the pages that an OpenID Connect provider's ID token vouched for. */
    public void announceOpenId(String username, String address) {
        signIns.fire(new SignInAttempt(username, true, SignInAttempt.Channel.WEB, address, clock.instant(), 0,
                SignInAttempt.Method.OPENID_CONNECT));
    }

    /** Only the locks an attempt started: for a password checked to confirm an act, which is no sign-in. */
    public void announceLocks(String username, SignInOutcome outcome, SignInAttempt.Channel channel, String address) {
        for (SignInLock lock : outcome.locksStarted()) {
            locks.fire(new SignInLocked(lock.scope(), username, address, lock.failures(), lock.lockedFor(), channel,
                    clock.instant()));
        }
    }
}
