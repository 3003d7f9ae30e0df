package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.pactum.domain.signature.ExpiredCertificateException;
import org.pactum.domain.signature.NotYetValidCertificateException;
import org.pactum.domain.signature.RevokedCertificateException;
import org.pactum.domain.signature.UnsuitableCertificateException;
import org.pactum.domain.signature.UntrustedCertificateException;

class CertificateCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(2000, ChronoUnit.DAYS);
    private static final Instant FAR_AHEAD = NOW.plus(3650, ChronoUnit.DAYS);

    private static final KeyPair RUSSIAN_KEYS = KeyPairs.rsa2048();
    private static final CertificateAuthority RUSSIAN = CertificateAuthority.root(
            "CN=Головной удостоверяющий центр (демо),O=Pactum,C=RU", RUSSIAN_KEYS, LONG_AGO, FAR_AHEAD);
    private static final CertificateAuthority KAZAKH = CertificateAuthority.root(
            "CN=Ұлттық куәландырушы орталық (демо),O=Pactum,C=KZ", KeyPairs.ecP256(), LONG_AGO, FAR_AHEAD);
    private static final CertificateAuthority UNKNOWN = CertificateAuthority.root(
            "CN=Someone Else's Root,O=Elsewhere,C=XX", KeyPairs.ecP256(), LONG_AGO, FAR_AHEAD);
    private static final List<X509Certificate> BOTH_ROOTS = List.of(RUSSIAN.certificate(), KAZAKH.certificate());

    @Test
    void signers_under_either_of_two_trusted_national_roots_are_accepted_each_up_to_its_own_root() {
        List<X509Certificate> omsk = signer(RUSSIAN, "Алексей Соколов", "RU", NOW.minus(30, ChronoUnit.DAYS), NOW.plus(335, ChronoUnit.DAYS));
        List<X509Certificate> pavlodar = signer(KAZAKH, "Нурлан Сейтжанов", "KZ", NOW.minus(30, ChronoUnit.DAYS), NOW.plus(335, ChronoUnit.DAYS));

        ValidatedPath russian = CertificateCheck.check(omsk, BOTH_ROOTS, crls(RUSSIAN, KAZAKH), NOW);
        ValidatedPath kazakh = CertificateCheck.check(pavlodar, BOTH_ROOTS, crls(RUSSIAN, KAZAKH), NOW);

        assertEquals(List.of(omsk.getFirst(), RUSSIAN.certificate()), russian.certificates());
        assertEquals(List.of(pavlodar.getFirst(), KAZAKH.certificate()), kazakh.certificates());
        assertTrue(russian.revocationChecked());
        assertTrue(kazakh.revocationChecked());
    }

    @Test
    void a_signer_under_a_root_nobody_trusts_is_refused_as_untrusted() {
        List<X509Certificate> stranger = signer(UNKNOWN, "Stranger", "XX", NOW.minus(1, ChronoUnit.DAYS), FAR_AHEAD);

        UntrustedCertificateException refused = assertThrows(UntrustedCertificateException.class,
                () -> CertificateCheck.check(stranger, BOTH_ROOTS, crls(UNKNOWN), NOW));

        assertEquals("certificate-untrusted", refused.problemType());
        assertTrue(refused.getMessage().contains("CN=Stranger,O=Pactum,C=XX"), refused.getMessage());
        assertTrue(refused.getMessage().contains("2026-12-06"), refused.getMessage());
    }

    @Test
    void without_any_trust_anchor_nothing_is_trusted() {
        List<X509Certificate> omsk = signer(RUSSIAN, "Alone", "RU", NOW.minus(1, ChronoUnit.DAYS), FAR_AHEAD);

        assertThrows(UntrustedCertificateException.class, () -> CertificateCheck.check(omsk, List.of(), List.of(), NOW));
    }

    @Test
    void an_expired_certificate_is_refused_naming_its_subject_and_end() {
        Instant end = NOW.minus(2, ChronoUnit.DAYS);
        List<X509Certificate> expired = signer(RUSSIAN, "Бывший губернатор", "RU", NOW.minus(400, ChronoUnit.DAYS), end);

        ExpiredCertificateException refused = assertThrows(ExpiredCertificateException.class,
                () -> CertificateCheck.check(expired, BOTH_ROOTS, crls(RUSSIAN), NOW));

        assertEquals("certificate-expired", refused.problemType());
        assertEquals(end, refused.notAfter());
        assertEquals("The certificate of CN=Бывший губернатор,O=Pactum,C=RU expired on 2026-12-04 12:00 UTC, "
                + "so it cannot sign on 2026-12-06 12:00 UTC", refused.getMessage());
    }

    @Test
    void a_certificate_not_yet_valid_is_refused_naming_its_start() {
        Instant start = NOW.plus(1, ChronoUnit.DAYS);
        List<X509Certificate> early = signer(KAZAKH, "Future Akim", "KZ", start, FAR_AHEAD);

        NotYetValidCertificateException refused = assertThrows(NotYetValidCertificateException.class,
                () -> CertificateCheck.check(early, BOTH_ROOTS, crls(KAZAKH), NOW));

        assertEquals("certificate-not-yet-valid", refused.problemType());
        assertEquals(start, refused.notBefore());
        assertTrue(refused.getMessage().contains("2026-12-07 12:00 UTC"), refused.getMessage());
    }

    @Test
    void an_expired_intermediate_refuses_its_signers_too() {
        CertificateAuthority intermediate = RUSSIAN.intermediate("CN=Old Issuing CA,O=Pactum,C=RU", KeyPairs.ecP256(),
                LONG_AGO, NOW.minus(1, ChronoUnit.DAYS));
        List<X509Certificate> chain = signer(intermediate, "Under Old CA", "RU", NOW.minus(10, ChronoUnit.DAYS), FAR_AHEAD);

        ExpiredCertificateException refused = assertThrows(ExpiredCertificateException.class,
                () -> CertificateCheck.check(chain, BOTH_ROOTS, List.of(), NOW));

        assertEquals("CN=Old Issuing CA,O=Pactum,C=RU", refused.subject());
    }

    @Test
    void a_revoked_certificate_is_refused_with_its_revocation_date() {
        CertificateAuthority authority = CertificateAuthority.root("CN=Revoking CA,C=RU", KeyPairs.ecP256(), LONG_AGO, FAR_AHEAD);
        List<X509Certificate> chain = signer(authority, "Lost Token", "RU", NOW.minus(100, ChronoUnit.DAYS), FAR_AHEAD);
        Instant revokedAt = NOW.minus(5, ChronoUnit.DAYS);
        authority.revoke(chain.getFirst().getSerialNumber(), revokedAt, CRLReason.KEY_COMPROMISE);

        RevokedCertificateException refused = assertThrows(RevokedCertificateException.class,
                () -> CertificateCheck.check(chain, List.of(authority.certificate()), crls(authority), NOW));

        assertEquals("certificate-revoked", refused.problemType());
        assertEquals(revokedAt, refused.revokedAt());
        assertEquals("The certificate of CN=Lost Token,O=Pactum,C=RU was revoked on 2026-12-01 12:00 UTC (KEY_COMPROMISE), "
                + "so it cannot sign on 2026-12-06 12:00 UTC", refused.getMessage());
    }

    @Test
    void a_revoked_intermediate_is_named_in_the_refusal() {
        CertificateAuthority root = CertificateAuthority.root("CN=Root Of Revoked,C=KZ", KeyPairs.ecP256(), LONG_AGO, FAR_AHEAD);
        CertificateAuthority intermediate = root.intermediate("CN=Revoked Issuing CA,C=KZ", KeyPairs.ecP256(), LONG_AGO, FAR_AHEAD);
        List<X509Certificate> chain = signer(intermediate, "Innocent Signer", "KZ", NOW.minus(10, ChronoUnit.DAYS), FAR_AHEAD);
        root.revoke(intermediate.certificate().getSerialNumber(), NOW.minus(1, ChronoUnit.DAYS), CRLReason.CA_COMPROMISE);

        RevokedCertificateException refused = assertThrows(RevokedCertificateException.class,
                () -> CertificateCheck.check(chain, List.of(root.certificate()), crls(root, intermediate), NOW));

        assertEquals("CN=Revoked Issuing CA,C=KZ", refused.subject());
    }

    @Test
    void a_signer_under_an_intermediate_is_checked_up_to_the_root_with_both_crls() {
        CertificateAuthority intermediate = KAZAKH.intermediate("CN=Issuing CA,O=Pactum,C=KZ", KeyPairs.rsa2048(), LONG_AGO, FAR_AHEAD);
        List<X509Certificate> chain = signer(intermediate, "Deputy Akim", "KZ", NOW.minus(10, ChronoUnit.DAYS), FAR_AHEAD);

        ValidatedPath path = CertificateCheck.check(chain, BOTH_ROOTS, crls(KAZAKH, intermediate), NOW);

        assertEquals(List.of(chain.get(0), chain.get(1), KAZAKH.certificate()), path.certificates());
        assertEquals(KAZAKH.certificate(), path.anchor());
        assertTrue(path.revocationChecked());
    }

    @Test
    void without_a_crl_of_the_issuer_the_certificate_is_accepted_but_revocation_is_reported_unchecked() {
        CertificateAuthority intermediate = RUSSIAN.intermediate("CN=Issuing CA Without CRL,O=Pactum,C=RU", KeyPairs.ecP256(),
                LONG_AGO, FAR_AHEAD);
        List<X509Certificate> chain = signer(intermediate, "Unchecked Signer", "RU", NOW.minus(10, ChronoUnit.DAYS), FAR_AHEAD);

        ValidatedPath path = CertificateCheck.check(chain, BOTH_ROOTS, crls(RUSSIAN), NOW);

        assertFalse(path.revocationChecked());
        assertEquals(List.of("CN=Issuing CA Without CRL,O=Pactum,C=RU"), path.issuersWithoutCrl());
    }

    @Test
    void a_crl_past_its_next_update_does_not_count_as_checked() {
        List<X509Certificate> chain = signer(RUSSIAN, "Stale Check", "RU", NOW.minus(10, ChronoUnit.DAYS), FAR_AHEAD);
        X509CRL stale = RUSSIAN.crl(NOW.minus(20, ChronoUnit.DAYS), NOW.minus(13, ChronoUnit.DAYS));

        ValidatedPath path = CertificateCheck.check(chain, BOTH_ROOTS, List.of(stale), NOW);

        assertFalse(path.revocationChecked());
    }

    @Test
    void a_time_stamping_certificate_cannot_sign_documents() {
        X509Certificate tsa = RUSSIAN.issue(KeyPairs.ecP256().getPublic(), new CertificateSubject("Demo TSA", "Pactum", "RU"),
                LONG_AGO, FAR_AHEAD, CertificatePurpose.TIMESTAMPING);

        UnsuitableCertificateException refused = assertThrows(UnsuitableCertificateException.class,
                () -> CertificateCheck.check(List.of(tsa), BOTH_ROOTS, List.of(), NOW));

        assertEquals("certificate-unsuitable", refused.problemType());
    }

    @Test
    void a_certificate_for_encryption_only_cannot_sign_documents() throws Exception {
        KeyPair keys = KeyPairs.rsa2048();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(RUSSIAN.certificate().getSubjectX500Principal().getEncoded()), BigInteger.valueOf(77),
                Date.from(LONG_AGO), Date.from(FAR_AHEAD), new X500Name("CN=Encryption Only"), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyEncipherment | KeyUsage.dataEncipherment));
        X509Certificate encryption = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(RUSSIAN_KEYS.getPrivate())));

        UnsuitableCertificateException refused = assertThrows(UnsuitableCertificateException.class,
                () -> CertificateCheck.check(List.of(encryption, RUSSIAN.certificate()), BOTH_ROOTS, List.of(), NOW));

        assertTrue(refused.getMessage().contains("CN=Encryption Only"), refused.getMessage());
        assertTrue(refused.getMessage().contains("digitalSignature"), refused.getMessage());
    }

    @Test
    void a_certification_authority_cannot_sign_documents_itself() {
        assertThrows(UnsuitableCertificateException.class,
                () -> CertificateCheck.check(List.of(RUSSIAN.certificate()), BOTH_ROOTS, List.of(), NOW));
    }

    private static List<X509Certificate> signer(CertificateAuthority authority, String name, String country, Instant from, Instant to) {
        X509Certificate certificate = authority.issue(KeyPairs.ecP256().getPublic(), new CertificateSubject(name, "Pactum", country),
                from, to, CertificatePurpose.DOCUMENT_SIGNING);
        List<X509Certificate> chain = new java.util.ArrayList<>();
        chain.add(certificate);
        chain.addAll(authority.chain());
        return chain;
    }

    private static List<X509CRL> crls(CertificateAuthority... authorities) {
        return java.util.Arrays.stream(authorities)
                .map(authority -> authority.crl(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(7, ChronoUnit.DAYS)))
                .toList();
    }
}
