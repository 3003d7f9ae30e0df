package org.pactum.domain.signature;

/**
 * Fired when an administrator gives an official a server-held key, replaces it or takes it away ({@code kind} null),
 * inside that transaction, for the audit trail.
 */
public record ServerHeldKeySet(String username, ServerHeldKey.Kind kind, String actor) {
}
