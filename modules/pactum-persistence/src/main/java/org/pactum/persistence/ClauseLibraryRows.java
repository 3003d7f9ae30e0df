package org.pactum.persistence;

import java.time.ZoneOffset;
import java.util.List;

import org.pactum.domain.language.Language;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Wording;

/**
 * Clause library versions as rows of clause_library_version, the articles as a wording JSON document with only
 * clauses. Portable SQL with positional parameters, run by {@link JpaClauseLibraries} and over JDBC by the tests.
 */
final class ClauseLibraryRows {

    private static final String COLUMNS = "version, languages, clauses, saved_by, saved_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM clause_library_version";

    static final String INSERT = "INSERT INTO clause_library_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";
    static final String LATEST = SELECT + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY";
    /** Parameters: version. */
    static final String ONE = SELECT + " WHERE version = ?";
    /** Parameters: version. */
    static final String EXISTS = "SELECT 1 FROM clause_library_version WHERE version = ?";
    static final String VERSIONS = SELECT + " ORDER BY version";

    private ClauseLibraryRows() {
    }

    static List<Object> values(ClauseLibrary library) {
        String languages = LanguagesColumn.write(library.languages());
        Wording clauses = new Wording(null, null, null, new AgreementText(library.clauses()), null);
        return List.of(library.version(), languages, WordingJson.write(clauses), library.savedBy(),
                library.savedAt().atOffset(ZoneOffset.UTC));
    }

    static ClauseLibrary library(NativeRow row) {
        int version = (int) row.number(0);
        List<Language> languages = LanguagesColumn.read(row.text(1), "clause library " + version);
        try {
            return new ClauseLibrary(version, languages, WordingJson.read(row.text(2)).clauses(), row.text(3), row.instant(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the clauses of library version " + version + " are unreadable: " + e.getMessage(), e);
        }
    }
}
