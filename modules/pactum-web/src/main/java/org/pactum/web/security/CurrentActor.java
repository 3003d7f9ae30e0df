package org.pactum.web.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.pactum.domain.user.Actor;
import org.pactum.domain.user.Role;

/**
 * Hands the capabilities the acting user as a domain value, so none of them needs the Servlet API. Lives as long as
 * the request: outside one there is nobody to produce, and the consumer hears so (ContextNotActiveException).
 */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    /**
     * Asked afresh on every use: a request may sign in on its way. The servlet request answers the role question
     * directly; Jakarta Security's SecurityContext would go through JACC for the same answer.
     */
    @Produces
    Actor actor() {
        try {
            Principal user = request.getUserPrincipal();
            return new Actor(user == null ? null : user.getName(),
                    Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name())).collect(Collectors.toSet()),
                    request.getRemoteAddr());
        } catch (IllegalStateException noServletRequest) {
            // A request context without an HTTP request, e.g. a timer's.
            return Actor.NOBODY;
        }
    }
}
