package org.pactum.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.pactum.domain.template.Template;
import org.pactum.drafting.control.SeedTemplates;
import org.pactum.persistence.WordingJson;

/**
 * A registry of many agreements, made by SQL inside the database (INSERT … SELECT over a table of numbers), not one
 * JPA persist each: 20 regions, 200 parties, and per agreement two or three parties, two or three languages, one to
 * three areas, one to four revisions, a status from a realistic mix (half of them approved or further, so
 * registered), and the wording of one of the shipped templates (what a draft starts from: about 4,900 characters of
 * JSON, which PostgreSQL stores compressed, out of line). Titles name one of 40 subjects, so a word of a subject
 * matches about one agreement in 40.
 */
final class RegistryData {

    /** A word of one subject's Russian title, in about 1 of 40 agreements. */
    static final String TITLE_WORD = "ветеринар";
    /** Part of the Russian name of a party that is a side of about 1 agreement in 50 (the Omsk chamber). */
    static final String PARTY_WORD = "палата Омской";

    /** The id of the one party whose Russian name contains the text. */
    static long partyNamed(Connection connection, String text) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id FROM party WHERE LOWER(organization_ru) LIKE ?")) {
            find.setString(1, "%" + text.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet found = find.executeQuery()) {
                if (!found.next()) {
                    throw new IllegalStateException("no party named " + text);
                }
                long id = found.getLong(1);
                if (found.next()) {
                    throw new IllegalStateException("more than one party named " + text);
                }
                return id;
            }
        }
    }

    private static final String[][] REGIONS = {
            {"RU-OMS", "Омской области", "Омбы облысының", "Omsk Oblast"},
            {"RU-NVS", "Новосибирской области", "Новосібір облысының", "Novosibirsk Oblast"},
            {"RU-TOM", "Томской области", "Томск облысының", "Tomsk Oblast"},
            {"RU-ALT", "Алтайского края", "Алтай өлкесінің", "Altai Krai"},
            {"RU-CHE", "Челябинской области", "Челябі облысының", "Chelyabinsk Oblast"},
            {"RU-KGN", "Курганской области", "Қорған облысының", "Kurgan Oblast"},
            {"RU-TYU", "Тюменской области", "Түмен облысының", "Tyumen Oblast"},
            {"RU-ORE", "Оренбургской области", "Орынбор облысының", "Orenburg Oblast"},
            {"RU-AST", "Астраханской области", "Астрахан облысының", "Astrakhan Oblast"},
            {"RU-SAR", "Саратовской области", "Саратов облысының", "Saratov Oblast"},
            {"KZ-55", "Павлодарской области", "Павлодар облысының", "Pavlodar Region"},
            {"KZ-59", "Северо-Казахстанской области", "Солтүстік Қазақстан облысының", "North Kazakhstan Region"},
            {"KZ-39", "Костанайской области", "Қостанай облысының", "Kostanay Region"},
            {"KZ-11", "Акмолинской области", "Ақмола облысының", "Akmola Region"},
            {"KZ-35", "Карагандинской области", "Қарағанды облысының", "Karaganda Region"},
            {"KZ-63", "Восточно-Казахстанской области", "Шығыс Қазақстан облысының", "East Kazakhstan Region"},
            {"KZ-27", "Западно-Казахстанской области", "Батыс Қазақстан облысының", "West Kazakhstan Region"},
            {"KZ-15", "Актюбинской области", "Ақтөбе облысының", "Aktobe Region"},
            {"KZ-23", "Атырауской области", "Атырау облысының", "Atyrau Region"},
            {"KZ-19", "Алматинской области", "Алматы облысының", "Almaty Region"}};

    private static final String[][] ORGANIZATIONS = {
            {"Правительство", "Үкіметі", "Government of"},
            {"Министерство экономического развития", "Экономикалық даму министрлігі", "Ministry of Economic Development of"},
            {"Министерство образования", "Білім министрлігі", "Ministry of Education of"},
            {"Министерство здравоохранения", "Денсаулық сақтау министрлігі", "Ministry of Health of"},
            {"Министерство культуры", "Мәдениет министрлігі", "Ministry of Culture of"},
            {"Торгово-промышленная палата", "Сауда-өнеркәсіп палатасы", "Chamber of Commerce and Industry of"},
            {"Агентство инвестиций", "Инвестициялар агенттігі", "Investment Agency of"},
            {"Управление сельского хозяйства", "Ауыл шаруашылығы басқармасы", "Agriculture Department of"},
            {"Управление туризма", "Туризм басқармасы", "Tourism Department of"},
            {"Университет", "Университеті", "University of"}};

    private static final String[][] SUBJECTS = {
            {"торговли", "сауда", "trade"}, {"промышленной кооперации", "өнеркәсіптік кооперация", "industrial co-operation"},
            {"сельского хозяйства", "ауыл шаруашылығы", "agriculture"}, {"науки", "ғылым", "science"},
            {"высшего образования", "жоғары білім", "higher education"}, {"школьного образования", "мектеп білімі", "schooling"},
            {"здравоохранения", "денсаулық сақтау", "health care"}, {"культуры", "мәдениет", "culture"},
            {"туризма", "туризм", "tourism"}, {"спорта", "спорт", "sport"},
            {"молодёжной политики", "жастар саясаты", "youth policy"}, {"цифровизации", "цифрландыру", "digitalisation"},
            {"транспорта", "көлік", "transport"}, {"логистики", "логистика", "logistics"},
            {"охраны окружающей среды", "қоршаған ортаны қорғау", "environmental protection"},
            {"энергетики", "энергетика", "energy"}, {"водных ресурсов", "су ресурстары", "water resources"},
            {"ветеринарии", "ветеринария", "veterinary medicine"}, {"пожарной безопасности", "өрт қауіпсіздігі", "fire safety"},
            {"гражданской обороны", "азаматтық қорғаныс", "civil defence"}, {"архивного дела", "мұрағат ісі", "archives"},
            {"строительства", "құрылыс", "construction"}, {"жилищного хозяйства", "тұрғын үй шаруашылығы", "housing"},
            {"связи", "байланыс", "communications"}, {"средств массовой информации", "бұқаралық ақпарат құралдары", "media"},
            {"лесного хозяйства", "орман шаруашылығы", "forestry"}, {"рыбного хозяйства", "балық шаруашылығы", "fisheries"},
            {"недропользования", "жер қойнауын пайдалану", "mineral resources"}, {"геологии", "геология", "geology"},
            {"социальной защиты", "әлеуметтік қорғау", "social protection"}, {"занятости", "жұмыспен қамту", "employment"},
            {"миграции", "көші-қон", "migration"}, {"таможенного дела", "кеден ісі", "customs"},
            {"малого предпринимательства", "шағын кәсіпкерлік", "small business"},
            {"инвестиций", "инвестициялар", "investment"}, {"инноваций", "инновациялар", "innovation"},
            {"выставочной деятельности", "көрме қызметі", "exhibitions"}, {"библиотечного дела", "кітапхана ісі", "libraries"},
            {"музейного дела", "музей ісі", "museums"}, {"чрезвычайных ситуаций", "төтенше жағдайлар", "emergencies"}};

    private RegistryData() {
    }

    /** Fills an empty, migrated database with {@code agreements} agreements; the numbers table is left for reuse. */
    static void load(Connection connection, int agreements, boolean postgresql) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE bench_number (n INTEGER NOT NULL PRIMARY KEY)");
            sql.execute(postgresql
                    ? "INSERT INTO bench_number SELECT n FROM generate_series(1, " + agreements + ") AS s(n)"
                    : "INSERT INTO bench_number SELECT X FROM SYSTEM_RANGE(1, " + agreements + ")");
            sql.execute("CREATE TABLE bench_subject (i INTEGER NOT NULL PRIMARY KEY, ru VARCHAR(100), kk VARCHAR(100),"
                    + " en VARCHAR(100))");
            sql.execute("CREATE TABLE bench_wording (i INTEGER NOT NULL PRIMARY KEY, kind VARCHAR(40), wording TEXT)");
        }
        rows(connection, "INSERT INTO region (code, country, name_ru, name_kk, name_en, version) VALUES (?, ?, ?, ?, ?, 0)",
                REGIONS.length, i -> new Object[] {REGIONS[i][0], REGIONS[i][0].substring(0, 2),
                        REGIONS[i][1], REGIONS[i][2], REGIONS[i][3]});
        rows(connection, "INSERT INTO bench_subject (i, ru, kk, en) VALUES (?, ?, ?, ?)", SUBJECTS.length,
                i -> new Object[] {i, SUBJECTS[i][0], SUBJECTS[i][1], SUBJECTS[i][2]});
        List<Template> templates = SeedTemplates.load();
        rows(connection, "INSERT INTO bench_wording (i, kind, wording) VALUES (?, ?, ?)", templates.size(),
                i -> new Object[] {i, templates.get(i).kind().name(), WordingJson.write(templates.get(i).wording())});
        int parties = REGIONS.length * ORGANIZATIONS.length;
        rows(connection, "INSERT INTO party (id, organization_ru, organization_kk, organization_en, region_code, country,"
                + " signatory_name_ru, signatory_name_kk, signatory_name_en, signatory_position_ru, signatory_position_kk,"
                + " signatory_position_en, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", parties, i -> {
                    String[] region = REGIONS[i % REGIONS.length];
                    String[] organization = ORGANIZATIONS[i / REGIONS.length];
                    return new Object[] {i + 1, organization[0] + " " + region[1], region[2] + " " + organization[1],
                            organization[2] + " " + region[3], region[0], region[0].substring(0, 2),
                            "Иванов Иван Иванович " + (i + 1), "Иванов Иван Иванұлы " + (i + 1), "Ivan Ivanov " + (i + 1),
                            "Руководитель", "Басшысы", "Head"};
                });
        try (Statement sql = connection.createStatement()) {
            // Side A is one of 100 Russian parties, side B one of 100 Kazakh ones, each in 1 agreement of 100 (party
            // ids: 1 + region index + 20 × organisation index).
            String sideA = "(1 + MOD(n, 10) + 20 * MOD(n / 100, 10))";
            String sideB = "(11 + MOD(n / 10, 10) + 20 * MOD(n / 1000, 10))";
            String status = "CASE WHEN MOD(n, 20) < 6 THEN 'DRAFT' WHEN MOD(n, 20) < 8 THEN 'IN_APPROVAL'"
                    + " WHEN MOD(n, 20) = 8 THEN 'RETURNED' WHEN MOD(n, 20) < 11 THEN 'APPROVED'"
                    + " WHEN MOD(n, 20) = 11 THEN 'SIGNING' WHEN MOD(n, 20) < 19 THEN 'SIGNED' ELSE 'WITHDRAWN' END";
            String registered = "MOD(n, 20) BETWEEN 9 AND 18";
            String changed = "(TIMESTAMP WITH TIME ZONE '2021-01-04 06:00:00+00' + INTERVAL '1' MINUTE * MOD(n * 7919, "
                    + agreements + "))";
            sql.execute("INSERT INTO agreement (id, number, kind, title_ru, title_kk, title_en, term_starts_on, term_years,"
                    + " term_auto_renewal, status, status_reason, created_by, created_at, updated_by, updated_at, version,"
                    + " registration_number, registration_date, registration_year, registration_kind, registration_serial,"
                    + " wording, revision, template_ref)"
                    + " SELECT n, 'PA-' || CAST(2021 + (n - 1) / 25000 AS VARCHAR(4)) || '-' || LPAD(CAST(MOD(n - 1, 25000) + 1 AS VARCHAR(6)), 5, '0'),"
                    + " w.kind,"
                    + " 'Соглашение о сотрудничестве в области ' || s.ru || ' между ' || pa.organization_ru || ' и ' || pb.organization_ru,"
                    + " CASE WHEN MOD(n, 3) < 2 THEN pa.organization_kk || ' мен ' || pb.organization_kk || ' арасындағы ' || s.kk || ' саласындағы ынтымақтастық туралы келісім' END,"
                    + " CASE WHEN MOD(n, 3) <> 1 THEN 'Agreement on co-operation in ' || s.en || ' between the ' || pa.organization_en || ' and the ' || pb.organization_en END,"
                    + " NULL, 1 + MOD(n, 5), MOD(n, 2) = 0, " + status + ", NULL,"
                    + " 'drafter' || CAST(MOD(n, 7) AS VARCHAR(2)), " + changed + " - INTERVAL '3' DAY,"
                    + " 'approver' || CAST(MOD(n, 5) AS VARCHAR(2)), " + changed + ", 1 + MOD(n, 4) + MOD(n, 20) / 3,"
                    + " CASE WHEN " + registered + " THEN 'СС-' || CAST(2021 + (n - 1) / 25000 AS VARCHAR(4)) || '/' || LPAD(CAST(n AS VARCHAR(6)), 6, '0') END,"
                    + " CASE WHEN " + registered + " THEN CAST(" + changed + " AS DATE) END,"
                    + " CASE WHEN " + registered + " THEN EXTRACT(YEAR FROM CAST(" + changed + " AS DATE)) END,"
                    + " CASE WHEN " + registered + " THEN w.kind END,"
                    + " CASE WHEN " + registered + " THEN n END,"
                    + " w.wording, 1 + MOD(n, 4), 'cooperation-agreement/1'"
                    + " FROM bench_number"
                    + " JOIN bench_subject s ON s.i = MOD(n, " + SUBJECTS.length + ")"
                    + " JOIN bench_wording w ON w.i = MOD(n, " + templates.size() + ")"
                    + " JOIN party pa ON pa.id = " + sideA
                    + " JOIN party pb ON pb.id = " + sideB);
            sql.execute("INSERT INTO agreement_language (agreement_id, position, language)"
                    + " SELECT n, 0, 'RU' FROM bench_number"
                    + " UNION ALL SELECT n, 1, CASE WHEN MOD(n, 3) = 2 THEN 'EN' ELSE 'KK' END FROM bench_number"
                    + " UNION ALL SELECT n, 2, 'EN' FROM bench_number WHERE MOD(n, 3) = 0");
            sql.execute("INSERT INTO agreement_party (agreement_id, position, party_id)"
                    + " SELECT n, 0, " + sideA + " FROM bench_number"
                    + " UNION ALL SELECT n, 1, " + sideB + " FROM bench_number"
                    // A third side in about one agreement of ten: a Russian chamber of commerce, never side A itself.
                    + " UNION ALL SELECT n, 2, 101 + MOD(n / 10, 10) FROM bench_number"
                    + " WHERE MOD(n, 10) = 3 AND MOD(n / 100, 10) <> 5");
            sql.execute("INSERT INTO agreement_area (agreement_id, area)"
                    + " SELECT n, 'TRADE_AND_ECONOMY' FROM bench_number"
                    + " UNION ALL SELECT n, 'CULTURE' FROM bench_number WHERE MOD(n, 2) = 0"
                    + " UNION ALL SELECT n, 'EDUCATION' FROM bench_number WHERE MOD(n, 3) = 0");
            // Every revision of every agreement. The content is a stand-in: the list reads only the current
            // revision's hash, through the primary key, so the content's size does not change what is measured.
            sql.execute("INSERT INTO agreement_revision (agreement_id, revision_number, content, content_hash, author,"
                    + " saved_at, agreement_version)"
                    + " SELECT a.id, r.n, '{}', LPAD(CAST(a.id AS VARCHAR(7)) || 'r' || CAST(r.n AS VARCHAR(1)), 64, '0'),"
                    + " a.updated_by, a.updated_at, r.n FROM agreement a JOIN bench_number r ON r.n <= a.revision");
        }
        connection.commit();
        connection.setAutoCommit(true);
        if (postgresql) {
            settle(connection);
        }
    }

    /**
     * Vacuums until the agreements' pages are marked all-visible, as autovacuum keeps a table that is mostly read: a
     * vacuum while another transaction (e.g. autovacuum's own analyze) still sees older rows cannot mark them, and
     * then every index-only scan reads the table as well.
     */
    private static void settle(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("VACUUM ANALYZE");
            for (int attempt = 0; attempt < 10 && !allVisible(sql); attempt++) {
                sql.execute("VACUUM agreement");
            }
        }
    }

    private static boolean allVisible(Statement sql) throws SQLException {
        try (var result = sql.executeQuery("SELECT relallvisible >= relpages * 0.99 FROM pg_class WHERE relname = 'agreement'")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static void rows(Connection connection, String insert, int count, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int i = 0; i < count; i++) {
                Object[] values = row.values(i);
                for (int column = 0; column < values.length; column++) {
                    statement.setObject(column + 1, values[column]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The values of the {@code i}-th row, from 0. */
    private interface Row {
        Object[] values(int i);
    }
}
