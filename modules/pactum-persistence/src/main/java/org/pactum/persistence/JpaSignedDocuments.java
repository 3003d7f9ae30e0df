package org.pactum.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.signature.SignedDocument;
import org.pactum.domain.signature.SignedDocuments;

/** Approved prints and signed PDFs in signed_document, each row written once (V11 refuses changes). */
@ApplicationScoped
public class JpaSignedDocuments implements SignedDocuments {

    private static final String COLUMNS = "sha256, agreement_id, kind, content_hash, pdf, kept_at";

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public void keep(SignedDocument document) {
        if (NativeSql.exists(em, "SELECT 1 FROM signed_document WHERE sha256 = ?", document.sha256())) {
            return;
        }
        em.flush();
        NativeSql.update(em, "INSERT INTO signed_document (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                List.of(document.sha256(), document.agreementId(), document.kind().name(), document.contentHash(),
                        document.pdf(), JpaSignatures.utc(document.keptAt())));
    }

    @Override
    public Optional<SignedDocument> find(String sha256) {
        return NativeSql.rows(em, "SELECT " + COLUMNS + " FROM signed_document WHERE sha256 = ?", sha256).stream()
                .findFirst().map(JpaSignedDocuments::document);
    }

    @Override
    public Optional<SignedDocument> approvedPrint(long agreementId) {
        return NativeSql.rows(em, "SELECT " + COLUMNS + " FROM signed_document WHERE agreement_id = ? AND kind = ?"
                        + " ORDER BY kept_at", agreementId, SignedDocument.Kind.APPROVED_PRINT.name()).stream()
                .findFirst().map(JpaSignedDocuments::document);
    }

    private static SignedDocument document(NativeRow row) {
        return new SignedDocument(row.text(0).strip(), row.number(1), SignedDocument.Kind.valueOf(row.text(2).strip()),
                row.text(3).strip(), row.bytes(4), row.instant(5));
    }
}
