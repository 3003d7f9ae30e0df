package org.pactum.persistence;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.verification.VerificationRecord;
import org.pactum.domain.verification.VerificationRecords;

/** Verification reports in verification_report, written once. */
@ApplicationScoped
public class JpaVerificationRecords implements VerificationRecords {

    private static final String COLUMNS = "id, document_sha256, indication, report, requested_by, created_at";

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public void add(VerificationRecord record) {
        NativeSql.update(em, "INSERT INTO verification_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(record.id(), record.documentSha256(), record.indication(), record.report(),
                        record.requestedBy(), JpaSignatures.utc(record.createdAt())));
    }

    @Override
    public Optional<VerificationRecord> find(String id) {
        return NativeSql.rows(em, "SELECT " + COLUMNS + " FROM verification_report WHERE id = ?", id).stream().findFirst()
                .map(row -> new VerificationRecord(row.text(0), row.text(1).strip(), row.text(2), row.text(3),
                        row.text(4), row.instant(5)));
    }
}
