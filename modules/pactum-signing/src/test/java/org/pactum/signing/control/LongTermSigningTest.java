package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.domain.signature.SignatureMismatchException;
import org.pactum.domain.signature.TimestampUnavailableException;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.signature.EmbeddedSignature;

/** B-T, B-LT and B-LTA on the sample agreement, checked with BouncyCastle and poppler's pdfsig. */
class LongTermSigningTest {

    private static final Instant FIRST_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant SECOND_AT = Instant.parse("2026-12-02T11:30:00Z");

    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Omsk Head", 2048);
    private static final TestPki.Signer PAVLODAR = PKI.ecSigner("Pavlodar Akim", "secp256r1");
    private static final TestPki.Signer TSA_KEY = PKI.timestampAuthority("Pactum Test TSA");
    private static final LocalTimestampAuthority TSA =
            new LocalTimestampAuthority(TSA_KEY.key(), TSA_KEY.chain(), "1.3.6.1.4.1.99999.1", Clock.systemUTC());

    private static byte[] agreement;

    @TempDir
    Path folder;

    @BeforeAll
    static void render() {
        agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
    }

    @Test
    void with_an_authority_the_signature_is_b_t_with_a_token_over_its_signature_value() throws Exception {
        Instant before = Instant.now().minusSeconds(2);

        SignedPdf signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(),
                Timestamping.required(TSA));

        assertEquals(PadesLevel.B_T, signed.level());
        assertEquals("PAdES-BASELINE-T", signed.level().label());
        byte[] pdf = signed.pdf();
        assertArrayEquals(agreement, Arrays.copyOf(pdf, agreement.length));
        SignedPdfChecks.verifyEveryCms(pdf, List.of(OMSK));
        Instant stamped = TimestampChecks.assertSignatureTimestamped(EmbeddedSignature.readAll(pdf).getFirst(),
                TSA_KEY.certificate());
        assertEquals(Optional.of(stamped), signed.timestampTime());
        assertTrue(!stamped.isBefore(before) && !stamped.isAfter(Instant.now().plusSeconds(2)), stamped.toString());
        SignedPdfChecks.assertPdfsigFindsValid(pdf, 1, folder);
    }

    @Test
    void a_cms_made_outside_gets_its_signature_timestamp_when_embedded() throws Exception {
        PendingSignature pending = PadesSigning.prepare(agreement, "pavlodar-1", SECOND_AT, PAVLODAR.chain(),
                Timestamping.required(TSA));
        byte[] cms = signedCms(pending.dataToSign(), PAVLODAR);

        SignedPdf signed = PadesSigning.completeWithCms(pending, cms, Timestamping.required(TSA));

        assertEquals(PadesLevel.B_T, signed.level());
        SignedPdfChecks.verifyEveryCms(signed.pdf(), List.of(PAVLODAR));
        TimestampChecks.assertSignatureTimestamped(EmbeddedSignature.readAll(signed.pdf()).getFirst(),
                TSA_KEY.certificate());
        SignedPdfChecks.assertPdfsigFindsValid(signed.pdf(), 1, folder);
    }

    @Test
    void a_cms_that_already_has_a_signature_timestamp_keeps_it_and_asks_no_authority() throws Exception {
        PendingSignature pending = PadesSigning.prepare(agreement, "pavlodar-1", SECOND_AT, PAVLODAR.chain(),
                Timestamping.required(TSA));
        byte[] cms = SignatureTimestamps.add(signedCms(pending.dataToSign(), PAVLODAR), TSA);

        SignedPdf signed = PadesSigning.completeWithCms(pending, cms, Timestamping.required(unreachable()));

        assertEquals(PadesLevel.B_T, signed.level());
        assertEquals(Optional.of(TimestampChecks.assertSignatureTimestamped(
                EmbeddedSignature.readAll(signed.pdf()).getFirst(), TSA_KEY.certificate())), signed.timestampTime());
    }

    @Test
    void a_cms_whose_timestamp_stamps_another_signature_is_refused() throws Exception {
        PendingSignature pending = PadesSigning.prepare(agreement, "omsk-1", FIRST_AT, OMSK.chain(),
                Timestamping.required(TSA));
        PendingSignature other = PadesSigning.prepare(agreement, "omsk-1", SECOND_AT, OMSK.chain(),
                Timestamping.required(TSA));
        byte[] cms = signedCms(pending.dataToSign(), OMSK);
        byte[] otherStamped = SignatureTimestamps.add(signedCms(other.dataToSign(), OMSK), TSA);
        SignerInformation signer = new CMSSignedData(cms).getSignerInfos().iterator().next();
        SignerInformation grafted = SignerInformation.replaceUnsignedAttributes(signer,
                new CMSSignedData(otherStamped).getSignerInfos().iterator().next().getUnsignedAttributes());
        byte[] forged = CMSSignedData.replaceSigners(new CMSSignedData(cms), new SignerInformationStore(grafted))
                .getEncoded();

        assertThrows(SignatureMismatchException.class,
                () -> PadesSigning.completeWithCms(pending, forged, Timestamping.required(TSA)));
    }

    @Test
    void an_unreachable_authority_fails_the_signature_when_a_timestamp_is_required() throws Exception {
        TimestampAuthority down = unreachable();

        TimestampUnavailableException refused = assertThrows(TimestampUnavailableException.class,
                () -> PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(), Timestamping.required(down)));

        assertEquals("timestamp-unavailable", refused.problemType());
        assertTrue(refused.getMessage().contains("cannot be reached"), refused.getMessage());
    }

    @Test
    void an_unreachable_authority_leaves_a_b_b_signature_that_says_so_when_the_policy_allows() throws Exception {
        SignedPdf signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(),
                Timestamping.ifAvailable(unreachable()));

        assertEquals(PadesLevel.B_B, signed.level());
        assertEquals(Optional.empty(), signed.timestampTime());
        SignedPdfChecks.verifyEveryCms(signed.pdf(), List.of(OMSK));
        SignedPdfChecks.assertPdfsigFindsValid(signed.pdf(), 1, folder);
    }

    @Test
    void without_an_authority_the_signature_is_b_b() throws Exception {
        SignedPdf signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(), Timestamping.none());

        assertEquals(PadesLevel.B_B, signed.level());
        assertEquals(Optional.empty(), signed.timestampTime());
        SignedPdfChecks.verifyEveryCms(signed.pdf(), List.of(OMSK));
    }

    @Test
    void the_security_store_takes_a_b_t_signature_to_b_lt_leaving_it_valid() throws Exception {
        byte[] signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(),
                Timestamping.required(TSA)).pdf();

        SignedPdf extended = PadesSigning.extend(signed, material(OMSK), Optional.empty());

        assertEquals(PadesLevel.B_LT, extended.level());
        assertEquals(Optional.empty(), extended.timestampTime());
        byte[] pdf = extended.pdf();
        assertArrayEquals(signed, Arrays.copyOf(pdf, signed.length));
        assertTrue(new String(pdf, signed.length, pdf.length - signed.length, StandardCharsets.ISO_8859_1)
                .contains("/DSS"));
        SignedPdfChecks.verifyEveryCms(pdf, List.of(OMSK));
        String report = SignedPdfChecks.pdfsig(pdf, folder);
        assertEquals(1, SignedPdfChecks.count(report, "Signature is Valid."), report);
    }

    @Test
    void a_security_store_over_signatures_without_timestamps_leaves_them_b_b() throws Exception {
        byte[] signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource());

        assertEquals(PadesLevel.B_B, PadesSigning.extend(signed, material(OMSK), Optional.empty()).level());
    }

    @Test
    void a_document_timestamp_after_the_security_store_makes_b_lta() throws Exception {
        byte[] signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(),
                Timestamping.required(TSA)).pdf();

        SignedPdf extended = PadesSigning.extend(signed, material(OMSK), Optional.of(TSA));

        assertEquals(PadesLevel.B_LTA, extended.level());
        assertEquals("PAdES-BASELINE-LTA", extended.level().label());
        byte[] pdf = extended.pdf();
        assertArrayEquals(signed, Arrays.copyOf(pdf, signed.length));
        List<EmbeddedSignature> signatures = EmbeddedSignature.readAll(pdf);
        assertEquals(List.of("omsk-1", "timestamp-1"), signatures.stream().map(EmbeddedSignature::fieldName).toList());
        assertEquals(extended.timestampTime(), Optional.of(
                TimestampChecks.assertDocumentTimestamp(pdf, signatures.get(1), TSA_KEY.certificate())));
        TimestampChecks.assertSignatureTimestamped(signatures.getFirst(), TSA_KEY.certificate());
        SignedPdfChecks.verifyEveryCms(pdf, List.of(OMSK));
        assertPdfsigFindsEachValid(pdf, 1, 1, "b-lta.txt");
    }

    @Test
    void two_signatures_in_turn_then_b_lta_keep_every_signature_valid() throws Exception {
        byte[] first = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(),
                Timestamping.required(TSA)).pdf();
        byte[] second = PadesSigning.sign(first, "pavlodar-1", SECOND_AT, PAVLODAR.keySource(),
                Timestamping.required(TSA)).pdf();

        SignedPdf extended = PadesSigning.extend(second, material(OMSK, PAVLODAR), Optional.of(TSA));

        assertEquals(PadesLevel.B_LTA, extended.level());
        byte[] pdf = extended.pdf();
        assertArrayEquals(second, Arrays.copyOf(pdf, second.length));
        List<EmbeddedSignature> signatures = EmbeddedSignature.readAll(pdf);
        assertEquals(List.of("omsk-1", "pavlodar-1", "timestamp-1"),
                signatures.stream().map(EmbeddedSignature::fieldName).toList());
        TimestampChecks.assertSignatureTimestamped(signatures.get(0), TSA_KEY.certificate());
        TimestampChecks.assertSignatureTimestamped(signatures.get(1), TSA_KEY.certificate());
        TimestampChecks.assertDocumentTimestamp(pdf, signatures.get(2), TSA_KEY.certificate());
        SignedPdfChecks.verifyEveryCms(pdf, List.of(OMSK, PAVLODAR));
        assertPdfsigFindsEachValid(pdf, 2, 1, "two-signatures-b-lta.txt");
    }

    @Test
    void a_second_extension_renews_the_archive_with_another_document_timestamp() throws Exception {
        byte[] signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(),
                Timestamping.required(TSA)).pdf();
        byte[] once = PadesSigning.extend(signed, material(OMSK), Optional.of(TSA)).pdf();

        SignedPdf twice = PadesSigning.extend(once, material(OMSK), Optional.of(TSA));

        assertEquals(PadesLevel.B_LTA, twice.level());
        byte[] pdf = twice.pdf();
        assertArrayEquals(once, Arrays.copyOf(pdf, once.length));
        List<EmbeddedSignature> signatures = EmbeddedSignature.readAll(pdf);
        assertEquals(List.of("omsk-1", "timestamp-1", "timestamp-2"),
                signatures.stream().map(EmbeddedSignature::fieldName).toList());
        TimestampChecks.assertDocumentTimestamp(pdf, signatures.get(1), TSA_KEY.certificate());
        TimestampChecks.assertDocumentTimestamp(pdf, signatures.get(2), TSA_KEY.certificate());
        assertPdfsigFindsEachValid(pdf, 1, 2, "renewed-b-lta.txt");
    }

    @Test
    void a_failing_authority_fails_the_extension_to_b_lta() throws Exception {
        byte[] signed = PadesSigning.sign(agreement, "omsk-1", FIRST_AT, OMSK.keySource(),
                Timestamping.required(TSA)).pdf();
        TimestampAuthority down = unreachable();

        assertThrows(TimestampUnavailableException.class,
                () -> PadesSigning.extend(signed, material(OMSK), Optional.of(down)));
    }

    /**
     * pdfsig lists every field and finds each CAdES signature valid. Poppler 22.12 cannot check a document timestamp:
     * it lists it with its authority as signer but "Signature Type: unknown" and "Signature has not yet been
     * verified" (and prints "Unable to validate this type of signature"); BouncyCastle checks those instead. The report
     * and the PDF are kept under target/pdfsig for the record and for other validators.
     */
    private void assertPdfsigFindsEachValid(byte[] pdf, int signatures, int timestamps, String reportName)
            throws Exception {
        String report = SignedPdfChecks.pdfsig(pdf, folder);
        Path kept = Path.of("target", "pdfsig");
        Files.createDirectories(kept);
        Files.writeString(kept.resolve(reportName), report);
        Files.write(kept.resolve(reportName.replace(".txt", ".pdf")), pdf);
        assertEquals(signatures, SignedPdfChecks.count(report, "Signature is Valid."), report);
        assertEquals(signatures, SignedPdfChecks.count(report, "Signature Type: ETSI.CAdES.detached"), report);
        assertEquals(timestamps, SignedPdfChecks.count(report, "Signer Certificate Common Name: Pactum Test TSA"), report);
        assertFalse(report.contains("Signature is Invalid"), report);
        // The count of fields is not checked: pdfsig also lists a final agreement's empty party-N fields.
    }

    private static LongTermMaterial material(TestPki.Signer... signers) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (TestPki.Signer signer : signers) {
            certificates.add(signer.certificate());
        }
        certificates.addAll(TSA.certificateChain());
        certificates.add(PKI.root());
        return new LongTermMaterial(certificates, List.of(PKI.crl()), List.of());
    }

    private static byte[] signedCms(DataToSign data, TestPki.Signer signer) {
        return CmsSignatureBuilder.assemble(data, signer.keySource().sign(data.signedAttributes(), data.algorithm()));
    }

    /** An HTTP authority on a port nobody listens on. */
    static TimestampAuthority unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new HttpTimestampAuthority(URI.create("http://127.0.0.1:" + port + "/tsa"), Duration.ofSeconds(2));
    }
}
