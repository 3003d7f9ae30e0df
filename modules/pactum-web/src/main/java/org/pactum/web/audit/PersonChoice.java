package org.pactum.web.audit;

/** One person the audit trail can be filtered by: the login the trail records, shown by the name people know. */
public record PersonChoice(String login, String name) {
}
