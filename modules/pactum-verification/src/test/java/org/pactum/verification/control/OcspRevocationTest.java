package org.pactum.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.util.CollectionStore;

import org.junit.jupiter.api.Test;
import org.pactum.verification.entity.Indication;
import org.pactum.verification.entity.SignatureLevel;
import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.SubIndication;
import org.pactum.verification.entity.TrustMaterial;

/**
 * OCSP responses in the document security store, from a test root that answers OCSP itself: each status, and each
 * response that must not count (expired, signed by a stranger, by a delegate without id-kp-OCSPSigning), with no CRL
 * anywhere, so the OCSP answer alone decides.
 */
class OcspRevocationTest {

    private static final OcspTestPki PKI = new OcspTestPki(null);

    private static SignatureReport verify(byte[] pdf) {
        return verifyAt(pdf, Instant.now());
    }

    private static SignatureReport verifyAt(byte[] pdf, Instant validationTime) {
        List<SignatureReport> reports = SignatureVerifier.verify(pdf, TrustMaterial.anchors(
                List.of(PKI.rootCertificate())), validationTime);
        assertEquals(1, reports.size());
        return reports.getFirst();
    }

    private static void assertVerdict(Indication indication, SubIndication subIndication, SignatureReport report) {
        assertEquals(indication, report.indication(), report.reasons()::toString);
        assertEquals(subIndication, report.subIndication(), report.reasons()::toString);
    }

    private static boolean says(SignatureReport report, String words) {
        return report.reasons().stream().anyMatch(reason -> reason.contains(words));
    }

    @Test
    void a_good_answer_in_the_store_passes_and_with_the_authoritys_answer_reaches_lt() {
        byte[] pdf = PKI.withStore(PKI.response(PKI.signer, OcspTestPki.good()),
                PKI.response(PKI.tsaCertificate, OcspTestPki.good()));

        SignatureReport report = verify(pdf);

        assertVerdict(Indication.TOTAL_PASSED, null, report);
        assertEquals(SignatureLevel.PADES_BASELINE_LT, report.level(), report.reasons()::toString);
        assertTrue(report.revocation().getFirst().contains("good (OCSP, document security store"),
                report.revocation()::toString);
    }

    @Test
    void a_good_answer_for_the_signer_alone_passes_at_level_t() {
        SignatureReport report = verify(PKI.withStore(PKI.response(PKI.signer, OcspTestPki.good())));

        assertVerdict(Indication.TOTAL_PASSED, null, report);
        assertEquals(SignatureLevel.PADES_BASELINE_T, report.level());
    }

    @Test
    void revoked_before_the_claimed_signing_time_fails() {
        Instant revoked = PKI.created.minus(3, ChronoUnit.HOURS);
        SignatureReport report = verify(PKI.withStore(PKI.response(PKI.signer, OcspTestPki.revokedAt(revoked))));

        assertVerdict(Indication.TOTAL_FAILED, SubIndication.REVOKED, report);
        assertTrue(says(report, "was revoked at " + revoked), report.reasons()::toString);
        assertTrue(report.revocation().getFirst().contains("OCSP (document security store)"),
                report.revocation()::toString);
    }

    @Test
    void revoked_after_the_claimed_signing_time_but_before_the_time_stamp_is_indeterminate() {
        Instant revoked = PKI.created.minus(30, ChronoUnit.MINUTES);
        SignatureReport report = verify(PKI.withStore(PKI.response(PKI.signer, OcspTestPki.revokedAt(revoked))));

        assertVerdict(Indication.INDETERMINATE, SubIndication.REVOKED_NO_POE, report);
    }

    @Test
    void revoked_after_the_time_stamp_passes() {
        Instant later = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        byte[] answer = PKI.response(PKI.rootResponder(), PKI.signer, OcspTestPki.revokedAt(later),
                later.plus(1, ChronoUnit.MINUTES), later.plus(1, ChronoUnit.DAYS));

        SignatureReport report = verifyAt(PKI.withStore(answer), later.plus(1, ChronoUnit.HOURS));

        assertVerdict(Indication.TOTAL_PASSED, null, report);
        assertTrue(report.revocation().getFirst().contains("revoked at " + later), report.revocation()::toString);
    }

    @Test
    void an_unknown_status_covers_nothing() {
        SignatureReport report = verify(PKI.withStore(PKI.response(PKI.signer, OcspTestPki.unknown())));

        assertVerdict(Indication.INDETERMINATE, SubIndication.TRY_LATER, report);
        assertTrue(says(report, "says its status is unknown"), report.reasons()::toString);
    }

    @Test
    void an_answer_that_expired_before_the_time_stamp_covers_nothing() {
        byte[] answer = PKI.response(PKI.rootResponder(), PKI.signer, OcspTestPki.good(),
                PKI.created.minus(20, ChronoUnit.HOURS), PKI.created.minus(10, ChronoUnit.HOURS));

        SignatureReport report = verify(PKI.withStore(answer));

        assertVerdict(Indication.INDETERMINATE, SubIndication.TRY_LATER, report);
        assertTrue(says(report, "expired at"), report.reasons()::toString);
    }

    @Test
    void an_answer_a_stranger_signed_covers_nothing() {
        Instant now = Instant.now();
        byte[] answer = PKI.response(OcspTestPki.stranger(), PKI.signer, OcspTestPki.good(),
                now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS));

        SignatureReport report = verify(PKI.withStore(answer));

        assertVerdict(Indication.INDETERMINATE, SubIndication.TRY_LATER, report);
        assertTrue(says(report, "whom the certificate's issuer did not certify"), report.reasons()::toString);
    }

    @Test
    void a_revocation_a_stranger_signed_does_not_fail_the_signature() {
        Instant now = Instant.now();
        byte[] answer = PKI.response(OcspTestPki.stranger(), PKI.signer, OcspTestPki.revokedAt(now.minus(3,
                ChronoUnit.HOURS)), now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS));

        assertVerdict(Indication.INDETERMINATE, SubIndication.TRY_LATER, verify(PKI.withStore(answer)));
    }

    @Test
    void a_delegated_responder_without_ocsp_signing_covers_nothing() {
        Instant now = Instant.now();
        byte[] answer = PKI.response(PKI.responder(false), PKI.signer, OcspTestPki.good(),
                now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS));

        SignatureReport report = verify(PKI.withStore(answer));

        assertVerdict(Indication.INDETERMINATE, SubIndication.TRY_LATER, report);
        assertTrue(says(report, "lacks id-kp-OCSPSigning"), report.reasons()::toString);
    }

    @Test
    void a_delegated_responder_with_ocsp_signing_counts() {
        Instant now = Instant.now();
        byte[] answer = PKI.response(PKI.responder(true), PKI.signer, OcspTestPki.good(),
                now.minus(1, ChronoUnit.MINUTES), now.plus(1, ChronoUnit.DAYS));

        assertVerdict(Indication.TOTAL_PASSED, null, verify(PKI.withStore(answer)));
    }

    @Test
    void an_answer_about_another_certificate_covers_nothing() {
        SignatureReport report = verify(PKI.withStore(PKI.response(PKI.tsaCertificate, OcspTestPki.good())));

        assertVerdict(Indication.INDETERMINATE, SubIndication.TRY_LATER, report);
    }

    @Test
    void without_any_revocation_data_offline_the_reason_names_the_certificate() {
        SignatureReport report = verify(PKI.signedT());

        assertVerdict(Indication.INDETERMINATE, SubIndication.TRY_LATER, report);
        assertTrue(says(report, "No revocation data for " + PKI.signer.getSubjectX500Principal().getName()),
                report.reasons()::toString);
        assertTrue(says(report, "offline"), report.reasons()::toString);
    }

    @Test
    void a_good_answer_the_cms_carries_counts_and_is_named() throws Exception {
        SignatureReport report = verify(withOcspInCms(PKI.signedT(), PKI.response(PKI.signer, OcspTestPki.good())));

        assertVerdict(Indication.TOTAL_PASSED, null, report);
        assertTrue(report.revocation().getFirst().contains("good (OCSP, CMS"), report.revocation()::toString);
    }

    /**
     * {@code pdf} with {@code response} added to its first signature's CMS as RFC 5940 revocation info, written into
     * the same /Contents hole: the CMS's revocation info is unsigned, so the signature stays intact.
     */
    private static byte[] withOcspInCms(byte[] pdf, byte[] response) throws IOException, CMSException {
        long[] range = TamperedSignaturesTest.firstByteRange(pdf);
        int start = (int) range[1] + 1;
        int length = (int) (range[2] - 1 - start);
        byte[] padded = HexFormat.of().parseHex(new String(pdf, start, length, StandardCharsets.US_ASCII));
        ASN1Primitive read;
        try (ASN1InputStream in = new ASN1InputStream(padded)) {
            read = in.readObject();
        }
        CMSSignedData cms = new CMSSignedData(ContentInfo.getInstance(read));
        OtherRevocationInfoFormat info = new OtherRevocationInfoFormat(CMSObjectIdentifiers.id_ri_ocsp_response,
                OCSPResponse.getInstance(response));
        CMSSignedData with = CMSSignedData.replaceCertificatesAndCRLs(cms, cms.getCertificates(),
                cms.getAttributeCertificates(), new CollectionStore<>(List.of(info)));
        String hex = HexFormat.of().formatHex(with.getEncoded("DER"));
        assertTrue(hex.length() <= length, "the larger CMS still fits the hole");
        byte[] changed = pdf.clone();
        byte[] written = (hex + "0".repeat(length - hex.length())).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(written, 0, changed, start, length);
        return changed;
    }
}
