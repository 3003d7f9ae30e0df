package org.pactum.web.signing;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.SigningKeyLockedException;
import org.pactum.domain.signature.SignatureAppearance;
import org.pactum.domain.signature.SigningKeyBusyException;
import org.pactum.domain.signature.SigningKeyLocked;
import org.pactum.domain.signature.WrongPinException;
import org.pactum.domain.user.Actor;
import org.pactum.signing.boundary.Signing;
import org.pactum.web.security.SigningKeyLock;
import org.pactum.web.security.SigningKeyThrottle;

/**
 * Signing with the key the server holds, for the API and the signing page alike, behind the PIN throttle: a locked
 * key is refused unheard (the right PIN too, and without an audit event), a wrong PIN is counted and may start a lock
 * (announced once), the right one starts the count again. Only the signed-in owner of a key can type its PIN.
 */
@ApplicationScoped
public class ServerKeySigning {

    @Inject
    Signing signing;

    @Inject
    SigningKeyThrottle throttle;

    @Inject
    Event<SigningKeyLocked> locks;

    private final Clock clock = Clock.systemUTC();

    /**
     * @throws SigningKeyLockedException while the key is locked, or when this wrong PIN locked it
     * @throws SigningKeyBusyException   while another PIN for the same key is being tried
     */
    public Signature sign(long agreementId, Actor actor, char[] pin, SignatureAppearance appearance) {
        String key = actor.username();
        try {
            Optional<Duration> locked = throttle.refusal(key);
            if (locked.isPresent()) {
                throw new SigningKeyLockedException(locked.get());
            }
            if (!throttle.begin(key)) {
                throw new SigningKeyBusyException();
            }
            try {
                Signature signature = signing.signWithServerKey(agreementId, actor, pin, appearance);
                throttle.succeeded(key);
                return signature;
            } catch (WrongPinException wrong) {
                Optional<SigningKeyLock> started = throttle.failed(key);
                if (started.isEmpty()) {
                    throw wrong;
                }
                SigningKeyLock lock = started.get();
                locks.fire(new SigningKeyLocked(key, lock.failures(), lock.lockedFor(), clock.instant()));
                throw new SigningKeyLockedException(lock.lockedFor());
            } finally {
                throttle.done(key);
            }
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
