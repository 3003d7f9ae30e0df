package org.pactum.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pactum.audit.control.ChainVerifier;
import org.pactum.audit.control.SealKey;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditRecord;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainHead;
import org.pactum.persistence.AuditRows;
import org.pactum.persistence.JpaAuditLog;
import org.pactum.persistence.SchemaMigration;

/**
 * Verifying a stored chain of a million events, sealed every 100, from an H2 file database with the real schema,
 * exactly as {@code GET /api/v1/audit/verification} does it: hashes and seal signatures are checked on
 * {@code sealThreads} threads beside the one that reads (0: all in the reading thread). The fork runs with a 64 MB
 * heap: if verification held the chain in memory it could not finish; {@code -prof gc} shows the allocation rate.
 * <p>
 * Writing the chain takes minutes, and far longer on a busy machine; with {@code -Dpactum.benchmark.chain=<directory>}
 * (a JVM argument of the fork: {@code -jvmArgsAppend}) the chain is written there once and reused by later runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AuditVerificationBenchmark {

    private static final int SEAL_EVERY = 100;

    @Param("1000000")
    int events;

    @Param("1")
    int sealThreads;

    private Path directory;
    private boolean kept;
    private JdbcDataSource database;
    private SealKey key;
    private ExecutorService sealChecks;

    @Setup(Level.Trial)
    public void storeChain() throws IOException, GeneralSecurityException, SQLException {
        sealChecks = sealThreads == 0 ? null : Executors.newFixedThreadPool(sealThreads, Thread.ofPlatform().daemon().factory());
        String keep = System.getProperty("pactum.benchmark.chain");
        kept = keep != null;
        directory = kept ? Files.createDirectories(Path.of(keep).resolve(events + "-events"))
                : Files.createTempDirectory("pactum-audit-bench");
        Path complete = directory.resolve("complete");
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + directory.resolve("audit") + ";DB_CLOSE_ON_EXIT=FALSE");
        if (Files.exists(complete)) {
            key = SealKey.load(directory.resolve("seal-private.pem"), directory.resolve("seal-public.pem"));
            return;
        }
        key = SealKey.generate(directory.resolve("seal-private.pem"), directory.resolve("seal-public.pem"));
        new SchemaMigration(database).migrate();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        ChainHead head = ChainHead.genesis();
        try (Connection connection = database.getConnection();
             PreparedStatement eventRows = AuditRows.prepareEvents(connection);
             PreparedStatement sealRows = AuditRows.prepareSeals(connection)) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= events; i++) {
                AuditEvent event = head.append(record(i), start.plusMillis(i * 10L));
                AuditRows.bind(eventRows, event);
                eventRows.addBatch();
                if (i % SEAL_EVERY == 0) {
                    AuditRows.bind(sealRows, seal(event));
                    sealRows.addBatch();
                }
                if (i % 10_000 == 0) {
                    eventRows.executeBatch();
                    sealRows.executeBatch();
                    connection.commit();
                }
            }
            eventRows.executeBatch();
            sealRows.executeBatch();
            connection.commit();
        }
        Files.writeString(complete, events + " events, sealed every " + SEAL_EVERY + "\n");
    }

    @Benchmark
    public ChainVerification verifyStoredChain() {
        ChainVerifier verifier = new ChainVerifier(id -> id.equals(key.keyId()) ? key.publicKey() : null);
        if (sealChecks != null) {
            verifier.checkingOn(sealChecks);
        }
        new JpaAuditLog(database).walk(verifier);
        ChainVerification report = verifier.finish();
        if (!report.intact() || report.eventsChecked() != events) {
            throw new IllegalStateException("the benchmark chain should verify: " + report);
        }
        return report;
    }

    @TearDown(Level.Trial)
    public void removeDatabase() throws IOException {
        if (sealChecks != null) {
            sealChecks.shutdown();
        }
        if (kept) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private AuditSeal seal(AuditEvent event) throws GeneralSecurityException {
        Instant at = event.occurredAt().plusMillis(1);
        return new AuditSeal(event.sequence(), event.hash(), at, key.keyId(), SealKey.ALGORITHM,
                key.sign(AuditSeal.signedContent(event.sequence(), event.hash(), at, key.keyId())));
    }

    /** A realistic mix: agreement changes with details, and sign-ins. */
    private static AuditRecord record(int i) {
        if (i % 4 == 0) {
            return new AuditRecord(AuditAction.SIGNED_IN, "approver" + (i % 5), Set.of(), null, null, null,
                    Map.of("channel", "WEB"), "10.20.30." + (i % 250));
        }
        return new AuditRecord(AuditAction.AGREEMENT_SUBMITTED, "drafter", Set.of("DRAFTER"), (long) (i % 5000), (long) (i % 9 + 1),
                "3f5ef59b73e44401e277eb85fcb7fff7ec4f2db6df32330ae2b32e5b0786498d",
                Map.of("number", "PA-2026-" + (i % 5000), "from", "DRAFT", "to", "IN_APPROVAL"), "10.20.30.40");
    }
}
