package org.pactum.signing.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.domain.language.Language;
import org.pactum.fixtures.memory.RecordedEvents;
import org.pactum.fixtures.memory.RevocationListsInMemory;
import org.pactum.fixtures.memory.TrustAnchorsInMemory;
import org.pactum.pdf.certificate.CompletionCertificatePdf;
import org.pactum.pdf.certificate.SampleCertificates;
import org.pactum.pdf.signature.EmbeddedSignature;
import org.pactum.signing.entity.DemoPki;
import org.pactum.signing.entity.DemoSigner;

class PlatformSealTest {

    private static final char[] PIN = "demo".toCharArray();

    @TempDir
    Path folder;

    private DemoPki pki;
    private TimestampPolicy timestamps;
    private PlatformSeal seal;
    private byte[] certificate;

    @BeforeEach
    void demoModeFirstStart() {
        TrustStore trust = new TrustStore();
        trust.trustAnchors = new TrustAnchorsInMemory();
        trust.revocationLists = new RevocationListsInMemory();
        trust.changes = new RecordedEvents<>();
        trust.clock = Clock.systemUTC();
        DemoCertificates demo = new DemoCertificates();
        demo.trustStore = trust;
        pki = demo.create(List.of(new DemoSigner("signer1", "Алексей Соколов", "Правительство Омской области", "RU", null)),
                PIN, "system");
        timestamps = new TimestampPolicy();
        timestamps.url = Optional.empty();
        timestamps.keystore = Optional.of(folder.resolve("keys/timestamping.p12").toString());
        timestamps.pin = Optional.empty();
        seal = new PlatformSeal();
        seal.keystore = Optional.of(folder.resolve("keys/platform-seal.p12").toString());
        seal.pin = Optional.empty();
        seal.timestamps = timestamps;
        seal.trust = trust;
        certificate = CompletionCertificatePdf.render(SampleCertificates.sealed(), Language.KK);
    }

    @Test
    void without_a_key_nothing_is_available_and_sealing_is_refused() {
        assertFalse(seal.available());
        assertThrows(IllegalStateException.class, () -> seal.seal(certificate));
    }

    @Test
    void the_demo_seal_certificate_names_the_platform() {
        X509Certificate sealCertificate = pki.seal().certificate();

        assertEquals("CN=Pactum (demo) — platform seal,O=Pactum (demo),C=RU",
                sealCertificate.getSubjectX500Principal().getName());
        assertEquals(pki.root(), pki.seal().chain().getLast());
        assertTrue(sealCertificate.getKeyUsage()[0] && sealCertificate.getKeyUsage()[1], "digitalSignature, nonRepudiation");
    }

    @Test
    void a_sealed_pdf_has_one_valid_signature_by_the_seal_certificate_and_keeps_every_earlier_byte() throws Exception {
        seal.keep(pki.seal().pkcs12(), PIN);

        byte[] sealed = seal.seal(certificate);

        assertTrue(seal.available());
        assertEquals(pki.seal().certificate(), seal.certificate().orElseThrow());
        assertArrayEquals(certificate, Arrays.copyOf(sealed, certificate.length), "an incremental update");
        List<EmbeddedSignature> signatures = EmbeddedSignature.readAll(sealed);
        assertEquals(1, signatures.size());
        assertEquals(PlatformSeal.FIELD, signatures.getFirst().fieldName());
        assertTrue(verifies(sealed, signatures.getFirst(), pki.seal().certificate()));
        String report = pdfsig(sealed);
        assertEquals(1, count(report, "Signature is Valid."), report);
        assertTrue(report.contains("Pactum (demo) — platform seal"), report);
        assertTrue(report.contains("Total document signed"), report);
    }

    @Test
    void with_the_in_process_authority_the_seal_is_timestamped_and_closed_by_a_document_timestamp() throws Exception {
        timestamps.keepInProcess(pki.timestamping().pkcs12(), PIN);
        seal.keep(pki.seal().pkcs12(), PIN);

        byte[] sealed = seal.seal(certificate);

        List<EmbeddedSignature> signatures = EmbeddedSignature.readAll(sealed);
        assertEquals(List.of(false, true), signatures.stream().map(EmbeddedSignature::isDocumentTimestamp).toList());
        CMSSignedData cms = cms(sealed, signatures.getFirst());
        assertTrue(cms.getSignerInfos().iterator().next().getUnsignedAttributes() != null, "a signature timestamp");
        assertTrue(verifies(sealed, signatures.getFirst(), pki.seal().certificate()));
        String report = pdfsig(sealed);
        assertEquals(1, count(report, "Signature is Valid."), report);
    }

    @Test
    void a_later_start_reads_the_kept_key_with_the_configured_pin() {
        seal.keep(pki.seal().pkcs12(), PIN);
        PlatformSeal later = new PlatformSeal();
        later.keystore = seal.keystore;
        later.pin = Optional.of("demo");
        later.timestamps = timestamps;
        later.trust = seal.trust;
        later.clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);

        assertTrue(later.available());
        assertEquals(pki.seal().certificate(), later.certificate().orElseThrow());
    }

    @Test
    void a_kept_key_with_the_wrong_pin_is_a_configuration_mistake() {
        seal.keep(pki.seal().pkcs12(), PIN);
        PlatformSeal misconfigured = new PlatformSeal();
        misconfigured.keystore = seal.keystore;
        misconfigured.pin = Optional.of("not the pin");

        assertThrows(IllegalStateException.class, misconfigured::available);
    }

    private static boolean verifies(byte[] pdf, EmbeddedSignature signature, X509Certificate by) throws Exception {
        SignerInformation signer = cms(pdf, signature).getSignerInfos().iterator().next();
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(by));
    }

    private static CMSSignedData cms(byte[] pdf, EmbeddedSignature signature) throws Exception {
        long[] range = signature.byteRange();
        byte[] signed = new byte[(int) (range[1] + range[3])];
        System.arraycopy(pdf, 0, signed, 0, (int) range[1]);
        System.arraycopy(pdf, (int) range[2], signed, (int) range[1], (int) range[3]);
        try (ASN1InputStream in = new ASN1InputStream(signature.contents())) {
            return new CMSSignedData(new CMSProcessableByteArray(signed), in.readObject().getEncoded());
        }
    }

    private String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path pdfsig = Path.of("/usr/bin/pdfsig");
        assumeTrue(Files.isExecutable(pdfsig), "poppler's pdfsig is not installed");
        Path file = folder.resolve("sealed.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(pdfsig.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
        return report;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
