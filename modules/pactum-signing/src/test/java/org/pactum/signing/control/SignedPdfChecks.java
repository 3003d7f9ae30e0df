package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.pactum.pdf.signature.EmbeddedSignature;

/** Checks of a signed PDF shared by the signing tests: each CMS with BouncyCastle, the whole file with pdfsig. */
final class SignedPdfChecks {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private SignedPdfChecks() {
    }

    /**
     * Checks each signature's CMS with BouncyCastle over the PDF bytes its /ByteRange names, in order; document
     * timestamps are left to their own checks.
     */
    static void verifyEveryCms(byte[] pdf, List<TestPki.Signer> signers) throws Exception {
        int index = 0;
        for (EmbeddedSignature signature : EmbeddedSignature.readAll(pdf)) {
            if (signature.isDocumentTimestamp()) {
                continue;
            }
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(signedBytes(pdf, signature)),
                    der(signature.contents()));
            SignerInformation info = signed.getSignerInfos().iterator().next();
            assertTrue(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signers.get(index).certificate())),
                    "signature " + (index + 1));
            index++;
        }
        assertEquals(signers.size(), index);
    }

    /** The bytes {@code signature}'s byte range covers: everything but its hole. */
    static byte[] signedBytes(byte[] pdf, EmbeddedSignature signature) {
        long[] range = signature.byteRange();
        byte[] content = new byte[(int) (range[1] + range[3])];
        System.arraycopy(pdf, 0, content, 0, (int) range[1]);
        System.arraycopy(pdf, (int) range[2], content, (int) range[1], (int) range[3]);
        return content;
    }

    /** The DER object at the start of a /Contents, without the hole's zero padding. */
    static byte[] der(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return in.readObject().getEncoded();
        }
    }

    /** Runs poppler's pdfsig on {@code pdf} (written into {@code folder}): every signature valid, the last covering the whole file. */
    static String assertPdfsigFindsValid(byte[] pdf, int signatures, Path folder) throws IOException, InterruptedException {
        String report = pdfsig(pdf, folder);

        // pdfsig lists the parties' empty fields too ("not signed"); only the signed ones are validated.
        assertEquals(signatures, count(report, "Signature Validation:"), report);
        assertEquals(signatures, count(report, "Signature is Valid."), report);
        assertEquals(signatures, count(report, "Signature Type: ETSI.CAdES.detached"), report);
        assertEquals(1, count(report, "Total document signed"), report);
        return report;
    }

    /** What poppler's pdfsig reports about {@code pdf} (written into {@code folder}); skips the test without pdfsig. */
    static String pdfsig(byte[] pdf, Path folder) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PDFSIG), "poppler's pdfsig is not installed");
        Path file = folder.resolve("signed.pdf");
        Files.write(file, pdf);
        Process pdfsig = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pdfsig.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
        return report;
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
