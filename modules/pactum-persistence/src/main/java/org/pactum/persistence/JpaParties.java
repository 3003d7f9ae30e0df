package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.pactum.domain.party.Parties;
import org.pactum.domain.party.Party;

@ApplicationScoped
public class JpaParties implements Parties {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Optional<Party> find(long id) {
        return Optional.ofNullable(em.find(Party.class, id));
    }

    @Override
    public List<Party> search(String text, String regionCode) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Party p WHERE 1 = 1");
        boolean byText = text != null && !text.isBlank();
        boolean byRegion = regionCode != null && !regionCode.isBlank();
        if (byText) {
            jpql.append(" AND (LOWER(p.organization.ru) LIKE :text").append(LikePattern.ESCAPE)
                    .append(" OR LOWER(p.organization.kk) LIKE :text").append(LikePattern.ESCAPE)
                    .append(" OR LOWER(p.organization.en) LIKE :text").append(LikePattern.ESCAPE).append(")");
        }
        if (byRegion) {
            jpql.append(" AND p.region.code = :region");
        }
        jpql.append(" ORDER BY p.organization.ru, p.id");
        TypedQuery<Party> query = em.createQuery(jpql.toString(), Party.class);
        if (byText) {
            query.setParameter("text", LikePattern.containing(text.strip()));
        }
        if (byRegion) {
            query.setParameter("region", regionCode.strip());
        }
        return query.getResultList();
    }

    @Override
    public Party add(Party party) {
        em.persist(party);
        return party;
    }
}
