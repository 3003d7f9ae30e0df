package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant YEAR_AGO = NOW.minus(365, ChronoUnit.DAYS);
    private static final Instant IN_TEN_YEARS = NOW.plus(3650, ChronoUnit.DAYS);
    private static final CertificateAuthority ROOT = CertificateAuthority.root(
            "CN=Демонстрационный корневой УЦ,O=Pactum,C=RU", KeyPairs.rsa2048(), YEAR_AGO, IN_TEN_YEARS);

    @Test
    void a_root_is_a_self_signed_authority_named_as_written() throws Exception {
        X509Certificate root = ROOT.certificate();

        root.verify(root.getPublicKey());
        assertEquals("CN=Демонстрационный корневой УЦ,O=Pactum,C=RU", root.getSubjectX500Principal().getName());
        assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
        assertEquals(Integer.MAX_VALUE, root.getBasicConstraints());
        assertTrue(root.getKeyUsage()[5], "keyCertSign");
        assertTrue(root.getKeyUsage()[6], "cRLSign");
        assertEquals(YEAR_AGO, root.getNotBefore().toInstant());
        assertEquals(IN_TEN_YEARS, root.getNotAfter().toInstant());
        assertEquals(List.of(root), ROOT.chain());
    }

    @Test
    void a_signers_certificate_may_sign_documents_and_names_its_key_and_its_issuers_key() throws Exception {
        KeyPair keys = KeyPairs.ecP256();
        X509Certificate signer = ROOT.issue(keys.getPublic(),
                new CertificateSubject("Алексей Соколов", "Правительство Омской области", "RU", "sokolov@omskportal.ru"),
                YEAR_AGO, NOW.plus(365, ChronoUnit.DAYS), CertificatePurpose.DOCUMENT_SIGNING);

        signer.verify(ROOT.certificate().getPublicKey());
        assertEquals("CN=Алексей Соколов,O=Правительство Омской области,C=RU", signer.getSubjectX500Principal().getName());
        assertEquals(keys.getPublic(), signer.getPublicKey());
        assertEquals(-1, signer.getBasicConstraints());
        boolean[] usage = signer.getKeyUsage();
        assertTrue(usage[0] && usage[1], "digitalSignature and nonRepudiation");
        assertFalse(usage[5], "no keyCertSign");
        assertNull(signer.getExtendedKeyUsage());
        assertEquals("sokolov@omskportal.ru", signer.getSubjectAlternativeNames().iterator().next().get(1));
        assertArrayEquals(keyIdentifier(ROOT.certificate()), authorityKeyIdentifier(signer));
        assertNotNull(keyIdentifier(signer));
        assertTrue(signer.getCriticalExtensionOIDs().contains(Extension.keyUsage.getId()));
    }

    @Test
    void a_time_stamping_certificate_carries_the_critical_extended_usage_time_stamping_alone() throws Exception {
        X509Certificate tsa = ROOT.issue(KeyPairs.rsa2048().getPublic(), new CertificateSubject("Pactum Demo TSA", "Pactum", "RU"),
                YEAR_AGO, IN_TEN_YEARS, CertificatePurpose.TIMESTAMPING);

        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
        assertTrue(tsa.getCriticalExtensionOIDs().contains(Extension.extendedKeyUsage.getId()));
        assertTrue(tsa.getKeyUsage()[0]);
        assertFalse(tsa.getKeyUsage()[1]);
    }

    @Test
    void an_intermediate_certifies_end_entities_only_and_chains_to_the_root() throws Exception {
        CertificateAuthority intermediate = ROOT.intermediate("CN=Pactum Signing CA,O=Pactum,C=KZ", KeyPairs.ecP256(),
                YEAR_AGO, IN_TEN_YEARS);
        X509Certificate signer = intermediate.issue(KeyPairs.rsa2048().getPublic(),
                new CertificateSubject("Нурлан Сейтжанов", "Акимат Павлодарской области", "KZ"), YEAR_AGO, IN_TEN_YEARS,
                CertificatePurpose.SEAL);

        intermediate.certificate().verify(ROOT.certificate().getPublicKey());
        signer.verify(intermediate.certificate().getPublicKey());
        assertEquals(0, intermediate.certificate().getBasicConstraints());
        assertEquals(List.of(intermediate.certificate(), ROOT.certificate()), intermediate.chain());
        assertArrayEquals(keyIdentifier(intermediate.certificate()), authorityKeyIdentifier(signer));
    }

    @Test
    void serial_numbers_differ_from_one_certificate_to_the_next() {
        CertificateSubject subject = new CertificateSubject("Twin", "Pactum", "RU");
        KeyPair keys = KeyPairs.ecP256();
        X509Certificate first = ROOT.issue(keys.getPublic(), subject, YEAR_AGO, IN_TEN_YEARS, CertificatePurpose.DOCUMENT_SIGNING);
        X509Certificate second = ROOT.issue(keys.getPublic(), subject, YEAR_AGO, IN_TEN_YEARS, CertificatePurpose.DOCUMENT_SIGNING);

        assertNotEquals(first.getSerialNumber(), second.getSerialNumber());
        assertTrue(first.getSerialNumber().signum() > 0);
    }

    @Test
    void a_crl_lists_what_was_revoked_with_its_date_and_reason_signed_by_the_authority() throws Exception {
        KeyPair rootKeys = KeyPairs.ecP256();
        CertificateAuthority authority = CertificateAuthority.root("CN=CRL Test CA,C=KZ", rootKeys, YEAR_AGO, IN_TEN_YEARS);
        X509Certificate kept = authority.issue(KeyPairs.ecP256().getPublic(), new CertificateSubject("Kept", "Pactum", "KZ"),
                YEAR_AGO, IN_TEN_YEARS, CertificatePurpose.DOCUMENT_SIGNING);
        X509Certificate lost = authority.issue(KeyPairs.ecP256().getPublic(), new CertificateSubject("Lost", "Pactum", "KZ"),
                YEAR_AGO, IN_TEN_YEARS, CertificatePurpose.DOCUMENT_SIGNING);
        Instant revokedAt = NOW.minus(3, ChronoUnit.DAYS);

        X509CRL empty = authority.crl(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(7, ChronoUnit.DAYS));
        authority.revoke(lost.getSerialNumber(), revokedAt, CRLReason.KEY_COMPROMISE);
        X509CRL crl = authority.crl(NOW, NOW.plus(7, ChronoUnit.DAYS));

        crl.verify(rootKeys.getPublic());
        assertEquals(authority.certificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertNull(empty.getRevokedCertificates());
        assertTrue(crl.isRevoked(lost));
        assertFalse(crl.isRevoked(kept));
        assertEquals(revokedAt, crl.getRevokedCertificate(lost).getRevocationDate().toInstant());
        assertEquals(CRLReason.KEY_COMPROMISE, crl.getRevokedCertificate(lost).getRevocationReason());
        assertEquals(NOW.plus(7, ChronoUnit.DAYS), crl.getNextUpdate().toInstant());
        assertTrue(crlNumber(crl).compareTo(crlNumber(empty)) > 0, "a later CRL has a greater number");
    }

    @Test
    void an_authority_kept_from_an_earlier_start_issues_under_the_same_name_and_key() throws Exception {
        KeyPair rootKeys = KeyPairs.rsa2048();
        CertificateAuthority first = CertificateAuthority.root("CN=Kept CA,C=RU", rootKeys, YEAR_AGO, IN_TEN_YEARS);
        CertificateAuthority again = CertificateAuthority.of(rootKeys.getPrivate(), first.chain());

        X509Certificate issued = again.issue(KeyPairs.ecP256().getPublic(), new CertificateSubject("Later", "Pactum", "RU"),
                YEAR_AGO, IN_TEN_YEARS, CertificatePurpose.DOCUMENT_SIGNING);

        issued.verify(first.certificate().getPublicKey());
        assertEquals(first.certificate().getSubjectX500Principal(), issued.getIssuerX500Principal());
    }

    @Test
    void a_pkcs12_written_for_a_signer_opens_with_its_pin_and_signs() throws Exception {
        KeyPair keys = KeyPairs.ecP256();
        X509Certificate signer = ROOT.issue(keys.getPublic(), new CertificateSubject("PIN Holder", "Pactum", "RU"),
                YEAR_AGO, IN_TEN_YEARS, CertificatePurpose.DOCUMENT_SIGNING);

        byte[] pkcs12 = Pkcs12.write("signer1", keys.getPrivate(), List.of(signer, ROOT.certificate()), "demo".toCharArray());
        KeySource opened = KeyStoreKeySource.openPkcs12(pkcs12, "demo".toCharArray());

        assertEquals(List.of(signer, ROOT.certificate()), opened.certificateChain());
        byte[] signature = opened.sign(new byte[] {1, 2, 3}, SigningAlgorithm.ECDSA_SHA256);
        java.security.Signature check = java.security.Signature.getInstance("SHA256withECDSA");
        check.initVerify(signer.getPublicKey());
        check.update(new byte[] {1, 2, 3});
        assertTrue(check.verify(signature));
    }

    private static byte[] keyIdentifier(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(value).getOctets()).getKeyIdentifier();
    }

    private static byte[] authorityKeyIdentifier(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        return AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(value).getOctets()).getKeyIdentifier();
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        return org.bouncycastle.asn1.ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets()).getValue();
    }
}
