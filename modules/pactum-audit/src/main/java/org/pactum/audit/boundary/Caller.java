package org.pactum.audit.boundary;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.pactum.domain.user.Role;

/** Who is acting and from where, when there is an HTTP request; nothing at start-up or in background jobs. */
@ApplicationScoped
public class Caller {

    @Inject
    Instance<HttpServletRequest> request;

    public Set<String> roles() {
        try {
            HttpServletRequest current = request.get();
            return Arrays.stream(Role.values()).map(Enum::name).filter(current::isUserInRole).collect(Collectors.toSet());
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Set.of();
        }
    }

    public String address() {
        try {
            return request.get().getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
