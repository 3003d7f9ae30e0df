package org.pactum.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' start-up work on one PostgreSQL database, each node a thread with a lock of its own: the second waits
 * for the first, also when the first fails, and a node that dies holding the lock does not block the others.
 */
class StartupLockTest {

    /** Long enough to be sure the second node is waiting, not merely slow to start. */
    private static final long WAITING_MILLIS = 300;

    private DataSource database;
    private final ExecutorService nodes = Executors.newCachedThreadPool();

    @BeforeEach
    void database() {
        database = Database.POSTGRESQL.fresh("startup");
    }

    @AfterEach
    void stop() {
        nodes.shutdownNow();
    }

    @Test
    void a_second_node_waits_until_the_first_has_done_its_start_up_work() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CountDownLatch secondInside = new CountDownLatch(1);
        Future<?> first = nodes.submit(() -> new StartupLock(database).whileHeld(() -> {
            firstInside.countDown();
            await(firstMayFinish);
        }));
        assertTrue(firstInside.await(10, TimeUnit.SECONDS));
        Future<?> second = nodes.submit(() -> new StartupLock(database).whileHeld(secondInside::countDown));

        assertFalse(secondInside.await(WAITING_MILLIS, TimeUnit.MILLISECONDS), "the second node went ahead");
        firstMayFinish.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertTrue(secondInside.await(10, TimeUnit.SECONDS));
        second.get(10, TimeUnit.SECONDS);
    }

    @Test
    void failed_start_up_work_gives_the_lock_back() throws Exception {
        RuntimeException refused = new IllegalStateException("leftover demo users");
        assertEquals(refused, assertThrows(IllegalStateException.class,
                () -> new StartupLock(database).whileHeld(() -> { throw refused; })));

        CountDownLatch secondInside = new CountDownLatch(1);
        nodes.submit(() -> new StartupLock(database).whileHeld(secondInside::countDown)).get(10, TimeUnit.SECONDS);
        assertEquals(0, secondInside.getCount());
    }

    @Test
    void a_node_that_dies_holding_the_lock_does_not_block_the_next() throws Exception {
        CountDownLatch secondInside = new CountDownLatch(1);
        Future<?> second;
        try (Connection dying = database.getConnection();
                PreparedStatement lock = dying.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            lock.setInt(1, StartupLock.PACTUM);
            lock.setInt(2, StartupLock.START_UP);
            lock.executeQuery().close();
            second = nodes.submit(() -> new StartupLock(database).whileHeld(secondInside::countDown));
            assertFalse(secondInside.await(WAITING_MILLIS, TimeUnit.MILLISECONDS), "the lock did not hold");
        } // the dying node's session ends here, as when its process is killed
        second.get(10, TimeUnit.SECONDS);
        assertEquals(0, secondInside.getCount());
    }

    @Test
    void on_h2_the_work_simply_runs() {
        CountDownLatch ran = new CountDownLatch(1);
        new StartupLock(Database.H2.fresh("startup")).whileHeld(ran::countDown);
        assertEquals(0, ran.getCount());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
