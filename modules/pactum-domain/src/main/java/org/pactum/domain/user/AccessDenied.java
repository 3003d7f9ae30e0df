package org.pactum.domain.user;

import java.time.Instant;

/** A signed-in user asked for something their roles do not allow; published for the audit trail. */
public record AccessDenied(String username, String method, String resource, String clientAddress, Instant at) {
}
