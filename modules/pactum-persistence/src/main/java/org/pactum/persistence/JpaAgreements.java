package org.pactum.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementSummary;
import org.pactum.domain.agreement.Agreements;
import org.pactum.domain.query.ResultPage;

@ApplicationScoped
public class JpaAgreements implements Agreements {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Inject
    SequenceSql sequences;

    @Resource(lookup = "java:app/jdbc/pactum")
    DataSource dataSource;

    @Override
    public Optional<Agreement> find(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    @Override
    public ResultPage<Agreement> search(AgreementQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Agreement a" + where, Long.class);
        TypedQuery<Agreement> select = em.createQuery(
                "SELECT a FROM Agreement a" + where + " ORDER BY a.updatedAt DESC, a.id DESC", Agreement.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        // Load a page's parties and collections in a few IN queries instead of one query per agreement.
        select.setHint("eclipselink.batch.type", "IN");
        select.setHint("eclipselink.batch", "a.parties");
        select.setHint("eclipselink.batch", "a.languages");
        select.setHint("eclipselink.batch", "a.areas");
        List<Agreement> items = select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return new ResultPage<>(items, query.page(), query.size(), count.getSingleResult());
    }

    /**
     * Plain SQL without the wordings (see {@link AgreementListing}). Agreements stored before revisions existed (schema
     * V5) have no stored hash: theirs is computed, as {@link #search} does.
     */
    @Override
    public ResultPage<AgreementSummary> summaries(AgreementQuery query) {
        ResultPage<AgreementSummary> page = new AgreementListing(dataSource).page(query);
        if (page.items().stream().allMatch(summary -> summary.contentHash() != null)) {
            return page;
        }
        return page.map(summary -> summary.contentHash() != null ? summary
                : summary.withContentHash(AgreementFingerprint.of(em.find(Agreement.class, summary.id()))));
    }

    private static String where(AgreementQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.status() != null) {
            where.append(" AND a.status = :status");
            parameters.put("status", query.status());
        }
        if (query.kind() != null) {
            where.append(" AND a.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.partyId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM Agreement a1 JOIN a1.parties p1 WHERE a1 = a AND p1.id = :partyId)");
            parameters.put("partyId", query.partyId());
        }
        if (query.regionCode() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM Agreement a2 JOIN a2.parties p2 WHERE a2 = a AND p2.region.code = :region)");
            parameters.put("region", query.regionCode());
        }
        if (query.text() != null) {
            String escape = LikePattern.ESCAPE;
            where.append(" AND (LOWER(a.number) LIKE :text").append(escape)
                    .append(" OR LOWER(a.registration.number) LIKE :text").append(escape)
                    .append(" OR LOWER(a.title.ru) LIKE :text").append(escape)
                    .append(" OR LOWER(a.title.kk) LIKE :text").append(escape)
                    .append(" OR LOWER(a.title.en) LIKE :text").append(escape)
                    .append(" OR EXISTS (SELECT 1 FROM Agreement a3 JOIN a3.parties p3 WHERE a3 = a AND (")
                    .append("LOWER(p3.organization.ru) LIKE :text").append(escape)
                    .append(" OR LOWER(p3.organization.kk) LIKE :text").append(escape)
                    .append(" OR LOWER(p3.organization.en) LIKE :text").append(escape).append(")))");
            parameters.put("text", LikePattern.containing(query.text()));
        }
        return where.toString();
    }

    @Override
    public Agreement add(Agreement agreement) {
        em.persist(agreement);
        return agreement;
    }

    @Override
    public long nextNumber() {
        return sequences.next("agreement_number_seq");
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Agreement a", Long.class).getSingleResult();
    }
}
