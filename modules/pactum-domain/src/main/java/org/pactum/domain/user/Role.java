package org.pactum.domain.user;

/** What a user may do. The names are also the security role and group names. */
public enum Role {
    /** Administration staff who draft agreements. */
    DRAFTER,
    /** Officials on an approval route: legal department, deputy head, head. */
    APPROVER,
    /** Heads of the parties who sign. */
    SIGNER,
    /** Read everything, verify signatures and the audit trail; change nothing. */
    AUDITOR,
    /** Manage users, regions, parties and templates. */
    ADMIN
}
