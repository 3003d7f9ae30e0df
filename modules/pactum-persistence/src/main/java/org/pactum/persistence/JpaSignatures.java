package org.pactum.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.signature.CertificateSummary;
import org.pactum.domain.signature.KeyOrigin;
import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.Signatures;

/** Signatures in agreement_signature, through native SQL in the signing transaction (a record is no JPA entity). */
@ApplicationScoped
public class JpaSignatures implements Signatures {

    private static final String COLUMNS = "agreement_id, position, party_id, signer, key_origin, cert_subject, cert_issuer, "
            + "cert_serial, cert_not_before, cert_not_after, cert_sha256, signed_at, timestamped_at, pades_level, "
            + "document_sha256, based_on_sha256";
    /**
     * A signature without a timestamp has no timestamped_at. JPA binds that null without a type, which PostgreSQL
     * takes for text and refuses for a timestamp column; the cast makes it a timestamp's null on both databases.
     */
    static final String INSERT = "INSERT INTO agreement_signature (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, CAST(? AS TIMESTAMP WITH TIME ZONE), ?, ?, ?)";

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public List<Signature> of(long agreementId) {
        return NativeSql.rows(em, "SELECT " + COLUMNS + " FROM agreement_signature WHERE agreement_id = ? ORDER BY position",
                agreementId).stream().map(JpaSignatures::signature).toList();
    }

    @Override
    public void add(Signature signature) {
        if (NativeSql.exists(em, "SELECT 1 FROM agreement_signature WHERE agreement_id = ? AND position = ?",
                signature.agreementId(), signature.position())) {
            throw new DuplicateException("Signature", signature.agreementId() + "/" + signature.position());
        }
        em.flush(); // the agreement's change of status and the documents must be written first
        CertificateSummary certificate = signature.certificate();
        NativeSql.update(em, INSERT,
                Arrays.asList(signature.agreementId(), signature.position(), signature.partyId(), signature.signer(),
                        signature.keyOrigin().name(), certificate.subject(), certificate.issuer(),
                        certificate.serialNumber(), utc(certificate.notBefore()), utc(certificate.notAfter()),
                        certificate.sha256(), utc(signature.signedAt()), utc(signature.timestampedAt()),
                        signature.level(), signature.documentSha256(), signature.basedOnSha256()));
    }

    private static Signature signature(NativeRow row) {
        CertificateSummary certificate = new CertificateSummary(row.text(5), row.text(6), row.text(7), row.instant(8),
                row.instant(9), row.text(10));
        return new Signature(row.number(0), (int) row.number(1), row.number(2), row.text(3),
                KeyOrigin.valueOf(row.text(4)), certificate, row.instant(11), row.instantOrNull(12), row.text(13),
                row.text(14), row.text(15));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
