package org.pactum.web.users;

import static org.pactum.web.security.Roles.ADMIN;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.user.UserAccount;
import org.pactum.web.json.ExpectedVersion;
import org.pactum.web.problem.Problem;
import org.pactum.web.security.HashingBusyException;
import org.pactum.web.security.SignInProblems;
import org.pactum.web.security.directory.DirectoryUnavailableException;

/** User accounts, for administrators only. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
@Tag(name = "Users", description = "User accounts, their roles and the parties signers sign for; administrators only")
public class UsersResource {

    @Inject
    UserAdministration administration;

    @Inject
    SigningParties signingParties;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed(ADMIN)
    @Operation(summary = "Every user account, by username")
    public List<UserJson> all() {
        return administration.all().stream().map(this::json).toList();
    }

    @GET
    @Path("{username}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "One user account, with its version as ETag")
    public Response get(@PathParam("username") String username) {
        return tagged(Response.ok(), administration.get(username));
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Create an account with an initial password (production: 12 characters or more, not the "
            + "username, not a common password): 201; 409 duplicate when the username is taken; with directory sign-in "
            + "on, 409 name-in-directory when the directory knows the username (a local account would shut that person "
            + "out) and 503 directory-unavailable when the directory could not be asked; audited as user.created")
    public Response create(@NotNull @Valid NewUserInput input) {
        try {
            UserAccount account = administration.create(input.toAccount(), input.password().toCharArray(), caller());
            return tagged(Response.created(uri.getAbsolutePathBuilder().path(account.username()).build()), account);
        } catch (HashingBusyException busy) {
            return busy();
        } catch (DirectoryUnavailableException down) {
            return unavailable(SignInProblems.directoryUnavailableForName(), SignInProblems.DIRECTORY_RETRY_SECONDS);
        }
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Change the display name, e-mail address, language and roles at once; needs the version "
            + "(body or If-Match); 422 naming roles when it would leave no active administrator or take ADMIN from "
            + "the caller; 409 managed-by-directory when it would rename an account the directory keeps or change its "
            + "roles (the directory gives both at every sign-in); audited as user.changed")
    public Response change(@PathParam("username") String username, @NotNull @Valid UserInput input,
                           @HeaderParam("If-Match") String ifMatch) {
        UserAccount account = administration.change(username, input.toDetails(),
                ExpectedVersion.of(input.version(), ifMatch), caller());
        return tagged(Response.ok(), account);
    }

    @PUT
    @Path("{username}/active")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Deactivate (false) or reactivate (true) an account; a deactivated one cannot sign in and its "
            + "sessions end; 422 naming active for the caller's own account or the last active administrator; "
            + "audited as user.deactivated or user.reactivated")
    public Response activate(@PathParam("username") String username, @NotNull @Valid ActiveInput input) {
        UserAccount account = input.active() ? administration.reactivate(username, caller())
                : administration.deactivate(username, caller());
        return tagged(Response.ok(), account);
    }

    @PUT
    @Path("{username}/password")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Set a temporary password: 204; the old one and every session of the user stop at once; 422 "
            + "naming password when it breaks a rule; 409 managed-by-directory for an account the directory keeps, "
            + "whose password the directory checks; audited as user.password-reset")
    public Response resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordInput input) {
        try {
            administration.resetPassword(username, input.password().toCharArray(), caller());
        } catch (HashingBusyException busy) {
            return busy();
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}/sign-in-lock")
    @RolesAllowed(ADMIN)
    @Operation(summary = "End the user's sign-in lock after too many wrong passwords: 204 (also when there was none); "
            + "audited as user.sign-in-unlocked")
    public Response unlock(@PathParam("username") String username) {
        administration.unlock(username, caller());
        return Response.noContent().build();
    }

    @GET
    @Path("{username}/parties")
    @RolesAllowed(ADMIN)
    @Operation(summary = "The ids of the parties the user signs for")
    public List<Long> parties(@PathParam("username") String username) {
        administration.get(username);
        return signingParties.of(username);
    }

    @PUT
    @Path("{username}/parties")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Name the parties (by id) the user signs for, replacing the list; the user needs the SIGNER "
            + "role; audited as user.signing-parties-named")
    public List<Long> nameParties(@PathParam("username") String username, @NotNull List<Long> partyIds) {
        return signingParties.name(username, partyIds, caller());
    }

    private Response tagged(Response.ResponseBuilder response, UserAccount account) {
        return response.tag(ExpectedVersion.tag(account.version())).entity(json(account)).build();
    }

    private UserJson json(UserAccount account) {
        return UserJson.of(account, administration.isSignInLocked(account.username()),
                signingParties.of(account.username()));
    }

    private Response busy() {
        return unavailable(SignInProblems.busy(), SignInProblems.BUSY_RETRY_SECONDS);
    }

    private Response unavailable(Problem problem, long retryAfterSeconds) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .header("Retry-After", retryAfterSeconds).entity(problem.at(request.getRequestURI())).build();
    }

    private String caller() {
        return request.getUserPrincipal().getName();
    }
}
