package org.pactum.web.account;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.routing.boundary.AccountProfiles;

/** The caller's own profile: the address notifications are mailed to and the language they are written in. */
@Path("me/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class ProfileResource {

    @Inject
    AccountProfiles profiles;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The caller's e-mail address and notification language")
    public ProfileJson mine() {
        return ProfileJson.of(profiles.get(caller()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Set the caller's e-mail address (null or empty: none) and notification language (ru, kk, en; "
            + "null: the installation's); audited as user.contact-changed")
    public ProfileJson change(@NotNull ProfileJson input) {
        Language language = null;
        if (input.language() != null && !input.language().isBlank()) {
            language = Language.fromCode(input.language()).orElseThrow(() -> new InvalidInputException("language",
                    Rule.UNKNOWN, "is not a language; use ru, kk or en"));
        }
        return ProfileJson.of(profiles.change(caller(), input.email(), language));
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
