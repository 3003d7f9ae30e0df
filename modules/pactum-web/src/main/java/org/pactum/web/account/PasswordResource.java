package org.pactum.web.account;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.user.SignInAttempt;
import org.pactum.web.problem.Problem;
import org.pactum.web.security.HashingBusyException;
import org.pactum.web.security.SignInLockedException;
import org.pactum.web.security.SignInProblems;

/** The caller changes their own password, giving the current one. */
@Path("me/password")
@RequestScoped
@Tag(name = "Me")
public class PasswordResource {

    @Inject
    Passwords passwords;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Change the caller's password: 204; 422 naming currentPassword when it is wrong, newPassword "
            + "when it breaks a rule (production: 12 characters or more, not the username, not a common password); 429 "
            + "with Retry-After after too many wrong passwords; 409 managed-by-directory when the directory keeps the "
            + "caller's password; audited as user.password-changed")
    public Response change(@NotNull PasswordChangeJson input) {
        if (input.currentPassword() == null || input.newPassword() == null) {
            throw new InvalidInputException(input.currentPassword() == null ? Passwords.CURRENT : Passwords.NEW,
                    Rule.REQUIRED, "must be given");
        }
        try {
            passwords.change(security.getUserPrincipal().getName(), input.currentPassword().toCharArray(),
                    input.newPassword().toCharArray(), request.getRemoteAddr(), SignInAttempt.Channel.API);
        } catch (SignInLockedException locked) {
            return refused(SignInProblems.locked(locked.outcome()), locked.outcome().retryAfterSeconds());
        } catch (HashingBusyException busy) {
            return refused(SignInProblems.busy(), SignInProblems.BUSY_RETRY_SECONDS);
        }
        return Response.noContent().build();
    }

    private Response refused(Problem problem, long retryAfterSeconds) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfterSeconds)
                .entity(problem.at(request.getRequestURI())).build();
    }
}
