package org.pactum.web.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import org.pactum.domain.user.AccessDenied;
import org.pactum.web.problem.Problem;
import org.pactum.web.problem.ProblemResponses;

/**
 * Enforces the roles each resource method declares, answering 401 or 403 as problem+json and publishing every
 * denial for the audit trail. A method that declares nothing is refused to everyone: forgetting is not permitting.
 */
@Provider
@ApplicationScoped
public class RolesAllowedCheck implements DynamicFeature {

    @Inject
    Event<AccessDenied> denials;

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new Check(rolesOf(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass()), denials,
                isFrameworks(resourceInfo.getResourceClass())));
    }

    /**
     * The answers Jersey adds to every resource by itself (OPTIONS, the WADL) declare no roles. OPTIONS only lists the
     * methods an address takes, which is no secret for anyone signed in; the rest stays refused.
     */
    static boolean isFrameworks(Class<?> resource) {
        return resource != null && resource.getName().startsWith("org.glassfish.jersey.");
    }

    /** The roles allowed to call the method; null for everyone signed in. */
    public static List<String> rolesOf(Method method, Class<?> resource) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return Arrays.asList(method.getAnnotation(RolesAllowed.class).value());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (resource.isAnnotationPresent(RolesAllowed.class)) {
            return Arrays.asList(resource.getAnnotation(RolesAllowed.class).value());
        }
        if (resource.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        return List.of();
    }

    /**
     * Just before the usual authorization priority: Payara also registers Jersey's own roles filter at exactly
     * AUTHORIZATION, and between equal priorities the order is left to chance. Ours must decide first, so that every
     * denial is published for the audit trail and answered with our problem type.
     */
    @Priority(Priorities.AUTHORIZATION - 100)
    static final class Check implements ContainerRequestFilter {

        private final List<String> roles;
        private final Event<AccessDenied> denials;
        private final boolean frameworks;

        @Context
        HttpServletRequest servletRequest;

        Check(List<String> roles, Event<AccessDenied> denials, boolean frameworks) {
            this.roles = roles;
            this.denials = denials;
            this.frameworks = frameworks;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(ProblemResponses.of(Problem.of("unauthenticated", "Authentication required", 401,
                        "This API needs HTTP Basic credentials."), request));
                return;
            }
            if (roles == null || roles.stream().anyMatch(security::isUserInRole)
                    || frameworks && "OPTIONS".equals(request.getMethod())) {
                return;
            }
            String user = security.getUserPrincipal().getName();
            denials.fire(new AccessDenied(user, request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(),
                    servletRequest == null ? null : servletRequest.getRemoteAddr(), java.time.Instant.now()));
            request.abortWith(ProblemResponses.of(Problem.of("forbidden", "Not allowed", 403,
                    "This needs one of the roles " + roles + "."), request));
        }
    }

}
