package org.pactum.web.json;

import java.time.Instant;
import java.util.Map;

import org.pactum.domain.agreement.Revision;

/**
 * One revision of an agreement.
 *
 * @param intact  whether the stored content still has the hash recorded when it was saved
 * @param fields  the agreement's fields by value then, flat ({@code title.kk}, {@code parties[1].organization.ru});
 *                only when one revision is read
 * @param wording the wording then, placeholders unfilled; only when one revision is read
 */
public record RevisionJson(int number, String contentHash, boolean intact, String author, Instant savedAt,
                           long agreementVersion, Map<String, String> fields, WordingJson wording) {

    public static RevisionJson summary(Revision revision) {
        return new RevisionJson(revision.number(), revision.contentHash(), revision.isIntact(), revision.author(),
                revision.savedAt(), revision.agreementVersion(), null, null);
    }

    public static RevisionJson full(Revision revision) {
        return new RevisionJson(revision.number(), revision.contentHash(), revision.isIntact(), revision.author(),
                revision.savedAt(), revision.agreementVersion(), revision.fields(), WordingJson.of(revision.wording()));
    }
}
