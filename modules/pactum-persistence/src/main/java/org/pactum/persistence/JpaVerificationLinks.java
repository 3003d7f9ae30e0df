package org.pactum.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.verification.VerificationLinks;

/** Public verification links in verification_link, one per agreement, written once (V13 refuses changes). */
@ApplicationScoped
public class JpaVerificationLinks implements VerificationLinks {

    /** Two columns at least: a native query of one column answers bare values, not rows (NativeSql wants rows). */
    private static final String COLUMNS = "token, agreement_id";

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public Optional<String> findTokenOf(long agreementId) {
        return NativeSql.rows(em, "SELECT " + COLUMNS + " FROM verification_link WHERE agreement_id = ?", agreementId)
                .stream().findFirst().map(row -> row.text(0));
    }

    @Override
    public Optional<Long> findAgreementOf(String token) {
        return NativeSql.rows(em, "SELECT " + COLUMNS + " FROM verification_link WHERE token = ?", token).stream()
                .findFirst().map(row -> row.number(1));
    }

    @Override
    public void add(long agreementId, String token, Instant createdAt) {
        NativeSql.update(em, "INSERT INTO verification_link (token, agreement_id, created_at) VALUES (?, ?, ?)",
                List.of(token, agreementId, JpaSignatures.utc(createdAt)));
    }
}
