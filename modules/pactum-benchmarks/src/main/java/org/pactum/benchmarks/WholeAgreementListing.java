package org.pactum.benchmarks;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.pactum.domain.agreement.Agreement;
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
import org.pactum.persistence.WordingJson;

/**
 * The registry list as it was before AgreementListing: the statements EclipseLink ran for {@code JpaAgreements.search}
 * (whole rows with the wording, ORs with EXISTS subqueries for the search, the batch IN reads of parties, languages
 * and areas, each party's region on its own), the wording parsed as its converter parses it, and the content hash that
 * {@code AgreementJson.of} computed for every listed agreement. EclipseLink's own object building is left out, so the
 * old figures are, if anything, too low.
 */
final class WholeAgreementListing {

    private final DataSource dataSource;

    WholeAgreementListing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    ResultPage<AgreementSummary> page(AgreementQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(t0.id) FROM agreement t0" + where, parameters);
                 ResultSet result = count.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(query.size());
            paged.add(query.offset());
            Map<Long, Agreement> page = new LinkedHashMap<>();
            try (PreparedStatement select = prepare(connection, "SELECT t0.* FROM agreement t0" + where
                    + " ORDER BY t0.updated_at DESC, t0.id DESC LIMIT ? OFFSET ?", paged);
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    page.put(result.getLong("id"), agreement(result));
                }
            }
            if (!page.isEmpty()) {
                addCollections(connection, page);
            }
            // What AgreementJson.of did with each listed agreement: hash its fields and wording.
            return new ResultPage<>(page.values().stream().map(AgreementSummary::of).toList(), query.page(),
                    query.size(), total);
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(AgreementQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.status() != null) {
            where.append(" AND t0.status = ?");
            parameters.add(query.status().name());
        }
        if (query.kind() != null) {
            where.append(" AND t0.kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.partyId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM agreement t1, agreement_party t2 WHERE t1.id = t0.id"
                    + " AND t2.agreement_id = t1.id AND t2.party_id = ?)");
            parameters.add(query.partyId());
        }
        if (query.regionCode() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM agreement t1, agreement_party t2, party t3 WHERE t1.id = t0.id"
                    + " AND t2.agreement_id = t1.id AND t3.id = t2.party_id AND t3.region_code = ?)");
            parameters.add(query.regionCode());
        }
        if (query.text() != null) {
            String like = " LIKE ? ESCAPE '\\'";
            where.append(" AND (LOWER(t0.number)").append(like).append(" OR LOWER(t0.registration_number)").append(like)
                    .append(" OR LOWER(t0.title_ru)").append(like).append(" OR LOWER(t0.title_kk)").append(like)
                    .append(" OR LOWER(t0.title_en)").append(like)
                    .append(" OR EXISTS (SELECT 1 FROM agreement t1, agreement_party t2, party t3 WHERE t1.id = t0.id")
                    .append(" AND t2.agreement_id = t1.id AND t3.id = t2.party_id AND (LOWER(t3.organization_ru)").append(like)
                    .append(" OR LOWER(t3.organization_kk)").append(like).append(" OR LOWER(t3.organization_en)").append(like)
                    .append(")))");
            String pattern = "%" + query.text().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 8; i++) {
                parameters.add(pattern);
            }
        }
        return where.toString();
    }

    private static void addCollections(Connection connection, Map<Long, Agreement> page)
            throws SQLException, ReflectiveOperationException {
        String ids = " IN (" + String.join(", ", page.keySet().stream().map(id -> "?").toList()) + ")";
        List<Object> parameters = List.copyOf(page.keySet());
        Map<Long, List<Party>> parties = new HashMap<>();
        Map<Long, Party> partiesById = new HashMap<>();
        Map<String, Region> regions = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT t1.agreement_id, t0.* FROM party t0, agreement_party t1"
                + " WHERE t0.id = t1.party_id AND t1.agreement_id" + ids + " ORDER BY t1.agreement_id, t1.position", parameters);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                long partyId = result.getLong("id");
                Party party = partiesById.get(partyId);
                if (party == null) {
                    Region region = regions.get(result.getString("region_code"));
                    if (region == null) {
                        region = region(connection, result.getString("region_code"));
                        regions.put(region.code(), region);
                    }
                    party = Party.restore(partyId, result.getLong("version"), new PartyDetails(
                            text(result, "organization"), region, text(result, "signatory_name"),
                            text(result, "signatory_position")));
                    partiesById.put(partyId, party);
                }
                parties.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(party);
            }
        }
        Map<Long, List<Language>> languages = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT agreement_id, language FROM agreement_language"
                + " WHERE agreement_id" + ids + " ORDER BY agreement_id, position", parameters);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                languages.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(Language.valueOf(result.getString(2)));
            }
        }
        Map<Long, EnumSet<CooperationArea>> areas = new HashMap<>();
        try (PreparedStatement select = prepare(connection, "SELECT agreement_id, area FROM agreement_area"
                + " WHERE agreement_id" + ids, parameters);
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                areas.computeIfAbsent(result.getLong(1), id -> EnumSet.noneOf(CooperationArea.class))
                        .add(CooperationArea.valueOf(result.getString(2)));
            }
        }
        for (Map.Entry<Long, Agreement> entry : page.entrySet()) {
            set(entry.getValue(), "parties", new ArrayList<>(parties.getOrDefault(entry.getKey(), List.of())));
            set(entry.getValue(), "languages", new ArrayList<>(languages.getOrDefault(entry.getKey(), List.of())));
            set(entry.getValue(), "areas", areas.getOrDefault(entry.getKey(), EnumSet.noneOf(CooperationArea.class)));
        }
    }

    /** EclipseLink read each party's region on its own (a many-to-one without batch reading). */
    private static Region region(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = prepare(connection, "SELECT * FROM region WHERE code = ?", List.of(code));
             ResultSet result = select.executeQuery()) {
            result.next();
            return Region.restore(code, text(result, "name"), result.getLong("version"));
        }
    }

    /** The entity as EclipseLink built it: field by field, through reflection. */
    private static Agreement agreement(ResultSet row) throws SQLException, ReflectiveOperationException {
        var constructor = Agreement.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Agreement agreement = constructor.newInstance();
        AgreementKind kind = AgreementKind.valueOf(row.getString("kind"));
        set(agreement, "id", row.getLong("id"));
        set(agreement, "number", row.getString("number"));
        set(agreement, "kind", kind);
        set(agreement, "title", text(row, "title"));
        set(agreement, "term", new Term(row.getObject("term_starts_on", LocalDate.class), row.getInt("term_years"),
                row.getBoolean("term_auto_renewal")));
        set(agreement, "wording", WordingJson.read(row.getString("wording")));
        set(agreement, "revision", row.getInt("revision"));
        set(agreement, "origin", TemplateReference.parse(row.getString("template_ref")));
        set(agreement, "status", AgreementStatus.valueOf(row.getString("status")));
        set(agreement, "statusReason", row.getString("status_reason"));
        String registration = row.getString("registration_number");
        set(agreement, "registration", registration == null ? null : new Registration(registration,
                row.getObject("registration_date", LocalDate.class), AgreementKind.valueOf(row.getString("registration_kind")),
                row.getLong("registration_serial")));
        set(agreement, "createdBy", row.getString("created_by"));
        set(agreement, "createdAt", row.getObject("created_at", OffsetDateTime.class).toInstant());
        set(agreement, "updatedBy", row.getString("updated_by"));
        set(agreement, "updatedAt", row.getObject("updated_at", OffsetDateTime.class).toInstant());
        set(agreement, "version", row.getLong("version"));
        return agreement;
    }

    private static void set(Agreement agreement, String name, Object value) throws ReflectiveOperationException {
        Field field = Agreement.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(agreement, value);
    }

    private static LocalizedText text(ResultSet row, String prefix) throws SQLException {
        return LocalizedText.of(row.getString(prefix + "_ru"), row.getString(prefix + "_kk"), row.getString(prefix + "_en"));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
