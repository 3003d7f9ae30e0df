package org.pactum.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.pactum.domain.audit.AuditEvent;
import org.pactum.domain.audit.AuditLog;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.audit.AuditSeal;
import org.pactum.domain.audit.ChainHead;
import org.pactum.domain.audit.ChainWalker;
import org.pactum.domain.query.ResultPage;

/**
 * The audit chain in the database: JPA for appending (so events join the caller's transaction) and plain JDBC cursors
 * for walking the whole chain, because JPA would load it into memory.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    private static final int FETCH_SIZE = 1_000;
    private static final String EVENT_COLUMNS = "sequence, occurred_at, actor, actor_roles, action, agreement_id, agreement_version,"
            + " content_hash, details, client_address, previous_hash, hash";

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/pactum")
    DataSource dataSource;

    JpaAuditLog() {
        // for CDI
    }

    /** Outside the container only {@link #walk} works: tests and tools that check a stored chain. */
    public JpaAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ChainHead lockHead() {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("the audit chain head row is missing: the schema migration V2 did not run");
        }
        return head;
    }

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public void append(AuditSeal seal) {
        em.persist(seal);
    }

    @Override
    public ResultPage<AuditEvent> search(AuditQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.agreementId() != null) {
            where.append(" AND e.agreementId = :agreement");
            parameters.put("agreement", query.agreementId());
        }
        if (query.actor() != null) {
            where.append(" AND e.actor = :actor");
            parameters.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.append(" AND e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", query.to());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class);
        TypedQuery<AuditEvent> select = em.createQuery("SELECT e FROM AuditEvent e" + where
                + (query.newestFirst() ? " ORDER BY e.sequence DESC" : " ORDER BY e.sequence"), AuditEvent.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        List<AuditEvent> items = select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return new ResultPage<>(items, query.page(), query.size(), count.getSingleResult());
    }

    @Override
    public Optional<AuditSeal> sealCovering(long sequence) {
        return em.createQuery("SELECT s FROM AuditSeal s WHERE s.sequence >= :sequence ORDER BY s.sequence", AuditSeal.class)
                .setParameter("sequence", sequence)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AuditEvent> eventsOf(long agreementId, Set<String> leftOutActions) {
        String leftOut = leftOutActions.isEmpty() ? "" : " AND e.action NOT IN :leftOut";
        TypedQuery<AuditEvent> query = em.createQuery("SELECT e FROM AuditEvent e WHERE e.agreementId = :agreement"
                + leftOut + " ORDER BY e.sequence", AuditEvent.class).setParameter("agreement", agreementId);
        if (!leftOutActions.isEmpty()) {
            query.setParameter("leftOut", leftOutActions);
        }
        return query.getResultList();
    }

    @Override
    public void walk(ChainWalker walker, long fromSequence) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            connection.setReadOnly(true);
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                lazy(connection, true);
            }
            try (PreparedStatement seals = connection.prepareStatement(
                         "SELECT sequence, head_hash, sealed_at, key_id, algorithm, signature FROM audit_seal"
                                 + " WHERE sequence >= ? ORDER BY sequence");
                 PreparedStatement events = connection.prepareStatement(
                         "SELECT " + EVENT_COLUMNS + " FROM audit_event WHERE sequence >= ? ORDER BY sequence")) {
                seals.setLong(1, fromSequence);
                events.setLong(1, fromSequence);
                seals.setFetchSize(FETCH_SIZE);
                events.setFetchSize(FETCH_SIZE);
                try (ResultSet sealRows = seals.executeQuery(); ResultSet eventRows = events.executeQuery()) {
                    walker.seals(new SealRows(sealRows));
                    while (eventRows.next() && walker.event(event(eventRows))) {
                        // the walker decides when to stop
                    }
                }
            } finally {
                connection.rollback();
                if (h2) {
                    lazy(connection, false);
                }
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    /**
     * H2 otherwise copies a whole result into a temporary file before it hands out the first row: for a million events
     * that copy took most of a verification's time. Lazy, both result sets stream side by side.
     */
    private static void lazy(Connection connection, boolean lazy) throws SQLException {
        try (Statement setting = connection.createStatement()) {
            setting.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
        }
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        return AuditEvent.stored(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                row.getString(4), row.getString(5), (Long) row.getObject(6, Long.class), (Long) row.getObject(7, Long.class),
                row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12));
    }

    /** Seals read lazily from an open result set. */
    private static final class SealRows implements Iterator<AuditSeal> {

        private final ResultSet rows;
        private Boolean ahead;

        SealRows(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rows.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the audit seals", e);
                }
            }
            return ahead;
        }

        @Override
        public AuditSeal next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                return new AuditSeal(rows.getLong(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class).toInstant(),
                        rows.getString(4), rows.getString(5), rows.getString(6));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the audit seals", e);
            }
        }
    }
}
