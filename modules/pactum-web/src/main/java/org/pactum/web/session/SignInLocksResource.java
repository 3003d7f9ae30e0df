package org.pactum.web.session;

import static org.pactum.web.security.Roles.ADMIN;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.user.Actor;
import org.pactum.domain.user.SignInLocked;
import org.pactum.domain.user.SignInUnlocked;
import org.pactum.web.security.SignInLock;
import org.pactum.web.security.SignInThrottle;

/**
 * Sign-in locks for administrators: which usernames and addresses are locked after too many wrong passwords, and
 * ending a lock before its time (audited as {@code user.sign-in-unlocked}). This server's locks only.
 */
@Path("sign-in-locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in locks", description = "Usernames and addresses locked after too many wrong passwords")
public class SignInLocksResource {

    /** The most locks one answer lists. */
    static final int LISTED = 500;

    /**
     * @param scope   {@code ACCOUNT} (a username, whether or not such an account exists) or {@code ADDRESS}
     * @param subject the username or the client address
     */
    public record SignInLockJson(SignInLocked.Scope scope, String subject, int failures, Instant until) {

        static SignInLockJson of(SignInLock lock) {
            return new SignInLockJson(lock.scope(), lock.subject(), lock.failures(), lock.until());
        }
    }

    @Inject
    SignInThrottle throttle;

    @Inject
    Actor actor;

    @Inject
    Event<SignInUnlocked> unlocks;

    private final Clock clock = Clock.systemUTC();

    @GET
    @RolesAllowed(ADMIN)
    @Operation(summary = "The sign-in locks in force, the longest first (at most 500)")
    public List<SignInLockJson> locks() {
        return throttle.locks(LISTED).stream().map(SignInLockJson::of).toList();
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "End the sign-in lock of a username and forget its wrong passwords; audited as "
            + "user.sign-in-unlocked")
    public Response unlockUsername(@PathParam("username") String username) {
        boolean wasLocked = throttle.unlockUsername(username);
        unlocks.fire(new SignInUnlocked(SignInLocked.Scope.ACCOUNT, username, wasLocked, actor.username(),
                clock.instant()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("addresses/{address}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "End the sign-in lock of a client address and forget its wrong passwords; audited as "
            + "user.sign-in-unlocked")
    public Response unlockAddress(@PathParam("address") String address) {
        boolean wasLocked = throttle.unlockAddress(address);
        unlocks.fire(new SignInUnlocked(SignInLocked.Scope.ADDRESS, address, wasLocked, actor.username(),
                clock.instant()));
        return Response.noContent().build();
    }
}
