package org.pactum.persistence;

import java.time.ZoneOffset;
import java.util.List;

import org.pactum.domain.agreement.Revision;

/**
 * Revisions as rows of agreement_revision, in portable SQL with positional parameters: run as native queries by
 * {@link JpaRevisions}, and over plain JDBC by the tests.
 */
final class RevisionRows {

    private static final String COLUMNS = "agreement_id, revision_number, content, content_hash, author, saved_at, agreement_version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM agreement_revision WHERE agreement_id = ?";

    static final String INSERT = "INSERT INTO agreement_revision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** Parameters: agreement id. */
    static final String OF_AGREEMENT = SELECT + " ORDER BY revision_number";
    /** Parameters: agreement id, revision number. */
    static final String ONE = SELECT + " AND revision_number = ?";
    /** Parameters: agreement id, revision number. */
    static final String EXISTS = "SELECT 1 FROM agreement_revision WHERE agreement_id = ? AND revision_number = ?";
    /** Parameters: agreement id, agreement version. */
    static final String AS_OF = SELECT + " AND agreement_version <= ? ORDER BY revision_number DESC FETCH FIRST 1 ROWS ONLY";

    private RevisionRows() {
    }

    /** The values for {@link #INSERT}, in order. */
    static List<Object> values(Revision revision) {
        return List.of(revision.agreementId(), revision.number(), revision.canonical(), revision.contentHash(),
                revision.author(), revision.savedAt().atOffset(ZoneOffset.UTC), revision.agreementVersion());
    }

    /**
     * The revision a row holds, exactly as stored: its hash is the one recorded when it was saved, not one computed
     * now, so {@link Revision#isIntact()} tells whether the content still matches it.
     *
     * @throws IllegalStateException if the content is not the canonical JSON of a revision. A revision read from it
     *                               would re-encode to other text than the stored one, and its {@code isIntact()}
     *                               would then judge that other text instead of what the database holds.
     */
    static Revision revision(NativeRow row) {
        long agreementId = row.number(0);
        int number = (int) row.number(1);
        String content = row.text(2);
        RevisionContent said;
        try {
            said = RevisionContent.read(content);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(unreadable(agreementId, number) + e.getMessage(), e);
        }
        Revision revision = new Revision(agreementId, number, said.fields(), said.wording(), row.text(3), row.text(4),
                row.instant(5), row.number(6));
        if (!revision.canonical().equals(content)) {
            throw new IllegalStateException(unreadable(agreementId, number) + "its content is not in canonical form");
        }
        return revision;
    }

    private static String unreadable(long agreementId, int number) {
        return "revision " + number + " of agreement " + agreementId + " was changed outside Pactum or is damaged: ";
    }
}
