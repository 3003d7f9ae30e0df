package org.pactum.domain.comment;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.audit.AuditAction;

/** Published inside the transaction that added a comment or resolved or reopened its thread, for the audit trail. */
public record CommentRecorded(AuditAction action, Comment comment, Agreement agreement, String actor) {
}
