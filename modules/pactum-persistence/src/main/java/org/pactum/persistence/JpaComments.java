package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.comment.Comment;
import org.pactum.domain.comment.Comments;

@ApplicationScoped
public class JpaComments implements Comments {

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Comment add(Comment comment) {
        em.persist(comment);
        return comment;
    }

    @Override
    public Optional<Comment> find(long id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    @Override
    public List<Comment> onAgreement(long agreementId) {
        // Ids come from blocks of 50 per node, so only the time orders comments as written; the id breaks ties.
        return em.createQuery("SELECT c FROM Comment c WHERE c.agreementId = :agreement ORDER BY c.createdAt, c.id", Comment.class)
                .setParameter("agreement", agreementId)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
