package org.pactum.drafting.entity;

import java.time.Instant;

import org.pactum.domain.agreement.Revision;

/** Which revision one side of a comparison is, and who saved it when. */
public record ComparedRevision(int number, String author, Instant savedAt, String contentHash) {

    public static ComparedRevision of(Revision revision) {
        return new ComparedRevision(revision.number(), revision.author(), revision.savedAt(), revision.contentHash());
    }
}
