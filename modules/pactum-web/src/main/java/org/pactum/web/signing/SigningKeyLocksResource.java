package org.pactum.web.signing;

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
import org.pactum.domain.signature.SigningKeyUnlocked;
import org.pactum.domain.user.Actor;
import org.pactum.web.security.SigningKeyLock;
import org.pactum.web.security.SigningKeyThrottle;

/**
 * Locks on server-held signing keys for administrators: whose key is locked after too many wrong PINs, and ending a
 * lock before its time (audited as {@code user.signing-key-unlocked}). This server's locks only.
 */
@Path("signing-key-locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signing-key locks", description = "Server-held signing keys locked after too many wrong PINs")
public class SigningKeyLocksResource {

    /** The most locks one answer lists. */
    static final int LISTED = 500;

    /** @param username whose key it is */
    public record SigningKeyLockJson(String username, int failures, Instant until) {

        static SigningKeyLockJson of(SigningKeyLock lock) {
            return new SigningKeyLockJson(lock.username(), lock.failures(), lock.until());
        }
    }

    @Inject
    SigningKeyThrottle throttle;

    @Inject
    Actor actor;

    @Inject
    Event<SigningKeyUnlocked> unlocks;

    private final Clock clock = Clock.systemUTC();

    @GET
    @RolesAllowed(ADMIN)
    @Operation(summary = "The signing-key locks in force, the longest first (at most 500)")
    public List<SigningKeyLockJson> locks() {
        return throttle.locks(LISTED).stream().map(SigningKeyLockJson::of).toList();
    }

    @DELETE
    @Path("{username}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "End the lock on a user's server-held signing key and forget its wrong PINs; audited as "
            + "user.signing-key-unlocked")
    public Response unlock(@PathParam("username") String username) {
        boolean wasLocked = throttle.unlock(username);
        unlocks.fire(new SigningKeyUnlocked(username, wasLocked, actor.username(), clock.instant()));
        return Response.noContent().build();
    }
}
