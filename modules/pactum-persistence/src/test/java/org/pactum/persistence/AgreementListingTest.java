package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.AgreementSummary;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.TemplateReference;
import org.pactum.domain.language.Language;
import org.pactum.domain.party.Party;
import org.pactum.domain.query.ResultPage;
import org.pactum.fixtures.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The registry's list read by plain SQL, on H2 and on PostgreSQL with the real migrations (on PostgreSQL through the
 * trigram index of V25's stored search text): the same agreements, order, filters and fields the JPA search gives,
 * without the wording.
 */
class AgreementListingTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void lists_newest_change_first_with_everything_a_list_shows(String vendor) throws SQLException {
        ResultPage<AgreementSummary> page = listing(vendor).page(AgreementQuery.all());

        assertEquals(List.of(3L, 2L, 1L), ids(page));
        assertEquals(3, page.total());
        AgreementSummary signed = page.items().get(1);
        assertAll(
                () -> assertEquals("PA-2026-00002", signed.number()),
                () -> assertEquals("СС-2026/017", signed.registration().number()),
                () -> assertEquals(LocalDate.parse("2026-11-20"), signed.registration().date()),
                () -> assertEquals(AgreementKind.COOPERATION_AGREEMENT, signed.kind()),
                () -> assertEquals(AgreementStatus.SIGNED, signed.status()),
                () -> assertEquals(List.of(Language.RU, Language.KK), signed.languages()),
                () -> assertEquals("Соглашение о сотрудничестве в сфере ветеринарии", signed.title().in(Language.RU).orElseThrow()),
                () -> assertEquals(List.of(2L, 1L), signed.parties().stream().map(Party::id).toList()),
                () -> assertEquals("Акимат Павлодарской области", signed.parties().getFirst().organization().in(Language.RU).orElseThrow()),
                () -> assertEquals("KZ-55", signed.parties().getFirst().region().code()),
                () -> assertEquals(Set.of(CooperationArea.CULTURE, CooperationArea.TRADE_AND_ECONOMY), signed.areas()),
                () -> assertEquals(5, signed.term().years()),
                () -> assertEquals(Instant.parse("2026-11-21T10:00:00.123456Z"), signed.updatedAt()),
                () -> assertEquals(7, signed.version()),
                () -> assertEquals(2, signed.revision()),
                () -> assertEquals("b".repeat(64), signed.contentHash(), "the current revision's, not the first one's"),
                () -> assertEquals(new TemplateReference("cooperation-agreement", 2), signed.origin()));
        assertNull(page.items().get(2).contentHash(), "an agreement stored before revisions has no stored hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void search_text_matches_numbers_titles_in_any_language_and_party_names_whatever_the_case(String vendor)
            throws SQLException {
        AgreementListing listing = listing(vendor);

        assertAll(
                () -> assertEquals(List.of(2L), ids(listing.page(text("pa-2026-00002")))),
                () -> assertEquals(List.of(2L), ids(listing.page(text("СС-2026/017")))),
                () -> assertEquals(List.of(2L), ids(listing.page(text("ВЕТЕРИНАР")))),
                () -> assertEquals(List.of(3L, 1L), ids(listing.page(text("туризм")))),
                () -> assertEquals(List.of(1L), ids(listing.page(text("tourism in")))),
                () -> assertEquals(List.of(2L, 1L), ids(listing.page(text("павлодар")))),
                () -> assertEquals(List.of(), ids(listing.page(text("100%")))),
                () -> assertEquals(0, listing.page(text("_")).total(), "an underscore is a character, not a wildcard"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void search_text_never_runs_from_one_text_into_the_next(String vendor) throws SQLException {
        AgreementListing listing = listing(vendor);

        // The stored search text joins number, registration number and titles with an upper-case X (schema V25).
        assertAll(
                () -> assertEquals(List.of(), ids(listing.page(text("00002сс-2026")))),
                () -> assertEquals(List.of(), ids(listing.page(text("00002xсс-2026")))),
                () -> assertEquals(List.of(), ids(listing.page(text("017xсоглашение")))),
                () -> assertEquals(List.of(), ids(listing.page(text("ветеринарииxветеринария")))),
                () -> assertEquals(List.of(), ids(listing.page(text("x")))),
                () -> assertEquals(List.of(2L), ids(listing.page(text("00002")))),
                () -> assertEquals(List.of(2L), ids(listing.page(text("келісім")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void search_text_and_a_party_name_together_count_each_agreement_once(String vendor) throws SQLException {
        AgreementListing listing = listing(vendor);

        // "ст" is in party 1's name (a side of 1, 2 and 3) and in the titles of 2 and 3: each is found twice.
        ResultPage<AgreementSummary> both = listing.page(text("ст"));
        assertEquals(List.of(3L, 2L, 1L), ids(both));
        assertEquals(3, both.total());
        ResultPage<AgreementSummary> signed = listing.page(query(AgreementStatus.SIGNED, null, null, "ст", 0, 20));
        assertEquals(List.of(2L), ids(signed));
        assertEquals(1, signed.total());
        ResultPage<AgreementSummary> secondPage = listing.page(query(null, null, null, "ст", 1, 2));
        assertEquals(List.of(1L), ids(secondPage));
        assertEquals(3, secondPage.total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void filters_combine_and_pages_count_every_match(String vendor) throws SQLException {
        AgreementListing listing = listing(vendor);

        assertAll(
                () -> assertEquals(List.of(3L, 1L), ids(listing.page(query(AgreementStatus.DRAFT, null, null, null, 0, 20)))),
                () -> assertEquals(List.of(2L, 1L), ids(listing.page(query(null, 2L, null, null, 0, 20)))),
                () -> assertEquals(List.of(2L, 1L), ids(listing.page(query(null, null, "KZ-55", null, 0, 20)))),
                () -> assertEquals(List.of(1L), ids(listing.page(query(AgreementStatus.DRAFT, 2L, null, null, 0, 20)))),
                () -> assertEquals(List.of(), ids(listing.page(query(AgreementStatus.SIGNED, null, null, "туризм", 0, 20)))));
        ResultPage<AgreementSummary> second = listing.page(query(null, null, null, null, 1, 2));
        assertEquals(List.of(1L), ids(second));
        assertEquals(3, second.total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_partys_agreements_are_counted_once_each_whatever_the_page(String vendor) throws SQLException {
        AgreementListing listing = listing(vendor);

        ResultPage<AgreementSummary> omsk = listing.page(query(null, 1L, null, null, 1, 2));
        assertEquals(List.of(1L), ids(omsk));
        assertEquals(3, omsk.total());
        assertEquals(2, listing.page(query(null, 2L, null, null, 0, 20)).total());
        assertEquals(0, listing.page(query(null, 99L, null, null, 0, 20)).total(), "a party of no agreement");
        assertEquals(1, listing.page(query(AgreementStatus.DRAFT, 2L, null, null, 0, 20)).total(), "with a status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void search_text_with_u0000_finds_nothing_on_either_database(String vendor) throws SQLException {
        assertEquals(0, listing(vendor).page(text("Омск\0")).total());
    }

    private static AgreementQuery text(String text) {
        return query(null, null, null, text, 0, 20);
    }

    private static AgreementQuery query(AgreementStatus status, Long party, String region, String text, int page, int size) {
        return new AgreementQuery(status, party, region, null, text, page, size);
    }

    private static List<Long> ids(ResultPage<AgreementSummary> page) {
        return page.items().stream().map(AgreementSummary::id).toList();
    }

    /** Three agreements: 1 a draft without revision rows (stored before V5), 2 signed and registered, 3 a new draft. */
    private static AgreementListing listing(String vendor) throws SQLException {
        DataSource database = database(vendor);
        new SchemaMigration(database).migrate();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO region (code, country, name_ru, name_kk, name_en, version) VALUES"
                    + " ('RU-OMS', 'RU', 'Омская область', NULL, 'Omsk Oblast', 0),"
                    + " ('KZ-55', 'KZ', 'Павлодарская область', 'Павлодар облысы', NULL, 3)");
            sql.execute("INSERT INTO party (id, organization_ru, organization_kk, organization_en, region_code, country,"
                    + " signatory_name_ru, signatory_position_ru, version) VALUES"
                    + " (1, 'Правительство Омской области', NULL, 'Government of Omsk Oblast', 'RU-OMS', 'RU', 'Иванов', 'Губернатор', 0),"
                    + " (2, 'Акимат Павлодарской области', 'Павлодар облысының әкімдігі', NULL, 'KZ-55', 'KZ', 'Асанов', 'Аким', 1)");
            String columns = "INSERT INTO agreement (id, number, kind, title_ru, title_kk, title_en, term_starts_on,"
                    + " term_years, term_auto_renewal, status, created_by, created_at, updated_by, updated_at, version,"
                    + " registration_number, registration_date, registration_year, registration_kind, registration_serial,"
                    + " wording, revision, template_ref) VALUES ";
            sql.execute(columns + "(1, 'PA-2026-00001', 'MEMORANDUM_OF_COOPERATION', 'Меморандум о туризме', NULL,"
                    + " 'Memorandum on tourism in the Irtysh valley', NULL, 3, FALSE, 'DRAFT', 'drafter',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', 'drafter', TIMESTAMP WITH TIME ZONE '2026-11-01 09:00:00+00', 1,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL)");
            sql.execute(columns + "(2, 'PA-2026-00002', 'COOPERATION_AGREEMENT', 'Соглашение о сотрудничестве в сфере ветеринарии',"
                    + " 'Ветеринария саласындағы ынтымақтастық туралы келісім', NULL, DATE '2027-01-01', 5, TRUE, 'SIGNED', 'drafter',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00', 'signer', TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00.123456+00', 7,"
                    + " 'СС-2026/017', DATE '2026-11-20', 2026, 'COOPERATION_AGREEMENT', 17, '{\"clauses\":[]}', 2, 'cooperation-agreement/2')");
            sql.execute(columns + "(3, 'PA-2026-00003', 'SISTER_CITY_AGREEMENT', 'Соглашение о побратимстве и туризме', NULL, NULL,"
                    + " NULL, 1, FALSE, 'DRAFT', 'drafter', TIMESTAMP WITH TIME ZONE '2026-11-25 09:00:00+00', 'drafter',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-25 09:00:00+00', 1, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL)");
            sql.execute("INSERT INTO agreement_language (agreement_id, position, language) VALUES"
                    + " (1, 0, 'RU'), (1, 1, 'EN'), (2, 0, 'RU'), (2, 1, 'KK'), (3, 0, 'RU')");
            sql.execute("INSERT INTO agreement_party (agreement_id, position, party_id) VALUES"
                    + " (1, 0, 1), (1, 1, 2), (2, 0, 2), (2, 1, 1), (3, 0, 1)");
            sql.execute("INSERT INTO agreement_area (agreement_id, area) VALUES"
                    + " (1, 'TOURISM'), (2, 'TRADE_AND_ECONOMY'), (2, 'CULTURE'), (3, 'TOURISM')");
            String revision = "INSERT INTO agreement_revision (agreement_id, revision_number, content, content_hash, author,"
                    + " saved_at, agreement_version) VALUES ";
            sql.execute(revision + "(2, 1, '{}', '" + "a".repeat(64) + "', 'drafter', TIMESTAMP WITH TIME ZONE '2026-11-02 09:00:00+00', 1),"
                    + " (2, 2, '{}', '" + "b".repeat(64) + "', 'drafter', TIMESTAMP WITH TIME ZONE '2026-11-03 09:00:00+00', 2),"
                    + " (3, 1, '{}', '" + "c".repeat(64) + "', 'drafter', TIMESTAMP WITH TIME ZONE '2026-11-25 09:00:00+00', 1)");
        }
        return new AgreementListing(database);
    }

    private static DataSource database(String vendor) {
        String name = "listing" + DATABASES.incrementAndGet();
        if (vendor.equals("postgresql")) {
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setURL(PostgresServer.shared(Path.of("target").toAbsolutePath()).freshDatabase(name));
            database.setUser(PostgresServer.USER);
            database.setPassword(PostgresServer.PASSWORD);
            return database;
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return database;
    }
}
