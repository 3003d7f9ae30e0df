package org.pactum.web.routing;

import static org.pactum.web.security.Roles.ADMIN;
import static org.pactum.web.security.Roles.APPROVER;
import static org.pactum.web.security.Roles.AUDITOR;
import static org.pactum.web.security.Roles.DRAFTER;
import static org.pactum.web.security.Roles.SIGNER;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.domain.language.Language;
import org.pactum.domain.notification.Notification;
import org.pactum.routing.boundary.AccountProfiles;
import org.pactum.routing.boundary.NotificationBox;

/** The caller's own notifications: tasks waiting, reminders, escalations, how their agreements' routes ended. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approval")
public class NotificationsResource {

    @Inject
    NotificationBox box;

    @Inject
    AccountProfiles profiles;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "The caller's notifications, newest first (at most 200), worded in the Accept-Language "
            + "(ru, kk or en), else in the caller's profile language, else Russian")
    public List<NotificationJson> mine(@QueryParam("unread") boolean unreadOnly) {
        Language language = language();
        return box.of(caller(), unreadOnly).stream().map(notification -> json(notification, language)).toList();
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({DRAFTER, APPROVER, SIGNER, AUDITOR, ADMIN})
    @Operation(summary = "Mark one of the caller's notifications read (again: no change)")
    public NotificationJson read(@PathParam("id") long id) {
        return json(box.markRead(id, caller()), language());
    }

    private NotificationJson json(Notification notification, Language language) {
        return NotificationJson.of(notification, box.textOf(notification, language));
    }

    /** The language the caller asks for, else the one on their profile (as their mail), else Russian. */
    private Language language() {
        for (Locale locale : headers.getAcceptableLanguages()) {
            var known = Language.fromCode(locale.getLanguage());
            if (known.isPresent()) {
                return known.get();
            }
        }
        return Optional.ofNullable(profiles.get(caller()).language()).orElse(Language.RU);
    }

    private String caller() {
        return security.getUserPrincipal().getName();
    }
}
