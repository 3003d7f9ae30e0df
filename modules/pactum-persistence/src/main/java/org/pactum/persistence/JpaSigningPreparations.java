package org.pactum.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.pactum.domain.signature.SigningPreparation;
import org.pactum.domain.signature.SigningPreparations;

/** Signatures handed out to external tools, in signing_preparation until completed or expired. */
@ApplicationScoped
public class JpaSigningPreparations implements SigningPreparations {

    private static final String COLUMNS = "id, agreement_id, party_id, signer, field_name, prepared_pdf, byte_range, "
            + "certificate_chain, signed_attributes, signing_time, based_on_sha256, created_at, expires_at";

    @PersistenceContext(unitName = "pactum")
    EntityManager em;

    @Override
    public void add(SigningPreparation preparation) {
        em.flush();
        NativeSql.update(em, "INSERT INTO signing_preparation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.of(preparation.id(), preparation.agreementId(), preparation.partyId(), preparation.signer(),
                        preparation.fieldName(), preparation.preparedPdf(), range(preparation.byteRange()),
                        chain(preparation.certificateChain()), preparation.signedAttributes(),
                        JpaSignatures.utc(preparation.signingTime()), preparation.basedOnSha256(),
                        JpaSignatures.utc(preparation.createdAt()), JpaSignatures.utc(preparation.expiresAt())));
    }

    @Override
    public Optional<SigningPreparation> find(String id) {
        return NativeSql.rows(em, "SELECT " + COLUMNS + " FROM signing_preparation WHERE id = ?", id).stream()
                .findFirst().map(JpaSigningPreparations::preparation);
    }

    @Override
    public void remove(String id) {
        NativeSql.update(em, "DELETE FROM signing_preparation WHERE id = ?", List.of(id));
    }

    @Override
    public int removeExpired(Instant now) {
        return NativeSql.update(em, "DELETE FROM signing_preparation WHERE expires_at <= ?", List.of(JpaSignatures.utc(now)));
    }

    private static SigningPreparation preparation(NativeRow row) {
        return new SigningPreparation(row.text(0), row.number(1), row.number(2), row.text(3), row.text(4),
                row.bytes(5), Arrays.stream(row.text(6).split(" ")).mapToLong(Long::parseLong).toArray(),
                Arrays.stream(row.text(7).split(",")).map(Base64.getDecoder()::decode).toList(), row.bytes(8),
                row.instant(9), row.text(10).strip(), row.instant(11), row.instant(12));
    }

    private static String range(long[] byteRange) {
        return Arrays.stream(byteRange).mapToObj(Long::toString).collect(Collectors.joining(" "));
    }

    private static String chain(List<byte[]> certificates) {
        return certificates.stream().map(Base64.getEncoder()::encodeToString).collect(Collectors.joining(","));
    }
}
