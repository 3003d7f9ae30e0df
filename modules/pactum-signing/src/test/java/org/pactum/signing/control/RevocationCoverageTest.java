package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

class RevocationCoverageTest {

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer SIGNER = PKI.rsaSigner("Omsk Head", 2048);
    private static final TestPki.Signer TSA = PKI.timestampAuthority("Pactum Test TSA");
    private static final List<X509Certificate> CERTIFICATES =
            List.of(SIGNER.certificate(), TSA.certificate(), PKI.root());

    @Test
    void the_issuers_crl_covers_every_certificate_it_issued_and_the_root_needs_none() {
        assertEquals(List.of(), RevocationCoverage.uncovered(material(List.of(PKI.crl()), List.of())));
    }

    @Test
    void without_revocation_data_every_certificate_below_the_root_is_uncovered() {
        assertEquals(List.of(SIGNER.certificate(), TSA.certificate()),
                RevocationCoverage.uncovered(material(List.of(), List.of())));
    }

    @Test
    void a_crl_of_another_ca_with_the_same_name_covers_nothing() {
        assertEquals(List.of(SIGNER.certificate(), TSA.certificate()),
                RevocationCoverage.uncovered(material(List.of(new TestPki().crl()), List.of())));
    }

    @Test
    void a_crl_issued_before_a_certificate_says_nothing_of_it() {
        Instant signerSince = SIGNER.certificate().getNotBefore().toInstant();
        X509CRL older = PKI.authority().crl(signerSince.minus(1, ChronoUnit.HOURS), Instant.now().plus(7, ChronoUnit.DAYS));

        assertEquals(List.of(SIGNER.certificate(), TSA.certificate()),
                RevocationCoverage.uncovered(material(List.of(older), List.of())));
    }

    @Test
    void an_ocsp_answer_for_a_certificate_covers_it() throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(PKI.root()), SIGNER.certificate().getSerialNumber());
        BasicOCSPRespBuilder answer = new BasicOCSPRespBuilder(new RespID(new X500Name("CN=Responder")));
        answer.addResponse(id, CertificateStatus.GOOD);
        byte[] ocsp = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                answer.build(new JcaContentSignerBuilder("SHA256withRSA").build(TSA.key()), null, new Date()))
                .getEncoded();

        assertEquals(List.of(TSA.certificate()), RevocationCoverage.uncovered(material(List.of(), List.of(ocsp))));
    }

    private static LongTermMaterial material(List<X509CRL> crls, List<byte[]> ocsp) {
        return new LongTermMaterial(CERTIFICATES, crls, ocsp);
    }
}
