package org.pactum.domain.agreement;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.text.Wording;

/**
 * One saved state of an agreement's content and wording, never changed afterwards: what comments point at, what two
 * negotiators compare, and what an approval will be bound to.
 *
 * @param number           1 for the first draft, then one more per saved change
 * @param fields           the agreement's fields by value; see {@link AgreementFingerprint#fields}
 * @param contentHash      SHA-256 of {@link #canonical()}, hex
 * @param agreementVersion the agreement's optimistic-locking version right after this revision was saved, so an
 *                         editor holding that version can be told which revision they were looking at
 */
public record Revision(long agreementId, int number, SortedMap<String, String> fields, Wording wording,
                       String contentHash, String author, Instant savedAt, long agreementVersion) {

    public Revision {
        if (number < 1) {
            throw new IllegalArgumentException("revisions are numbered from 1, not " + number);
        }
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** The agreement's current revision, as just written (its version already final). */
    public static Revision of(Agreement agreement) {
        return new Revision(agreement.id(), agreement.revision(), AgreementFingerprint.fields(agreement),
                agreement.wording(), AgreementFingerprint.of(agreement), agreement.updatedBy(), agreement.updatedAt(),
                agreement.version());
    }

    /** The RFC 8785 JSON the content hash is taken over; stored as it is, so it can be re-hashed any time. */
    public String canonical() {
        return AgreementFingerprint.canonical(fields, wording);
    }

    /** Whether the stored content still has the hash recorded when it was saved. */
    public boolean isIntact() {
        return Sha256.hex(canonical()).equals(contentHash);
    }
}
