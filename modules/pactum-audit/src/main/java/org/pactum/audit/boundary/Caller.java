package org.pactum.audit.boundary;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.pactum.domain.user.Actor;

/**
 * Who is acting and from where, when there is a request; nothing at start-up or in background jobs. The web layer
 * produces the {@link Actor}, so the audit trail knows nothing of HTTP.
 */
@ApplicationScoped
public class Caller {

    @Inject
    Instance<Actor> actor;

    public Set<String> roles() {
        return current().roleNames();
    }

    public String address() {
        return current().address();
    }

    private Actor current() {
        if (!actor.isResolvable()) {
            return Actor.NOBODY;
        }
        try {
            return actor.get();
        } catch (ContextNotActiveException noRequest) {
            return Actor.NOBODY;
        }
    }
}
