package org.pactum.web.security;

import org.pactum.domain.user.Role;

/** Role names as compile-time constants for {@code @RolesAllowed}; they equal {@link Role} names (checked by a test). */
public final class Roles {

    public static final String DRAFTER = "DRAFTER";
    public static final String APPROVER = "APPROVER";
    public static final String SIGNER = "SIGNER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
