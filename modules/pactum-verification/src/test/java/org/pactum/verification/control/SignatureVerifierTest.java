package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.signing.control.PadesSigning;
import org.pactum.verification.entity.ChainCertificate;
import org.pactum.verification.entity.DocumentTimestampReport;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SignatureLevel;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.SubIndication;
import org.pactum.verification.entity.TrustMaterial;

/** Genuine agreements signed the way Pactum signs them, and what the verifier makes of them. */
class SignatureVerifierTest {

    private static TestSignatures pki;
    private static byte[] lta;
    private static TrustMaterial trusted;

    @BeforeAll
    static void sign() {
        pki = new TestSignatures();
        lta = pki.twoSignaturesLta();
        trusted = TrustMaterial.anchors(List.of(pki.rootCertificate()));
    }

    @Test
    void both_signatures_of_an_archived_agreement_pass_at_level_lta() {
        List<SignatureReport> reports = SignatureVerifier.verify(lta, trusted, Instant.now());

        assertEquals(List.of("omsk-1", "pavlodar-1"), reports.stream().map(SignatureReport::fieldName).toList());
        for (SignatureReport report : reports) {
            assertEquals(Indication.TOTAL_PASSED, report.indication(), report.reasons().toString());
            assertNull(report.subIndication());
            assertEquals(SignatureLevel.PADES_BASELINE_LTA, report.level(), report.reasons().toString());
            assertTrue(report.timestamp().valid());
            assertTrue(report.timestamp().authority().contains("Verification Test TSA"));
            assertFalse(report.coversWholeDocument(), "the store and the document time-stamp follow");
            assertEquals(0L, report.byteRange().getFirst());
        }
        assertEquals("Omsk Head", reports.get(0).signedBy());
        assertEquals("Pavlodar Akim", reports.get(1).signedBy());
        assertEquals(TestSignatures.FIRST_AT, reports.get(0).claimedSigningTime());
        assertEquals(TestSignatures.SECOND_AT, reports.get(1).claimedSigningTime());
        List<ChainCertificate> chain = reports.get(0).chain();
        assertEquals(List.of(pki.omsk.serial(), pki.rootCertificate().getSerialNumber()),
                chain.stream().map(ChainCertificate::serial).toList());
        assertEquals(List.of(false, true), chain.stream().map(ChainCertificate::trusted).toList());
    }

    @Test
    void a_name_in_a_certificate_cannot_reorder_or_hide_what_the_report_shows() {
        // A certificate's maker chooses its names: "Omsk Head" with a right-to-left override would display reversed.
        TestSignatures.Official forger = pki.official("Omsk \u202Edaeh\u200B");
        byte[] signed = PadesSigning.sign(TestSignatures.agreement(), "omsk-1", TestSignatures.FIRST_AT,
                forger.keySource());

        SignatureReport report = SignatureVerifier.verify(signed, trusted, Instant.now()).getFirst();

        assertEquals("Omsk [U+202E]daeh[U+200B]", report.signedBy());
        assertTrue(report.chain().getFirst().subject().startsWith("CN=Omsk [U+202E]daeh[U+200B],"),
                report.chain().getFirst().subject());
    }

    @Test
    void the_document_time_stamp_is_reported_apart_and_covers_the_whole_file() {
        List<DocumentTimestampReport> stamps = SignatureVerifier.verifyDocumentTimestamps(lta, trusted, Instant.now());

        assertEquals(1, stamps.size());
        DocumentTimestampReport stamp = stamps.getFirst();
        assertTrue(stamp.valid(), stamp.reasons().toString());
        assertTrue(stamp.coversWholeDocument());
        assertTrue(stamp.timestamp().authority().contains("Verification Test TSA"));
    }

    @Test
    void a_signature_over_the_whole_file_says_so() {
        byte[] pdf = pki.oneSignatureT();

        SignatureReport report = SignatureVerifier.verify(pdf, new TrustMaterial(List.of(pki.rootCertificate()),
                List.of(pki.crl())), Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_PASSED, report.indication(), report.reasons().toString());
        assertEquals(SignatureLevel.PADES_BASELINE_T, report.level());
        assertTrue(report.coversWholeDocument());
        assertEquals(pdf.length, report.byteRange().get(2) + report.byteRange().get(3));
    }

    @Test
    void a_security_store_with_the_roots_crl_makes_level_lt() {
        SignatureReport report = SignatureVerifier.verify(pki.oneSignatureWithStore(List.of(pki.crl())), trusted,
                Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_PASSED, report.indication(), report.reasons().toString());
        assertEquals(SignatureLevel.PADES_BASELINE_LT, report.level());
    }

    @Test
    void a_security_store_without_crls_leaves_level_t_and_the_signature_without_revocation_data() {
        SignatureReport withoutCrl = SignatureVerifier.verify(pki.oneSignatureWithStore(List.of()), trusted,
                Instant.now()).getFirst();
        SignatureReport configured = SignatureVerifier.verify(pki.oneSignatureWithStore(List.of()),
                new TrustMaterial(List.of(pki.rootCertificate()), List.of(pki.crl())), Instant.now()).getFirst();

        assertEquals(SubIndication.TRY_LATER, withoutCrl.subIndication());
        assertEquals(Indication.TOTAL_PASSED, configured.indication(), configured.reasons().toString());
        assertEquals(SignatureLevel.PADES_BASELINE_T, configured.level(), "a configured CRL is not in the document");
    }

    @Test
    void without_any_revocation_data_the_signature_is_indeterminate_try_later() {
        SignatureReport report = SignatureVerifier.verify(pki.oneSignatureT(), trusted, Instant.now()).getFirst();

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(SubIndication.TRY_LATER, report.subIndication());
        assertTrue(report.reasons().getFirst().contains("No revocation data"), report.reasons().toString());
    }

    @Test
    void a_crl_issued_before_the_certificate_is_no_revocation_data_for_it() {
        Instant longAgo = Instant.now().minus(2, ChronoUnit.DAYS);
        TrustMaterial staleCrl = new TrustMaterial(List.of(pki.rootCertificate()),
                List.of(pki.root.crl(longAgo, longAgo.plus(30, ChronoUnit.DAYS))));

        SignatureReport report = SignatureVerifier.verify(pki.oneSignatureT(), staleCrl, Instant.now()).getFirst();

        assertEquals(SubIndication.TRY_LATER, report.subIndication(), report.reasons().toString());
    }

    @Test
    void under_a_root_that_is_not_an_anchor_no_signature_passes() {
        TrustMaterial otherRoot = TrustMaterial.anchors(List.of(new TestSignatures().rootCertificate()));

        List<SignatureReport> reports = SignatureVerifier.verify(lta, otherRoot, Instant.now());

        assertEquals(2, reports.size());
        for (SignatureReport report : reports) {
            assertEquals(Indication.INDETERMINATE, report.indication());
            assertEquals(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, report.subIndication());
            assertFalse(report.chain().stream().anyMatch(ChainCertificate::trusted));
            assertFalse(report.timestamp().valid(), "its authority is under the same unknown root");
        }
    }

    @Test
    void with_no_anchors_at_all_no_signature_passes() {
        List<SignatureReport> reports = SignatureVerifier.verify(lta, TrustMaterial.anchors(List.of()), Instant.now());

        assertTrue(reports.stream().allMatch(r -> r.subIndication() == SubIndication.NO_CERTIFICATE_CHAIN_FOUND));
    }

    @Test
    void a_signer_revoked_before_the_time_stamp_fails_as_revoked() {
        TestSignatures own = new TestSignatures();
        byte[] pdf = own.oneSignatureT();
        // Before the signer's own claimed time (/M): the signer says it signed with a revoked certificate.
        own.revoke(own.omsk, TestSignatures.FIRST_AT.minus(1, ChronoUnit.MINUTES));
        TrustMaterial withCrl = new TrustMaterial(List.of(own.rootCertificate()), List.of(own.crl()));

        SignatureReport report = SignatureVerifier.verify(pdf, withCrl, Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_FAILED, report.indication());
        assertEquals(SubIndication.REVOKED, report.subIndication(), report.reasons().toString());
    }

    @Test
    void a_signer_revoked_between_its_claimed_time_and_its_time_stamp_is_indeterminate_as_eu_dss_finds() {
        TestSignatures own = new TestSignatures();
        byte[] pdf = own.oneSignatureT();
        own.revoke(own.omsk, Instant.now().minus(1, ChronoUnit.MINUTES));
        TrustMaterial withCrl = new TrustMaterial(List.of(own.rootCertificate()), List.of(own.crl()));

        SignatureReport report = SignatureVerifier.verify(pdf, withCrl, Instant.now()).getFirst();

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(SubIndication.REVOKED_NO_POE, report.subIndication(), report.reasons().toString());
    }

    @Test
    void a_signer_revoked_after_the_time_stamp_still_passes() {
        TestSignatures own = new TestSignatures();
        byte[] pdf = own.oneSignatureT();
        own.revoke(own.omsk, Instant.now().plus(1, ChronoUnit.MINUTES));
        TrustMaterial withCrl = new TrustMaterial(List.of(own.rootCertificate()), List.of(own.crl()));

        SignatureReport report = SignatureVerifier.verify(pdf, withCrl, Instant.now().plus(2, ChronoUnit.MINUTES))
                .getFirst();

        assertEquals(Indication.TOTAL_PASSED, report.indication(), report.reasons().toString());
    }

    @Test
    void a_revoked_signer_without_a_time_stamp_is_indeterminate_for_want_of_proof() {
        TestSignatures own = new TestSignatures();
        byte[] pdf = own.oneSignatureB();
        own.revoke(own.omsk, Instant.now().minus(1, ChronoUnit.MINUTES));
        TrustMaterial withCrl = new TrustMaterial(List.of(own.rootCertificate()), List.of(own.crl()));

        SignatureReport report = SignatureVerifier.verify(pdf, withCrl, Instant.now()).getFirst();

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(SubIndication.REVOKED_NO_POE, report.subIndication(), report.reasons().toString());
    }

    @Test
    void a_certificate_expired_at_validation_without_a_time_stamp_is_out_of_bounds() {
        byte[] pdf = pki.oneSignatureB();
        TrustMaterial withCrl = new TrustMaterial(List.of(pki.rootCertificate()), List.of(pki.crl()));

        SignatureReport report = SignatureVerifier.verify(pdf, withCrl, Instant.now().plus(800, ChronoUnit.DAYS))
                .getFirst();

        assertEquals(Indication.INDETERMINATE, report.indication());
        assertEquals(SubIndication.OUT_OF_BOUNDS_NO_POE, report.subIndication(), report.reasons().toString());
        assertEquals(SignatureLevel.PADES_BASELINE_B, report.level());
    }

    @Test
    void a_certificate_expired_at_validation_passes_when_a_time_stamp_proves_the_signature_earlier() {
        List<SignatureReport> reports = SignatureVerifier.verify(lta, trusted, Instant.now().plus(800, ChronoUnit.DAYS));

        assertTrue(reports.stream().allMatch(SignatureReport::passed), reports.toString());
    }

    @Test
    void a_certificate_not_yet_valid_at_validation_is_not_yet_valid() {
        byte[] pdf = pki.oneSignatureB();
        TrustMaterial withCrl = new TrustMaterial(List.of(pki.rootCertificate()), List.of(pki.crl()));

        SignatureReport report = SignatureVerifier.verify(pdf, withCrl, Instant.now().minus(30, ChronoUnit.DAYS))
                .getFirst();

        assertEquals(SubIndication.NOT_YET_VALID, report.subIndication(), report.reasons().toString());
    }

    @Test
    void a_pdf_without_signatures_has_no_reports() {
        assertEquals(List.of(), SignatureVerifier.verify(TestSignatures.agreement(), trusted, Instant.now()));
    }

    @Test
    void a_signature_without_a_time_stamp_is_level_b_and_reports_none() {
        SignatureReport report = SignatureVerifier.verify(pki.oneSignatureB(), new TrustMaterial(
                List.of(pki.rootCertificate()), List.of(pki.crl())), Instant.now()).getFirst();

        assertEquals(Indication.TOTAL_PASSED, report.indication(), report.reasons().toString());
        assertEquals(SignatureLevel.PADES_BASELINE_B, report.level());
        assertNull(report.timestamp());
        assertNotNull(report.signedBy());
    }

    static byte[] lta() {
        return lta.clone();
    }

    static TestSignatures pki() {
        return pki;
    }
}
