package org.pactum.signing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.trust.TrustChanged;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.fixtures.memory.RevocationListsInMemory;
import org.pactum.fixtures.memory.TrustAnchorsInMemory;
import org.pactum.signing.control.CertificateCheck;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.control.ValidatedPath;
import org.pactum.signing.entity.DemoPki;
import org.pactum.signing.entity.DemoSigner;
import org.pactum.signing.entity.IssuedKey;

class DemoCertificatesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final char[] PIN = "demo".toCharArray();

    private static TrustStore trustStore;
    private static RecordedEvents<TrustChanged> changes;
    private static DemoPki pki;

    @BeforeAll
    static void firstStart() {
        trustStore = new TrustStore();
        trustStore.trustAnchors = new TrustAnchorsInMemory();
        trustStore.revocationLists = new RevocationListsInMemory();
        changes = new RecordedEvents<>();
        trustStore.changes = changes;
        trustStore.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        DemoCertificates demo = new DemoCertificates();
        demo.trustStore = trustStore;
        demo.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        pki = demo.create(List.of(
                new DemoSigner("signer1", "Алексей Соколов", "Правительство Омской области", "RU", null),
                new DemoSigner("signer2", "Нурлан Сейтжанов", "Павлодар облысының әкімдігі", "KZ", "signer2@example.kz")),
                PIN, "system");
    }

    @Test
    void the_demo_root_is_trusted_with_its_crl_and_both_changes_are_announced() {
        assertEquals(List.of(pki.root()), trustStore.anchors());
        assertEquals(List.of(pki.crl()), trustStore.crls());
        assertEquals(pki.anchorId(), trustStore.list().getFirst().id());
        assertEquals(List.of(AuditAction.TRUST_ANCHOR_ADDED, AuditAction.REVOCATION_LIST_ADDED),
                changes.fired().stream().map(TrustChanged::action).toList());
    }

    @Test
    void each_demo_signer_opens_a_key_with_the_pin_whose_certificate_passes_the_check_with_revocation_checked() {
        for (String username : List.of("signer1", "signer2")) {
            IssuedKey key = pki.signers().get(username);
            var opened = KeyStoreKeySource.openPkcs12(key.pkcs12(), PIN);

            ValidatedPath path = CertificateCheck.check(opened.certificateChain(), trustStore.anchors(), trustStore.crls(), NOW);

            assertEquals(key.chain(), opened.certificateChain());
            assertEquals(pki.root(), path.anchor());
            assertTrue(path.revocationChecked(), username);
        }
        assertEquals("CN=Нурлан Сейтжанов,O=Павлодар облысының әкімдігі,C=KZ",
                pki.signers().get("signer2").certificate().getSubjectX500Principal().getName());
    }

    @Test
    void the_time_stamping_unit_is_certified_for_time_stamping_alone() throws Exception {
        IssuedKey tsa = pki.timestamping();

        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.certificate().getExtendedKeyUsage());
        assertEquals(tsa.chain(), KeyStoreKeySource.openPkcs12(tsa.pkcs12(), PIN).certificateChain());
    }
}
