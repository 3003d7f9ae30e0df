package org.pactum.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * CPU time used by this thread and, for a PostgreSQL connection, by the server process behind it: the cost of a
 * database call without the time it waited for a core.
 */
final class CpuClock {

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat's times, on every architecture Pactum runs on. */
    private static final long NANOS_PER_TICK = 10_000_000;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Path serverStat;

    CpuClock(Connection connection) throws SQLException {
        this.serverStat = serverProcess(connection);
    }

    long nanos() {
        return threads.getCurrentThreadCpuTime() + serverNanos();
    }

    /** This thread's part alone: the driver's and the listing's work in Java. */
    long javaNanos() {
        return threads.getCurrentThreadCpuTime();
    }

    private long serverNanos() {
        if (serverStat == null) {
            return 0;
        }
        try {
            String stat = Files.readString(serverStat);
            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the
            // 14th and 15th fields of the line, the 12th and 13th after ") ".
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + serverStat, e);
        }
    }

    /** The /proc stat file of the PostgreSQL backend serving {@code connection}; null for H2, which runs in-process. */
    private static Path serverProcess(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return null;
        }
        try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return Path.of("/proc", String.valueOf(result.getInt(1)), "stat");
        }
    }
}
