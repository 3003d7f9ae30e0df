package org.pactum.signing.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.trust.RevocationList;
import org.pactum.domain.trust.TrustAnchor;
import org.pactum.domain.trust.TrustChanged;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.fixtures.memory.RevocationListsInMemory;
import org.pactum.fixtures.memory.TrustAnchorsInMemory;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.Pem;

class TrustStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final CertificateAuthority RUSSIAN = CertificateAuthority.root("CN=Корневой УЦ (демо),O=Pactum,C=RU",
            KeyPairs.rsa2048(), NOW.minus(10, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS));
    private static final CertificateAuthority KAZAKH = CertificateAuthority.root("CN=Түбірлік КО (демо),O=Pactum,C=KZ",
            KeyPairs.ecP256(), NOW.minus(10, ChronoUnit.DAYS), NOW.plus(3650, ChronoUnit.DAYS));

    private TrustStore store;
    private RecordedEvents<TrustChanged> changes;

    @BeforeEach
    void store() {
        store = new TrustStore();
        store.trustAnchors = new TrustAnchorsInMemory();
        store.revocationLists = new RevocationListsInMemory();
        changes = new RecordedEvents<>();
        store.changes = changes;
        store.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void an_added_root_is_trusted_known_by_its_sha256_and_announced() throws Exception {
        TrustAnchor added = store.add(Pem.certificate(RUSSIAN.certificate()), "admin");

        byte[] der = RUSSIAN.certificate().getEncoded();
        assertEquals(Sha256.hex(der), added.sha256());
        assertEquals("CN=Корневой УЦ (демо),O=Pactum,C=RU", added.subject());
        assertArrayEquals(der, added.certificate());
        assertEquals(RUSSIAN.certificate().getNotAfter().toInstant(), added.notAfter());
        assertEquals("admin", added.addedBy());
        assertEquals(NOW, added.addedAt());
        assertEquals(List.of(RUSSIAN.certificate()), store.anchors());
        assertEquals(new TrustChanged(AuditAction.TRUST_ANCHOR_ADDED, added.subject(), added.sha256(), "admin"), changes.last());
    }

    @Test
    void a_russian_and_a_kazakh_root_are_trusted_side_by_side() {
        store.add(Pem.certificate(RUSSIAN.certificate()), "admin");
        store.add(Pem.certificate(KAZAKH.certificate()), "admin");

        assertEquals(List.of(RUSSIAN.certificate(), KAZAKH.certificate()), store.anchors());
        assertEquals(2, store.list().size());
    }

    @Test
    void the_pem_handed_out_is_the_certificate_added() {
        TrustAnchor added = store.add(Pem.certificate(KAZAKH.certificate()), "admin");

        String pem = store.pem(added.id());

        assertEquals(Pem.certificate(KAZAKH.certificate()), pem);
        assertThrows(DuplicateException.class, () -> store.add(pem, "admin"));
    }

    @Test
    void the_same_certificate_twice_is_a_duplicate_and_nothing_is_announced() {
        store.add(Pem.certificate(RUSSIAN.certificate()), "admin");

        DuplicateException refused = assertThrows(DuplicateException.class, () -> store.add(Pem.certificate(RUSSIAN.certificate()), "admin2"));

        assertTrue(refused.getMessage().contains("Корневой УЦ"), refused.getMessage());
        assertEquals(1, store.list().size());
        assertEquals(1, changes.fired().size());
    }

    @Test
    void text_that_is_no_certificate_is_refused_on_the_field_certificate() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> store.add("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n", "admin"));

        assertEquals("certificate", refused.errors().getFirst().field());
        assertEquals(Rule.MALFORMED, refused.errors().getFirst().rule());
        assertThrows(InvalidInputException.class, () -> store.add("", "admin"));
        InvalidInputException bundle = assertThrows(InvalidInputException.class,
                () -> store.add(Pem.certificate(RUSSIAN.certificate()) + Pem.certificate(KAZAKH.certificate()), "admin"));
        assertEquals("One certificate at a time, not 2", bundle.errors().getFirst().message());
        assertThrows(InvalidInputException.class, () -> store.add(null, "admin"));
        assertTrue(changes.fired().isEmpty());
    }

    @Test
    void a_signers_certificate_cannot_be_a_trust_anchor() {
        X509Certificate signer = RUSSIAN.issue(KeyPairs.ecP256().getPublic(), new CertificateSubject("Signer", "Pactum", "RU"),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(300, ChronoUnit.DAYS), CertificatePurpose.DOCUMENT_SIGNING);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> store.add(Pem.certificate(signer), "admin"));

        assertEquals("certificate", refused.errors().getFirst().field());
        assertEquals(Rule.INVALID, refused.errors().getFirst().rule());
    }

    @Test
    void a_removed_anchor_is_no_longer_trusted_and_its_crls_go_with_it() {
        TrustAnchor russian = store.add(Pem.certificate(RUSSIAN.certificate()), "admin");
        TrustAnchor kazakh = store.add(Pem.certificate(KAZAKH.certificate()), "admin");
        store.addRevocationList(russian.id(), der(RUSSIAN.crl(NOW, NOW.plus(7, ChronoUnit.DAYS))), "admin");

        store.remove(russian.id(), "admin2");

        assertEquals(List.of(KAZAKH.certificate()), store.anchors());
        assertTrue(store.crls().isEmpty());
        assertEquals(new TrustChanged(AuditAction.TRUST_ANCHOR_REMOVED, russian.subject(), russian.sha256(), "admin2"), changes.last());
        assertThrows(NotFoundException.class, () -> store.get(russian.id()));
        assertThrows(NotFoundException.class, () -> store.remove(russian.id(), "admin"));
        assertEquals(kazakh.id(), store.get(kazakh.id()).id());
    }

    @Test
    void a_crl_of_the_anchor_is_kept_in_der_or_pem_and_the_latest_per_issuer_is_handed_to_signing() throws Exception {
        TrustAnchor anchor = store.add(Pem.certificate(RUSSIAN.certificate()), "admin");
        X509CRL older = RUSSIAN.crl(NOW.minus(2, ChronoUnit.DAYS), NOW.plus(5, ChronoUnit.DAYS));
        RUSSIAN.revoke(java.math.BigInteger.TEN, NOW.minus(1, ChronoUnit.DAYS), CRLReason.KEY_COMPROMISE);
        X509CRL newer = RUSSIAN.crl(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(6, ChronoUnit.DAYS));

        RevocationList first = store.addRevocationList(anchor.id(), der(newer), "admin");
        store.addRevocationList(anchor.id(), Pem.crl(older).getBytes(StandardCharsets.US_ASCII), "admin");

        assertEquals("CN=Корневой УЦ (демо),O=Pactum,C=RU", first.issuer());
        assertEquals(newer.getThisUpdate().toInstant(), first.thisUpdate());
        assertEquals(newer.getNextUpdate().toInstant(), first.nextUpdate());
        assertEquals(List.of(newer), store.crls());
        assertEquals(2, store.revocationLists(anchor.id()).size());
        assertEquals(new TrustChanged(AuditAction.REVOCATION_LIST_ADDED, first.issuer(), Sha256.hex(older.getEncoded()), "admin"),
                changes.last());
    }

    @Test
    void a_crl_of_another_authority_is_refused() {
        TrustAnchor russian = store.add(Pem.certificate(RUSSIAN.certificate()), "admin");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> store.addRevocationList(russian.id(),
                der(KAZAKH.crl(NOW, NOW.plus(7, ChronoUnit.DAYS))), "admin"));

        assertEquals("crl", refused.errors().getFirst().field());
        assertEquals(Rule.MISMATCH, refused.errors().getFirst().rule());
    }

    @Test
    void a_crl_under_the_anchors_name_but_signed_by_another_key_is_refused() {
        CertificateAuthority impostor = CertificateAuthority.root("CN=Корневой УЦ (демо),O=Pactum,C=RU", KeyPairs.rsa2048(),
                NOW.minus(10, ChronoUnit.DAYS), NOW.plus(10, ChronoUnit.DAYS));
        TrustAnchor russian = store.add(Pem.certificate(RUSSIAN.certificate()), "admin");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> store.addRevocationList(russian.id(),
                der(impostor.crl(NOW, NOW.plus(7, ChronoUnit.DAYS))), "admin"));

        assertTrue(refused.errors().getFirst().message().contains("not signed"), refused.getMessage());
        assertTrue(store.crls().isEmpty());
    }

    @Test
    void bytes_that_are_no_crl_are_refused_and_an_unknown_anchor_is_not_found() {
        TrustAnchor russian = store.add(Pem.certificate(RUSSIAN.certificate()), "admin");

        assertThrows(InvalidInputException.class, () -> store.addRevocationList(russian.id(), new byte[] {1, 2, 3}, "admin"));
        assertThrows(NotFoundException.class,
                () -> store.addRevocationList(99, der(RUSSIAN.crl(NOW, NOW.plus(1, ChronoUnit.DAYS))), "admin"));
    }

    private static byte[] der(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
