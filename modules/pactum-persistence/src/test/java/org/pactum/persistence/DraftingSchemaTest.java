package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.Revision;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.text.Wording;
import org.pactum.fixtures.Wordings;

/**
 * The drafting tables with the real migrations on H2 and PostgreSQL, driven with the same SQL the JPA adapters run as native
 * queries: what is stored reads back equal, a second row under the same key is refused rather than overwriting the
 * first, and saved revisions and template versions cannot be changed or deleted by anyone.
 */
@ParameterizedClass
@EnumSource(Database.class)
class DraftingSchemaTest {

    @Parameter
    Database database;

    private static final long AGREEMENT = 51;
    private static final String DUPLICATE_KEY = "23505";

    private Connection connection;

    @BeforeEach
    void migrate() throws SQLException {
        connection = database.migrated("drafting").getConnection();
        execute("INSERT INTO agreement (id, number, kind, term_years, term_auto_renewal, status, created_by, created_at,"
                + " updated_by, updated_at, version) VALUES (" + AGREEMENT + ", 'PA-2026-00001', 'COOPERATION_AGREEMENT', 5, TRUE,"
                + " 'DRAFT', 'drafter', CURRENT_TIMESTAMP, 'drafter', CURRENT_TIMESTAMP, 0)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void an_agreement_stored_before_drafting_existed_is_at_revision_one_without_wording_or_template() throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(
                "SELECT revision, wording, template_ref FROM agreement WHERE id = " + AGREEMENT)) {
            assertTrue(row.next());
            assertEquals(1, row.getInt(1));
            assertNull(row.getString(2));
            assertNull(row.getString(3));
        }
    }

    @Test
    void revisions_read_back_equal_oldest_first() throws SQLException {
        List<Revision> saved = List.of(Wordings.revision(AGREEMENT, 1, 1), Wordings.revision(AGREEMENT, 2, 3));
        for (Revision revision : saved) {
            insert(RevisionRows.INSERT, RevisionRows.values(revision));
        }

        assertEquals(saved, revisions(RevisionRows.OF_AGREEMENT, AGREEMENT));
        assertEquals(List.of(saved.get(1)), revisions(RevisionRows.ONE, AGREEMENT, 2));
        assertTrue(revisions(RevisionRows.OF_AGREEMENT, 52L).isEmpty());
        assertTrue(revisions(RevisionRows.ONE, AGREEMENT, 3).isEmpty());
        assertTrue(revisions(RevisionRows.OF_AGREEMENT, AGREEMENT).stream().allMatch(Revision::isIntact));
    }

    @Test
    void as_of_a_version_gives_the_latest_revision_saved_at_or_before_it() throws SQLException {
        for (Revision revision : List.of(Wordings.revision(AGREEMENT, 1, 1), Wordings.revision(AGREEMENT, 2, 4),
                Wordings.revision(AGREEMENT, 3, 6))) {
            insert(RevisionRows.INSERT, RevisionRows.values(revision));
        }

        assertTrue(revisions(RevisionRows.AS_OF, AGREEMENT, 0L).isEmpty());
        assertEquals(List.of(1), numbers(revisions(RevisionRows.AS_OF, AGREEMENT, 3L)));
        assertEquals(List.of(2), numbers(revisions(RevisionRows.AS_OF, AGREEMENT, 4L)));
        assertEquals(List.of(3), numbers(revisions(RevisionRows.AS_OF, AGREEMENT, 99L)));
    }

    @Test
    void a_revision_number_the_agreement_has_already_is_refused_not_overwritten() throws SQLException {
        Revision first = Wordings.revision(AGREEMENT, 1, 1);
        insert(RevisionRows.INSERT, RevisionRows.values(first));

        SQLException refused = assertThrows(SQLException.class,
                () -> insert(RevisionRows.INSERT, RevisionRows.values(Wordings.revision(AGREEMENT, 1, 2))));

        assertEquals(DUPLICATE_KEY, refused.getSQLState());
        assertEquals(List.of(first), revisions(RevisionRows.OF_AGREEMENT, AGREEMENT));
        assertTrue(exists(RevisionRows.EXISTS, AGREEMENT, 1));
        assertFalse(exists(RevisionRows.EXISTS, AGREEMENT, 2));
    }

    @Test
    void a_revision_of_an_agreement_that_does_not_exist_is_refused() {
        SQLException refused = assertThrows(SQLException.class,
                () -> insert(RevisionRows.INSERT, RevisionRows.values(Wordings.revision(52, 1, 1))));

        assertEquals(database.referenceMissing(), refused.getSQLState());
    }

    @Test
    void a_saved_revision_cannot_be_changed_or_deleted() throws SQLException {
        Revision saved = Wordings.revision(AGREEMENT, 1, 1);
        insert(RevisionRows.INSERT, RevisionRows.values(saved));

        assertAppendOnly("UPDATE agreement_revision SET content = '{}' WHERE agreement_id = " + AGREEMENT);
        assertAppendOnly("UPDATE agreement_revision SET author = 'someone else'");
        assertAppendOnly("DELETE FROM agreement_revision WHERE agreement_id = " + AGREEMENT);
        assertAppendOnly("DELETE FROM agreement_revision");

        assertEquals(List.of(saved), revisions(RevisionRows.OF_AGREEMENT, AGREEMENT));
    }

    @Test
    void template_versions_read_back_equal_latest_and_oldest_first() throws SQLException {
        TemplateVersion first = template("cooperation-agreement", 1);
        TemplateVersion second = template("cooperation-agreement", 2);
        TemplateVersion memorandum = template("memorandum", 1);
        for (TemplateVersion version : List.of(second, memorandum, first)) {
            insert(TemplateVersionRows.INSERT, TemplateVersionRows.values(version));
        }

        assertEquals(List.of(second, memorandum), templates(TemplateVersionRows.LATEST));
        assertEquals(List.of(second), templates(TemplateVersionRows.LATEST_OF, "cooperation-agreement"));
        assertEquals(List.of(first), templates(TemplateVersionRows.ONE, "cooperation-agreement", 1));
        assertEquals(List.of(first, second), templates(TemplateVersionRows.VERSIONS, "cooperation-agreement"));
        assertTrue(templates(TemplateVersionRows.LATEST_OF, "protocol").isEmpty());
        assertEquals(List.of(Language.RU, Language.KK, Language.EN), first.template().languages());
    }

    @Test
    void a_template_version_stored_already_is_refused_not_overwritten() throws SQLException {
        TemplateVersion first = template("cooperation-agreement", 1);
        insert(TemplateVersionRows.INSERT, TemplateVersionRows.values(first));
        Wording wording = Wordings.omskPavlodar();
        TemplateVersion again = new TemplateVersion(new Template("cooperation-agreement", AgreementKind.MEMORANDUM_OF_COOPERATION,
                1, List.of(Language.RU), wording.kindName(), null, wording.preamble(), wording.clauses(), null),
                "someone else", Instant.now());

        SQLException refused = assertThrows(SQLException.class,
                () -> insert(TemplateVersionRows.INSERT, TemplateVersionRows.values(again)));

        assertEquals(DUPLICATE_KEY, refused.getSQLState());
        assertEquals(List.of(first), templates(TemplateVersionRows.VERSIONS, "cooperation-agreement"));
        assertTrue(exists(TemplateVersionRows.EXISTS, "cooperation-agreement", 1));
    }

    @Test
    void a_saved_template_version_cannot_be_changed_or_deleted() throws SQLException {
        TemplateVersion saved = template("cooperation-agreement", 1);
        insert(TemplateVersionRows.INSERT, TemplateVersionRows.values(saved));

        assertAppendOnly("UPDATE template_version SET wording = '{}'");
        assertAppendOnly("UPDATE template_version SET version = 2 WHERE template_id = 'cooperation-agreement'");
        assertAppendOnly("DELETE FROM template_version");

        assertEquals(List.of(saved), templates(TemplateVersionRows.VERSIONS, "cooperation-agreement"));
    }

    @Test
    void clause_library_versions_read_back_equal_and_cannot_be_changed() throws SQLException {
        Wording wording = Wordings.omskPavlodar();
        ClauseLibrary first = new ClauseLibrary(1, List.of(Language.RU, Language.KK), wording.clauses(), "pactum", Wordings.SAVED_AT);
        ClauseLibrary second = first.next(List.of(Language.RU, Language.KK, Language.EN), wording.clauses().subList(0, 1), "admin",
                Wordings.SAVED_AT.plusSeconds(60));
        insert(ClauseLibraryRows.INSERT, ClauseLibraryRows.values(first));
        insert(ClauseLibraryRows.INSERT, ClauseLibraryRows.values(second));

        assertEquals(List.of(second), libraries(ClauseLibraryRows.LATEST));
        assertEquals(List.of(first), libraries(ClauseLibraryRows.ONE, 1));
        assertEquals(List.of(first, second), libraries(ClauseLibraryRows.VERSIONS));
        assertEquals(DUPLICATE_KEY, assertThrows(SQLException.class,
                () -> insert(ClauseLibraryRows.INSERT, ClauseLibraryRows.values(first))).getSQLState());
        assertAppendOnly("UPDATE clause_library_version SET clauses = '{}'");
        assertAppendOnly("DELETE FROM clause_library_version");
    }

    @Test
    void comments_take_ids_in_blocks_of_fifty_and_a_reply_must_answer_a_stored_comment() throws SQLException {
        assertEquals(50, number(database.nextValue("comment_seq")));
        assertEquals(100, number(database.nextValue("comment_seq")));
        String insert = "INSERT INTO agreement_comment (id, agreement_id, revision_number, clause_key, thread_id, author, body,"
                + " created_at, resolved, version) VALUES (?, ?, 1, 'subject', ?, 'reviewer', ?, CURRENT_TIMESTAMP, FALSE, 1)";
        insert(insert, Arrays.asList(50L, AGREEMENT, null, "Уточнить срок: «пять лет»?"));
        insert(insert, List.of(51L, AGREEMENT, 50L, "Согласен."));

        SQLException refused = assertThrows(SQLException.class, () -> insert(insert, List.of(52L, AGREEMENT, 49L, "?")));

        assertEquals(database.referenceMissing(), refused.getSQLState());
        assertEquals(2, number("SELECT COUNT(*) FROM agreement_comment WHERE agreement_id = ?", AGREEMENT));
    }

    private void assertAppendOnly(String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> execute(sql), sql);
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }

    private static TemplateVersion template(String id, int version) {
        Wording wording = Wordings.omskPavlodar();
        return new TemplateVersion(new Template(id, AgreementKind.COOPERATION_AGREEMENT, version,
                List.of(Language.RU, Language.KK, Language.EN), wording.kindName(), wording.placeAndDate(), wording.preamble(),
                wording.clauses(), wording.equallyAuthentic()), "admin", Wordings.SAVED_AT.plusSeconds(version));
    }

    private static List<Integer> numbers(List<Revision> revisions) {
        return revisions.stream().map(Revision::number).toList();
    }

    private List<Revision> revisions(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(RevisionRows::revision).toList();
    }

    private List<ClauseLibrary> libraries(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(ClauseLibraryRows::library).toList();
    }

    private List<TemplateVersion> templates(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).stream().map(TemplateVersionRows::templateVersion).toList();
    }

    /** Reads rows as JPA hands a native query's rows over: one array of column values each. */
    private List<NativeRow> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = prepare(sql, List.of(parameters)); ResultSet result = select.executeQuery()) {
            List<NativeRow> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(new NativeRow(row));
            }
            return rows;
        }
    }

    private boolean exists(String sql, Object... parameters) throws SQLException {
        return !rows(sql, parameters).isEmpty();
    }

    /** The single number a query selects. */
    private long number(String sql, Object... parameters) throws SQLException {
        return rows(sql, parameters).get(0).number(0);
    }

    private void insert(String sql, List<Object> values) throws SQLException {
        try (PreparedStatement insert = prepare(sql, values)) {
            insert.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
