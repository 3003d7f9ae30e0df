package org.pactum.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.pactum.fixtures.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases the schema tests run on: an in-memory H2 and a real PostgreSQL of the tests' own
 * ({@link PostgresServer}, one per test JVM under target/). Each test gets an empty database of its own.
 */
enum Database {
    H2,
    POSTGRESQL;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String TEMPLATE = "migrated_template";
    private static boolean templateMigrated;

    /** An empty database whose name starts with {@code name}, nothing migrated yet. */
    DataSource fresh(String name) {
        String unique = name + DATABASES.incrementAndGet();
        if (this == H2) {
            JdbcDataSource database = new JdbcDataSource();
            database.setURL("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1");
            return database;
        }
        return postgres(server().freshDatabase(unique));
    }

    /**
     * A database of its own with every migration applied. On PostgreSQL the migrations run once per JVM, into a
     * template each test's database is copied from: copying is much quicker than migrating again.
     */
    DataSource migrated(String name) {
        if (this == H2) {
            DataSource database = fresh(name);
            new SchemaMigration(database).migrate();
            return database;
        }
        String unique = name + DATABASES.incrementAndGet();
        try (Connection connection = server().connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + unique + " TEMPLATE " + migratedTemplate());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the migrated database", e);
        }
        return postgres(server().url(unique));
    }

    /** A database of its own migrated up to {@code version} only, to put old rows in before the later migrations run. */
    DataSource migratedUpTo(String name, String version) {
        DataSource database = fresh(name);
        Flyway.configure().dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + migrations())
                .target(version).load().migrate();
        return database;
    }

    private static synchronized String migratedTemplate() {
        if (!templateMigrated) {
            new SchemaMigration(postgres(server().freshDatabase(TEMPLATE))).migrate();
            templateMigrated = true;
        }
        return TEMPLATE;
    }

    private static PostgresServer server() {
        return PostgresServer.shared(Path.of("target").toAbsolutePath());
    }

    private static DataSource postgres(String url) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(url);
        database.setUser(PostgresServer.USER);
        database.setPassword(PostgresServer.PASSWORD);
        return database;
    }

    /** SQLSTATE of a row that names a parent row which does not exist (the two disagree on it). */
    String referenceMissing() {
        return this == H2 ? "23506" : "23503";
    }

    /** A query for the next value of {@code sequence}. */
    String nextValue(String sequence) {
        return DatabaseVendor.valueOf(name()).nextValue(sequence);
    }

    /** The folder of this database's own migrations, as {@link SchemaMigration} picks it. */
    String migrations() {
        return DatabaseVendor.valueOf(name()).migrations();
    }
}
