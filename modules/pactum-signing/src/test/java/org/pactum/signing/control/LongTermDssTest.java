package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.agreement.SignatureSlot;

/**
 * What EU DSS says of the long-term levels as the application makes them: each party signs its box visibly (the
 * first certifying) at B-T, and the document is extended to B-LTA (its chain, the authority's chain, the root's CRL,
 * then a document timestamp) before the next party signs. The CRL is the root's current one, issued an hour before
 * the signatures as a CA's periodic CRL is; DSS takes it. Apart from B-T, DSS is given no revocation data of its own:
 * what it needs must be in the PDF.
 */
class LongTermDssTest {

    private static final String BASELINE_T = "PAdES-BASELINE-T";
    private static final String BASELINE_LT = "PAdES-BASELINE-LT";
    private static final String BASELINE_LTA = "PAdES-BASELINE-LTA";
    /** Past the signers' certificates (a year) but not the time-stamping unit's. */
    private static final long YEARS_AHEAD_IN_DAYS = 730;

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Omsk Governor", 2048);
    private static final TestPki.Signer PAVLODAR = PKI.ecSigner("Pavlodar Akim", "secp256r1");
    private static final TestPki.Signer TSA_KEY = longLivedTimestampAuthority();
    private static final LocalTimestampAuthority TSA =
            new LocalTimestampAuthority(TSA_KEY.key(), TSA_KEY.chain(), "1.3.6.1.4.1.99999.1", Clock.systemUTC());

    private static AgreementDocument document;
    private static byte[] agreement;

    @TempDir
    Path folder;

    @BeforeAll
    static void render() {
        document = SampleAgreements.omskPavlodar(false);
        agreement = AgreementPdf.render(document).pdf();
    }

    @Test
    void dss_finds_a_b_t_signature_at_baseline_t() {
        byte[] pdf = signFirst(agreement);

        List<DssCheck.Signature> dss = DssCheck.assertEveryPassed(pdf, List.of(PKI.root()), List.of(PKI.crl()),
                BASELINE_T);

        assertTimestamps(dss.getFirst(), "SIGNATURE_TIMESTAMP");
    }

    @Test
    void dss_finds_a_b_t_signature_with_its_security_store_at_baseline_lt_from_the_pdfs_own_revocation_data() {
        byte[] pdf = PadesSigning.extend(signFirst(agreement), material(OMSK), Optional.empty()).pdf();

        List<DssCheck.Signature> dss = DssCheck.assertEveryPassed(pdf, List.of(PKI.root()), List.of(), BASELINE_LT);

        assertTimestamps(dss.getFirst(), "SIGNATURE_TIMESTAMP");
    }

    /** pdfsig cannot check a document timestamp (poppler 22.12), so only its verdict on the two CAdES signatures counts. */
    @Test
    void dss_passes_both_parties_visible_signatures_at_baseline_lta_when_each_is_extended_before_the_next_signs()
            throws Exception {
        byte[] pdf = signedByBothParties();

        List<DssCheck.Signature> dss = DssCheck.assertEveryPassed(pdf, List.of(PKI.root()), List.of(), BASELINE_LTA);

        assertEquals(List.of("Omsk Governor", "Pavlodar Akim"), dss.stream().map(DssCheck.Signature::signedBy).toList());
        assertTimestamps(dss.get(0), "SIGNATURE_TIMESTAMP", "DOCUMENT_TIMESTAMP", "DOCUMENT_TIMESTAMP");
        assertTimestamps(dss.get(1), "SIGNATURE_TIMESTAMP", "DOCUMENT_TIMESTAMP");
        SignedPdfChecks.verifyEveryCms(pdf, List.of(OMSK, PAVLODAR));
        String pdfsig = SignedPdfChecks.pdfsig(pdf, folder);
        assertEquals(2, SignedPdfChecks.count(pdfsig, "Signature is Valid."), pdfsig);
        assertFalse(pdfsig.contains("Signature is Invalid"), pdfsig);
        System.out.println("EU DSS, two parties at B-LTA:\n"
                + String.join("\n", dss.stream().map(Object::toString).toList()));
    }

    @Test
    void dss_still_passes_both_signatures_at_baseline_lta_after_the_signers_certificates_expired() {
        byte[] pdf = signedByBothParties();
        Instant later = Instant.now().plus(YEARS_AHEAD_IN_DAYS, ChronoUnit.DAYS);

        List<DssCheck.Signature> dss = DssCheck.assertEveryPassedAt(later, pdf, List.of(PKI.root()), List.of(),
                BASELINE_LTA);

        assertTrue(OMSK.certificate().getNotAfter().toInstant().isBefore(later));
        for (DssCheck.Signature signature : dss) {
            assertTrue(Instant.parse(signature.bestSignatureTime()).isBefore(Instant.now()), signature.toString());
        }
    }

    @Test
    void without_a_crl_for_the_authoritys_root_pactum_claims_only_b_t_as_dss_finds() {
        TestPki other = new TestPki();
        TestPki.Signer key = other.timestampAuthority("Other TSA");
        LocalTimestampAuthority authority = new LocalTimestampAuthority(key.key(), key.chain(), "1.3.6.1.4.1.99999.1",
                Clock.systemUTC());
        byte[] signed = PadesSigning.sign(agreement, options(0, true), OMSK.keySource(),
                Timestamping.required(authority)).pdf();
        List<X509Certificate> certificates = new ArrayList<>(OMSK.chain());
        certificates.addAll(authority.certificateChain());
        List<X509Certificate> roots = List.of(PKI.root(), other.root());

        SignedPdf without = PadesSigning.extend(signed, new LongTermMaterial(certificates, List.of(PKI.crl()), List.of()),
                Optional.of(authority));
        SignedPdf with = PadesSigning.extend(signed,
                new LongTermMaterial(certificates, List.of(PKI.crl(), other.crl()), List.of()), Optional.of(authority));

        assertEquals(PadesLevel.B_T, without.level());
        DssCheck.assertEveryPassed(without.pdf(), roots, List.of(), without.level().label());
        assertEquals(PadesLevel.B_LTA, with.level());
        DssCheck.assertEveryPassed(with.pdf(), roots, List.of(), with.level().label());
    }

    /**
     * DSS takes no CRL issued before the certificate it is for (a CRL is evidence only about certificates that existed
     * then): with the root's CRL from before the signer's certificate in the store, the signature is INDETERMINATE
     * whatever the CRL's next update, and Pactum claims no long-term level over it.
     */
    @Test
    void a_crl_older_than_the_signers_certificate_is_no_revocation_data_to_dss_nor_to_pactum() {
        X509CRL older = PKI.authority().crl(OMSK.certificate().getNotBefore().toInstant().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(7, ChronoUnit.DAYS));
        List<X509Certificate> certificates = new ArrayList<>(OMSK.chain());
        certificates.addAll(TSA.certificateChain());

        SignedPdf extended = PadesSigning.extend(signFirst(agreement),
                new LongTermMaterial(certificates, List.of(older), List.of()), Optional.of(TSA));

        assertEquals(PadesLevel.B_T, extended.level());
        DssCheck.Signature dss = DssCheck.validate(extended.pdf(), List.of(PKI.root()), List.of()).getFirst();
        assertEquals("INDETERMINATE", dss.indication(), dss.toString());
        assertEquals("CERTIFICATE_CHAIN_GENERAL_FAILURE", dss.subIndication(), dss.toString());
        assertTrue(dss.errors().contains("The revocation data has been issued before the certificate's issuance time!"),
                dss.toString());
    }

    private static byte[] signedByBothParties() {
        byte[] first = PadesSigning.extend(signFirst(agreement), material(OMSK), Optional.of(TSA)).pdf();
        byte[] second = PadesSigning.sign(first, options(1, false), PAVLODAR.keySource(),
                Timestamping.required(TSA)).pdf();
        return PadesSigning.extend(second, material(PAVLODAR), Optional.of(TSA)).pdf();
    }

    private static byte[] signFirst(byte[] pdf) {
        return PadesSigning.sign(pdf, options(0, true), OMSK.keySource(), Timestamping.required(TSA)).pdf();
    }

    private static SignatureOptions options(int party, boolean certify) {
        return new SignatureOptions(SignatureSlot.fieldName(party), Instant.now().truncatedTo(ChronoUnit.SECONDS),
                document.languages(), certify);
    }

    /** What the application stores: the signer's validated path, the authority's chain, the root's CRL. */
    private static LongTermMaterial material(TestPki.Signer signer) {
        List<X509Certificate> certificates = new ArrayList<>(signer.chain());
        certificates.addAll(TSA.certificateChain());
        return new LongTermMaterial(certificates, List.of(PKI.crl()), List.of());
    }

    /** Each timestamp DSS ties to the signature, of the types given in order, passed. */
    private static void assertTimestamps(DssCheck.Signature signature, String... types) {
        List<String> lines = signature.timestamps().lines().toList();
        assertEquals(List.of(types), lines.stream().map(line -> line.substring(0, line.indexOf(' '))).toList(),
                signature.toString());
        for (String line : lines) {
            assertTrue(line.contains(" PASSED "), line);
        }
    }

    /** A time-stamping unit whose certificate outlives the signers' by years, as a real authority's does. */
    private static TestPki.Signer longLivedTimestampAuthority() {
        KeyPair keys = KeyPairs.rsa2048();
        Instant now = Instant.now();
        X509Certificate certificate = PKI.authority().issue(keys.getPublic(),
                new CertificateSubject("Pactum Test TSA", "Pactum Tests", "RU"), now.minus(1, ChronoUnit.DAYS),
                now.plus(3000, ChronoUnit.DAYS), CertificatePurpose.TIMESTAMPING);
        return new TestPki.Signer(keys.getPrivate(), List.of(certificate, PKI.root()));
    }
}
