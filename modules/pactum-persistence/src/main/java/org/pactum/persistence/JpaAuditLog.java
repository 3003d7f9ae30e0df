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

    private static final int PAGE = 1_000;
    private static final String EVENT_COLUMNS = "sequence, occurred_at, actor, actor_roles, action, agreement_id, agreement_version,"
            + " content_hash, details, client_address, previous_hash, hash";
    private static final String EVENT_PAGE = "SELECT " + EVENT_COLUMNS + " FROM audit_event WHERE sequence >= ? AND sequence <= ?"
            + " ORDER BY sequence FETCH FIRST " + PAGE + " ROWS ONLY";
    private static final String SEAL_PAGE = "SELECT sequence, head_hash, sealed_at, key_id, algorithm, signature FROM audit_seal"
            + " WHERE sequence >= ? AND sequence <= ? ORDER BY sequence FETCH FIRST " + PAGE + " ROWS ONLY";

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

    /**
     * Reads in pages of {@value #PAGE} rows by sequence, each page its own query: H2 copies a whole result into a
     * temporary file before it hands out its first row (for a million events that copy took most of a verification's
     * time), and its lazy execution loses pages under a long read (H2 issue 4142). Both walks are bounded by what was
     * there when the walk began, seals first: a seal made meanwhile for an event the walk does not reach would look
     * like a truncated chain.
     */
    @Override
    public void walk(ChainWalker walker, long fromSequence) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            connection.setReadOnly(true);
            try (PreparedStatement seals = connection.prepareStatement(SEAL_PAGE);
                 PreparedStatement events = connection.prepareStatement(EVENT_PAGE)) {
                long lastSeal = last(connection, "audit_seal");
                long lastEvent = last(connection, "audit_event");
                walker.seals(new SealPages(seals, fromSequence, lastSeal));
                long next = fromSequence;
                int read = PAGE;
                while (read == PAGE && next <= lastEvent) {
                    read = 0;
                    events.setLong(1, next);
                    events.setLong(2, lastEvent);
                    try (ResultSet rows = events.executeQuery()) {
                        while (rows.next()) {
                            AuditEvent event = event(rows);
                            read++;
                            next = event.sequence() + 1;
                            if (!walker.event(event)) {
                                return;
                            }
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    private static long last(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT COALESCE(MAX(sequence), 0) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        return AuditEvent.stored(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                row.getString(4), row.getString(5), (Long) row.getObject(6, Long.class), (Long) row.getObject(7, Long.class),
                row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12));
    }

    /** Seals read page by page as the walk needs them; a page's result set stays open beside the events' page. */
    private static final class SealPages implements Iterator<AuditSeal> {

        private final PreparedStatement query;
        private final long last;
        private long next;
        private ResultSet page;
        private int readFromPage = PAGE;
        private Boolean ahead;

        SealPages(PreparedStatement query, long from, long last) {
            this.query = query;
            this.next = from;
            this.last = last;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = advance();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the audit seals", e);
                }
            }
            return ahead;
        }

        private boolean advance() throws SQLException {
            if (page != null && page.next()) {
                readFromPage++;
                return true;
            }
            if (page != null) {
                page.close();
                page = null;
            }
            if (readFromPage < PAGE || next > last) {
                return false;
            }
            query.setLong(1, next);
            query.setLong(2, last);
            page = query.executeQuery();
            readFromPage = 0;
            return advance();
        }

        @Override
        public AuditSeal next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                AuditSeal seal = new AuditSeal(page.getLong(1), page.getString(2), page.getObject(3, OffsetDateTime.class).toInstant(),
                        page.getString(4), page.getString(5), page.getString(6));
                next = seal.sequence() + 1;
                return seal;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the audit seals", e);
            }
        }
    }
}
