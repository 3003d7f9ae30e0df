package org.pactum.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.AgreementSummary;
import org.pactum.domain.query.ResultPage;
import org.pactum.fixtures.PostgresServer;
import org.pactum.persistence.AgreementListing;
import org.pactum.persistence.SchemaMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The registry's list and search at scale: a database with the real schema and 100,000 agreements (see
 * {@link RegistryData}), then each query of the REST list ({@code GET /api/v1/agreements}) and the registry page,
 * the old way ({@link WholeAgreementListing}) and the new ({@link AgreementListing}), alternately in the same run, on
 * a PostgreSQL server of its own and on an H2 file. Prints p50 and p95 per query as a Markdown table.
 * <p>
 * Besides wall-clock percentiles it gives the mean CPU time per call: of the calling thread plus, on PostgreSQL, of
 * the server process serving the connection (from /proc, in clock ticks, hence a mean over all calls). On a shared
 * machine wall-clock time includes waiting for a core; CPU time does not.
 * <p>
 * Not a JMH benchmark: loading the data takes minutes, and JMH would load it again in every fork. Each call is timed
 * with {@link System#nanoTime()} after a warm-up; the old and the new query alternate, so both see the same machine.
 * <pre>
 * java -cp modules/pactum-benchmarks/target/benchmarks.jar org.pactum.benchmarks.RegistryScaleBenchmark \
 *      [agreements] [postgresql,h2] [directory for the databases, default target/registry-scale]
 *      [calls to warm up, default 10] [calls measured, default 40] [new: the new queries alone]
 * </pre>
 * With {@code new} the old queries are checked once against the new but not timed: between two calls of the new one
 * they read whole rows with their wordings and push the new query's pages out of PostgreSQL's buffers, which a
 * registry serving its users would not do. The warm-up calls then go round all queries before any is measured, so that
 * the code and PostgreSQL's caches are as warm as on a node that has served the registry for a while. Give a few
 * hundred warm-up calls for that. It also prints the Java side's share of the CPU per call.
 */
public final class RegistryScaleBenchmark {


    private RegistryScaleBenchmark() {
    }

    public static void main(String[] arguments) throws IOException, SQLException {
        int agreements = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100_000;
        List<String> vendors = Arrays.asList((arguments.length > 1 ? arguments[1] : "postgresql,h2").split(","));
        int warmUp = arguments.length > 3 ? Integer.parseInt(arguments[3]) : 10;
        int measured = arguments.length > 4 ? Integer.parseInt(arguments[4]) : 40;
        boolean newOnly = arguments.length > 5 && arguments[5].equals("new");
        // Not a private temporary directory: PostgreSQL runs as its own user when this runs as root, and must reach it.
        Path directory = Path.of(arguments.length > 2 ? arguments[2] : "target/registry-scale").toAbsolutePath();
        Files.createDirectories(directory);
        System.out.println("load average at start: " + loadAverage());
        for (String vendor : vendors) {
            if (vendor.equals("postgresql")) {
                try (PostgresServer server = PostgresServer.start(directory.resolve("postgresql"))) {
                    PGSimpleDataSource database = new PGSimpleDataSource();
                    database.setURL(server.freshDatabase("registry"));
                    database.setUser(PostgresServer.USER);
                    database.setPassword(PostgresServer.PASSWORD);
                    run(vendor, database, agreements, warmUp, measured, newOnly);
                }
            } else {
                Files.deleteIfExists(directory.resolve("h2/registry.mv.db"));
                JdbcDataSource database = new JdbcDataSource();
                database.setURL("jdbc:h2:file:" + directory.resolve("h2/registry") + ";DB_CLOSE_ON_EXIT=FALSE");
                run(vendor, database, agreements, warmUp, measured, newOnly);
            }
        }
        System.out.println("load average at end: " + loadAverage());
    }

    private static void run(String vendor, DataSource fresh, int agreements, int warmUp, int measured,
            boolean newOnly) throws SQLException {
        long started = System.nanoTime();
        new SchemaMigration(fresh).migrate();
        Connection connection = fresh.getConnection();
        OneConnection database = new OneConnection(connection);
        RegistryData.load(connection, agreements, vendor.equals("postgresql"));
        System.out.printf("%s: %,d agreements migrated and loaded in %.1f s (load average %s)%n", vendor, agreements,
                (System.nanoTime() - started) / 1e9, loadAverage());
        WholeAgreementListing before = new WholeAgreementListing(database);
        AgreementListing after = new AgreementListing(database);
        CpuClock cpu = new CpuClock(connection);
        Map<String, AgreementQuery> queries = queries(agreements, RegistryData.partyNamed(connection, RegistryData.PARTY_WORD));
        if (newOnly) {
            for (int i = 0; i < warmUp; i++) {
                queries.values().forEach(after::page);
            }
        }
        System.out.println();
        System.out.println("| " + vendor + " | matches | before p50 | before p95 | before CPU | after p50 | after p95 | after CPU |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, AgreementQuery> query : queries.entrySet()) {
            ResultPage<AgreementSummary> old = before.page(query.getValue());
            ResultPage<AgreementSummary> now = after.page(query.getValue());
            if (old.total() != now.total() || !ids(old).equals(ids(now))) {
                throw new IllegalStateException(query.getKey() + ": the new query finds " + now.total() + " " + ids(now)
                        + ", the old one " + old.total() + " " + ids(old));
            }
            List<Long> oldTimes = new ArrayList<>();
            List<Long> newTimes = new ArrayList<>();
            long oldCpu = 0;
            long newCpu = 0;
            long newJava = 0;
            for (int i = newOnly ? warmUp : 0; i < warmUp + measured; i++) {
                long cpuBefore = cpu.nanos();
                long oldTime = newOnly ? 0 : time(before::page, query.getValue());
                long cpuBetween = cpu.nanos();
                long javaBefore = cpu.javaNanos();
                long newTime = time(after::page, query.getValue());
                long javaAfter = cpu.javaNanos();
                long cpuAfter = cpu.nanos();
                if (i >= warmUp) {
                    oldTimes.add(oldTime);
                    newTimes.add(newTime);
                    oldCpu += cpuBetween - cpuBefore;
                    newCpu += cpuAfter - cpuBetween;
                    newJava += javaAfter - javaBefore;
                }
            }
            System.out.printf("| %s | %,d | %s | %s | %s | %s | %s | %s |%n", query.getKey(), now.total(),
                    millis(percentile(oldTimes, 50)), millis(percentile(oldTimes, 95)), millis(oldCpu / measured),
                    millis(percentile(newTimes, 50)), millis(percentile(newTimes, 95)), millis(newCpu / measured));
            if (newOnly) {
                System.out.printf("|   of which Java (driver and listing) | | | | | | | %s |%n", millis(newJava / measured));
            }
        }
        System.out.println();
        System.out.println("load average after " + vendor + ": " + loadAverage());
        database.closeForGood();
    }

    /**
     * What the registry's users ask most: its first page, a page deep inside, searches, and the agreements of the
     * party whose name the party search types.
     */
    private static Map<String, AgreementQuery> queries(int agreements, long party) {
        Map<String, AgreementQuery> queries = new LinkedHashMap<>();
        int size = AgreementQuery.DEFAULT_SIZE;
        queries.put("list, first page", AgreementQuery.all());
        queries.put("list, page " + (agreements / size / 2 + 1) + " (middle)", query(null, null, agreements / size / 2, size));
        queries.put("list of signed agreements, first page", query(AgreementStatus.SIGNED, null, 0, size));
        queries.put("search title word \"" + RegistryData.TITLE_WORD + "\"", query(null, RegistryData.TITLE_WORD, 0, size));
        queries.put("search number \"PA-2023-01234\"", query(null, "PA-2023-01234", 0, size));
        queries.put("search party \"" + RegistryData.PARTY_WORD + "\"", query(null, RegistryData.PARTY_WORD, 0, size));
        queries.put("party filter, the same party", new AgreementQuery(null, party, null, null, null, 0, size));
        return queries;
    }

    private static AgreementQuery query(AgreementStatus status, String text, int page, int size) {
        return new AgreementQuery(status, null, null, null, text, page, size);
    }

    private static List<Long> ids(ResultPage<AgreementSummary> page) {
        return page.items().stream().map(AgreementSummary::id).toList();
    }

    private static long time(Function<AgreementQuery, ResultPage<AgreementSummary>> listing, AgreementQuery query) {
        long start = System.nanoTime();
        ResultPage<AgreementSummary> page = listing.apply(query);
        long elapsed = System.nanoTime() - start;
        if (page.items().isEmpty() && page.total() > 0) {
            throw new IllegalStateException("an empty page of " + page.total());
        }
        return elapsed;
    }

    /** Nearest rank. */
    private static long percentile(List<Long> times, int percent) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String millis(long nanos) {
        return String.format("%.2f ms", nanos / 1e6);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
