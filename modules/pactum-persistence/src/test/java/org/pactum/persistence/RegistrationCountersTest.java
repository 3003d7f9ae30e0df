package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.domain.agreement.AgreementKind;

/**
 * The registration counters in H2 and in PostgreSQL with the real migrations, each connection standing for one approving
 * transaction: serials per year and kind start at 1, concurrent approvals wait for each other and count on, and a
 * rolled-back approval gives its serial back.
 */
@ParameterizedClass
@EnumSource(Database.class)
class RegistrationCountersTest {

    @Parameter
    Database database;

    private static final AgreementKind MEMORANDUM = AgreementKind.MEMORANDUM_OF_COOPERATION;
    private static final AgreementKind AGREEMENT = AgreementKind.COOPERATION_AGREEMENT;
    /** Long enough to be sure a transaction is waiting, not merely slow to start. */
    private static final long WAITING_MILLIS = 300;

    private DataSource counters;
    private final ExecutorService approvers = Executors.newCachedThreadPool();

    @BeforeEach
    void migrate() {
        counters = database.migrated("registration");
    }

    @AfterEach
    void stop() {
        approvers.shutdownNow();
    }

    @Test
    void serials_start_at_one_and_count_separately_per_year_and_kind() throws SQLException {
        assertEquals(1, committed(2026, MEMORANDUM));
        assertEquals(2, committed(2026, MEMORANDUM));
        assertEquals(1, committed(2026, AGREEMENT));
        assertEquals(1, committed(2027, MEMORANDUM));
        assertEquals(3, committed(2026, MEMORANDUM));
    }

    @Test
    void a_rolled_back_approval_gives_its_serial_back() throws SQLException {
        committed(2026, AGREEMENT);
        try (Connection transaction = begin()) {
            assertEquals(2, RegistrationCounterSql.next(transaction, 2026, AGREEMENT));
            transaction.rollback();
        }
        assertEquals(2, committed(2026, AGREEMENT), "no gap: the serial of the rolled-back approval is given again");
    }

    @Test
    void a_rolled_back_first_approval_of_the_year_leaves_no_counter_behind() throws SQLException {
        try (Connection transaction = begin()) {
            assertEquals(1, RegistrationCounterSql.next(transaction, 2028, AGREEMENT));
            transaction.rollback();
        }
        assertEquals(1, committed(2028, AGREEMENT));
    }

    @Test
    void a_second_approval_waits_for_the_first_and_takes_the_next_serial() throws Exception {
        committed(2026, MEMORANDUM);
        try (Connection first = begin()) {
            assertEquals(2, RegistrationCounterSql.next(first, 2026, MEMORANDUM));
            Future<Long> second = approvers.submit(() -> committed(2026, MEMORANDUM));
            Thread.sleep(WAITING_MILLIS);
            assertFalse(second.isDone(), "the second approval must wait while the first holds the counter");
            first.commit();
            assertEquals(3, second.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void when_the_first_approval_rolls_back_the_waiting_one_takes_its_serial() throws Exception {
        committed(2026, MEMORANDUM);
        try (Connection first = begin()) {
            assertEquals(2, RegistrationCounterSql.next(first, 2026, MEMORANDUM));
            Future<Long> second = approvers.submit(() -> committed(2026, MEMORANDUM));
            Thread.sleep(WAITING_MILLIS);
            assertFalse(second.isDone());
            first.rollback();
            assertEquals(2, second.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void two_first_approvals_of_a_year_race_to_start_the_counter_and_get_one_and_two() throws Exception {
        try (Connection first = begin()) {
            assertEquals(1, RegistrationCounterSql.next(first, 2029, AGREEMENT));
            Future<Long> second = approvers.submit(() -> committed(2029, AGREEMENT));
            Thread.sleep(WAITING_MILLIS);
            first.commit();
            assertEquals(2, second.get(10, TimeUnit.SECONDS));
        }
        assertEquals(3, committed(2029, AGREEMENT));
    }

    @Test
    void many_concurrent_approvals_get_distinct_consecutive_serials() throws Exception {
        int approvals = 12;
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < approvals; i++) {
            tasks.add(() -> committed(2030, AGREEMENT));
        }
        Set<Long> serials = new TreeSet<>();
        for (Future<Long> serial : approvers.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
            serials.add(serial.get());
        }
        assertEquals(LongStream.rangeClosed(1, approvals).boxed().collect(Collectors.toCollection(TreeSet::new)), serials);
    }

    /** One approving transaction that draws a serial and commits. */
    private long committed(int year, AgreementKind kind) throws SQLException {
        try (Connection transaction = begin()) {
            long serial = RegistrationCounterSql.next(transaction, year, kind);
            transaction.commit();
            return serial;
        }
    }

    private Connection begin() throws SQLException {
        Connection connection = counters.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }
}
