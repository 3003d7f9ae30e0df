package org.pactum.web.postgresql;

import java.nio.file.Path;

import org.pactum.fixtures.PostgresServer;

/**
 * Whether this test JVM is the failsafe execution "postgresql" ({@code pactum.it.database=postgresql}), and the one
 * PostgreSQL server it starts for every application server it boots: the Arquillian deployments' and the shared API
 * server's.
 */
public final class PostgresqlRun {

    private PostgresqlRun() {
    }

    public static boolean asked() {
        return "postgresql".equals(System.getProperty("pactum.it.database"));
    }

    /** The module's build directory, under which the server's cluster and the application's data directories live. */
    public static Path build() {
        return Path.of(System.getProperty("pactum.it.build", "target")).toAbsolutePath();
    }

    /** The server of this JVM, started on first use. */
    public static PostgresServer server() {
        return PostgresServer.shared(build());
    }
}
