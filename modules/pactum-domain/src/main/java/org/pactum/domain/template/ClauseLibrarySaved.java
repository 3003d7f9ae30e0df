package org.pactum.domain.template;

/** Published inside the transaction that saved a new version of the clause library, for the audit trail. */
public record ClauseLibrarySaved(ClauseLibrary saved, String contentHash) {
}
