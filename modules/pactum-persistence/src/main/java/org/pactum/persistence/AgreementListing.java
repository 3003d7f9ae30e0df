package org.pactum.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.AgreementSummary;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.agreement.TemplateReference;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.party.Party;
import org.pactum.domain.party.PartyDetails;
import org.pactum.domain.party.Region;
import org.pactum.domain.query.ResultPage;

/**
 * The registry's list and search in plain SQL, reading only what a list shows: the page's ids come from the index on
 * (updated_at, id) — or, with search text, from the trigram index of the stored search text on PostgreSQL — and only
 * those rows are read, with the content hash their current revision stored, never the wording. docs/performance.md has
 * the figures.
 */
public class AgreementListing {

    private static final String COLUMNS = "a.id, a.number, a.kind, a.status, a.status_reason, a.title_ru, a.title_kk,"
            + " a.title_en, a.term_starts_on, a.term_years, a.term_auto_renewal, a.created_by, a.created_at,"
            + " a.updated_by, a.updated_at, a.version, a.revision, a.template_ref, a.registration_number,"
            + " a.registration_date, a.registration_serial, a.registration_kind, r.content_hash";
    private static final String PARTY_COLUMNS = "ap.agreement_id, p.id, p.organization_ru, p.organization_kk,"
            + " p.organization_en, p.signatory_name_ru, p.signatory_name_kk, p.signatory_name_en,"
            + " p.signatory_position_ru, p.signatory_position_kk, p.signatory_position_en, p.version, g.code,"
            + " g.name_ru, g.name_kk, g.name_en, g.version";
    private static final int COLUMN_COUNT = 23;

    private final DataSource dataSource;

    public AgreementListing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The page {@code query} asks for, newest change first, with the number of all matches. */
    public ResultPage<AgreementSummary> page(AgreementQuery query) {
        if (query.text() != null && query.text().indexOf('\0') >= 0) {
            // No stored text holds U+0000, and PostgreSQL refuses a statement that binds it (the registry page).
            return new ResultPage<>(List.of(), query.page(), query.size(), 0);
        }
        try (Connection connection = dataSource.getConnection()) {
            String pattern = query.text() == null ? null : LikePattern.containing(query.text());
            Matches matches = Matches.of(query, pattern, pattern != null && partyNamed(connection, pattern));
            long total;
            List<Summary> rows;
            if (query.text() == null) {
                // Without search text the count reads an index only, and a page is usually wanted: two statements.
                total = partyAlone(query) ? partyCount(connection, query.partyId()) : count(connection, matches);
                rows = total == 0 ? List.of() : rows(connection, matches, query, null);
            } else {
                // With search text, finding the matches is the work: do it once, counting them in the same pass.
                long[] counted = {0};
                rows = rows(connection, matches, query, counted);
                total = rows.isEmpty() && query.offset() > 0 ? count(connection, matches) : counted[0];
            }
            if (!rows.isEmpty()) {
                addDetails(connection, rows);
            }
            return new ResultPage<>(rows.stream().map(Summary::toSummary).toList(), query.page(), query.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("the registry could not be read", e);
        }
    }

    /**
     * Whether any party's name in any language contains the pattern, asked first and on its own: usually none does,
     * and then the search is one indexed scan of the agreements, without a union to merge.
     */
    private static boolean partyNamed(Connection connection, String pattern) throws SQLException {
        try (PreparedStatement select = prepare(connection, "SELECT 1 FROM party WHERE search_text LIKE ?"
                + LikePattern.ESCAPE + " FETCH FIRST 1 ROWS ONLY", List.of(pattern));
             ResultSet result = select.executeQuery()) {
            return result.next();
        }
    }

    /** Whether the query asks for one party's agreements and nothing else (no text, status, kind or region). */
    private static boolean partyAlone(AgreementQuery query) {
        return query.partyId() != null && query.text() == null && query.status() == null && query.kind() == null
                && query.regionCode() == null;
    }

    /**
     * The number of a party's agreements, from agreement_party's (party_id, agreement_id) index alone: its rows name
     * agreements that exist (a foreign key, removed with the agreement), so the agreement table need not be asked, which
     * at a party of 1,900 agreements took ten times as long.
     */
    private static long partyCount(Connection connection, long party) throws SQLException {
        try (PreparedStatement count = prepare(connection,
                "SELECT COUNT(DISTINCT agreement_id) FROM agreement_party WHERE party_id = ?", List.of(party));
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long count(Connection connection, Matches matches) throws SQLException {
        try (PreparedStatement count = prepare(connection, "SELECT COUNT(*) FROM " + matches.from, matches.parameters);
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The page's ids first — without search text from the (updated_at, id) index alone, so a later page skips index
     * entries, not rows — then only their rows. With search text the matches are found once and counted in the same
     * statement. On PostgreSQL they are a common table expression that the count and the page both read: PostgreSQL
     * keeps such a result (it is read twice), whereas 15 prices a window count ({@code COUNT(*) OVER ()}) over a walk
     * of the (updated_at, id) index as if the walk could stop after one page, and so walked all 100,000 agreements,
     * testing each, instead of using the trigram index. H2 evaluates a common table expression once for each
     * reference, reading every agreement twice, so it counts with the window, over a derived table: given the table
     * itself, it walks the (updated_at, id) index and reads every row through it, which took twice as long as reading
     * the table and sorting the matches.
     *
     * @param total where to put the number of all matches, counted in the same statement; null not to count
     */
    private static List<Summary> rows(Connection connection, Matches matches, AgreementQuery query, long[] total)
            throws SQLException {
        boolean kept = total != null && DatabaseVendor.of(connection) == DatabaseVendor.POSTGRESQL;
        String count = total == null ? "0" : kept ? "(SELECT COUNT(*) FROM m)" : "COUNT(*) OVER ()";
        String matching = kept ? "m a"
                : total == null ? matches.from : "(SELECT a.id, a.updated_at FROM " + matches.from + ") a";
        String sql = (kept ? "WITH m AS (SELECT a.id, a.updated_at FROM " + matches.from + ") " : "")
                + "SELECT " + COLUMNS + ", page.total FROM (SELECT a.id, a.updated_at, " + count + " AS total FROM "
                + matching + " ORDER BY a.updated_at DESC, a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) page"
                + " JOIN agreement a ON a.id = page.id"
                + " LEFT JOIN agreement_revision r ON r.agreement_id = a.id AND r.revision_number = a.revision"
                + " ORDER BY a.updated_at DESC, a.id DESC";
        List<Object> all = new ArrayList<>(matches.parameters);
        all.add(query.offset());
        all.add(query.size());
        List<Summary> rows = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, all); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(Summary.read(result));
                if (total != null) {
                    total[0] = result.getLong(COLUMN_COUNT + 1);
                }
            }
        }
        return rows;
    }

    /** Languages, areas and parties of the page's agreements: three queries for the whole page. */
    private static void addDetails(Connection connection, List<Summary> rows) throws SQLException {
        Map<Long, Summary> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.id, row));
        String ids = " IN (" + String.join(", ", byId.keySet().stream().map(id -> "?").toList()) + ")";
        List<Object> parameters = List.copyOf(byId.keySet());
        try (PreparedStatement select = prepare(connection, "SELECT agreement_id, language FROM agreement_language"
                + " WHERE agreement_id" + ids + " ORDER BY agreement_id, position", parameters);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                byId.get(result.getLong(1)).languages.add(Language.valueOf(result.getString(2)));
            }
        }
        try (PreparedStatement select = prepare(connection, "SELECT agreement_id, area FROM agreement_area"
                + " WHERE agreement_id" + ids, parameters);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                byId.get(result.getLong(1)).areas.add(CooperationArea.valueOf(result.getString(2)));
            }
        }
        Map<Long, Party> parties = new LinkedHashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT " + PARTY_COLUMNS + " FROM agreement_party ap"
                + " JOIN party p ON p.id = ap.party_id JOIN region g ON g.code = p.region_code"
                + " WHERE ap.agreement_id" + ids + " ORDER BY ap.agreement_id, ap.position", parameters);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Party party = parties.computeIfAbsent(result.getLong(2), id -> party(result));
                byId.get(result.getLong(1)).parties.add(party);
            }
        }
    }

    private static Party party(ResultSet result) {
        try {
            Region region = Region.restore(result.getString(13), text(result, 14), result.getLong(17));
            return Party.restore(result.getLong(2), result.getLong(12),
                    new PartyDetails(text(result, 3), region, text(result, 6), text(result, 9)));
        } catch (SQLException e) {
            throw new IllegalStateException("a party of the registry could not be read", e);
        }
    }

    /** Three columns in a row: Russian, Kazakh, English. */
    private static LocalizedText text(ResultSet result, int russian) throws SQLException {
        return LocalizedText.of(result.getString(russian), result.getString(russian + 1), result.getString(russian + 2));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /**
     * What follows FROM to select every matching agreement as {@code a} (with at least its id and updated_at), and its
     * parameters: without search text the agreement table and a WHERE clause, so that H2 and PostgreSQL count and
     * order straight from the table's indexes. Search text is matched against each agreement's stored
     * {@code search_text} (number, registration number and titles, lower-cased, schema V25), which on PostgreSQL has a
     * trigram index; when a party's name matches too, its agreements are added by a union that starts from the few
     * matching parties and reaches their agreements through {@code agreement_party}'s index. Every other filter
     * applies to both.
     */
    private record Matches(String from, List<Object> parameters) {

        static Matches of(AgreementQuery query, String pattern, boolean partyNamed) {
            List<Object> filterParameters = new ArrayList<>();
            String filters = filters(query, filterParameters);
            String agreements = "agreement a WHERE 1 = 1" + filters;
            if (pattern == null) {
                return new Matches(agreements, filterParameters);
            }
            List<Object> parameters = new ArrayList<>(filterParameters);
            parameters.add(pattern);
            String texts = agreements + " AND a.search_text LIKE ?" + LikePattern.ESCAPE;
            if (!partyNamed) {
                return new Matches(texts, parameters);
            }
            parameters.addAll(filterParameters);
            parameters.add(pattern);
            return new Matches("(SELECT a.id, a.updated_at FROM " + texts
                    + " UNION SELECT a.id, a.updated_at FROM agreement a JOIN agreement_party ap ON ap.agreement_id = a.id"
                    + " WHERE 1 = 1" + filters + " AND ap.party_id IN (SELECT id FROM party WHERE search_text LIKE ?"
                    + LikePattern.ESCAPE + ")) a", parameters);
        }

        private static String filters(AgreementQuery query, List<Object> parameters) {
            StringBuilder filters = new StringBuilder();
            if (query.status() != null) {
                filters.append(" AND a.status = ?");
                parameters.add(query.status().name());
            }
            if (query.kind() != null) {
                filters.append(" AND a.kind = ?");
                parameters.add(query.kind().name());
            }
            if (query.partyId() != null) {
                filters.append(" AND a.id IN (SELECT agreement_id FROM agreement_party WHERE party_id = ?)");
                parameters.add(query.partyId());
            }
            if (query.regionCode() != null) {
                filters.append(" AND a.id IN (SELECT rp.agreement_id FROM agreement_party rp JOIN party rg"
                        + " ON rg.id = rp.party_id WHERE rg.region_code = ?)");
                parameters.add(query.regionCode());
            }
            return filters.toString();
        }
    }

    /** A row while its languages, areas and parties are being added. */
    private static final class Summary {

        private final long id;
        private final ResultRow row;
        private final List<Language> languages = new ArrayList<>();
        private final Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
        private final List<Party> parties = new ArrayList<>();

        private Summary(long id, ResultRow row) {
            this.id = id;
            this.row = row;
        }

        static Summary read(ResultSet result) throws SQLException {
            return new Summary(result.getLong(1), ResultRow.read(result));
        }

        AgreementSummary toSummary() {
            return row.toSummary(id, languages, parties, areas);
        }
    }

    /** The agreement's own columns, as read. */
    private record ResultRow(String number, AgreementKind kind, AgreementStatus status, String statusReason,
                             LocalizedText title, Term term, String createdBy, OffsetDateTime createdAt,
                             String updatedBy, OffsetDateTime updatedAt, long version, int revision, String origin,
                             Registration registration, String contentHash) {

        static ResultRow read(ResultSet result) throws SQLException {
            AgreementKind kind = AgreementKind.valueOf(result.getString(3));
            LocalDate startsOn = result.getObject(9, LocalDate.class);
            String registrationNumber = result.getString(19);
            Registration registration = registrationNumber == null ? null
                    : new Registration(registrationNumber, result.getObject(20, LocalDate.class),
                            AgreementKind.valueOf(result.getString(22)), result.getLong(21));
            return new ResultRow(result.getString(2), kind, AgreementStatus.valueOf(result.getString(4)),
                    result.getString(5), text(result, 6), new Term(startsOn, result.getInt(10), result.getBoolean(11)),
                    result.getString(12), result.getObject(13, OffsetDateTime.class), result.getString(14),
                    result.getObject(15, OffsetDateTime.class), result.getLong(16), result.getInt(17),
                    result.getString(18), registration, result.getString(23));
        }

        AgreementSummary toSummary(long id, List<Language> languages, List<Party> parties, Set<CooperationArea> areas) {
            return new AgreementSummary(id, number, registration, kind, status, statusReason, languages, title, parties,
                    areas, term, createdBy, createdAt.toInstant(), updatedBy, updatedAt.toInstant(), version, revision,
                    contentHash, TemplateReference.parse(origin));
        }
    }
}
