package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** Checks of a signed PDF shared by the signing tests: each CMS with BouncyCastle, the whole file with pdfsig. */
final class SignedPdfChecks {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private SignedPdfChecks() {
    }

    /** Checks each signature's CMS with BouncyCastle over the PDF bytes its /ByteRange names, in order. */
    static void verifyEveryCms(byte[] pdf, List<TestPki.Signer> signers) throws Exception {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher ranges = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]").matcher(text);
        int index = 0;
        while (ranges.find()) {
            int holeStart = Integer.parseInt(ranges.group(2));
            int holeEnd = Integer.parseInt(ranges.group(3));
            int tailLength = Integer.parseInt(ranges.group(4));
            byte[] content = new byte[holeStart + tailLength];
            System.arraycopy(pdf, 0, content, 0, holeStart);
            System.arraycopy(pdf, holeEnd, content, holeStart, tailLength);
            byte[] hole = HexFormat.of().parseHex(text.substring(holeStart + 1, holeEnd - 1));
            byte[] cms = new ASN1InputStream(hole).readObject().getEncoded();
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
            SignerInformation info = signed.getSignerInfos().iterator().next();
            assertTrue(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signers.get(index).certificate())),
                    "signature " + (index + 1));
            index++;
        }
        assertEquals(signers.size(), index);
    }

    /** Runs poppler's pdfsig on {@code pdf} (written into {@code folder}): every signature valid, the last covering the whole file. */
    static String assertPdfsigFindsValid(byte[] pdf, int signatures, Path folder) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PDFSIG), "poppler's pdfsig is not installed");
        Path file = folder.resolve("signed.pdf");
        Files.write(file, pdf);
        Process pdfsig = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String report = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pdfsig.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");

        // pdfsig lists the parties' empty fields too ("not signed"); only the signed ones are validated.
        assertEquals(signatures, count(report, "Signature Validation:"), report);
        assertEquals(signatures, count(report, "Signature is Valid."), report);
        assertEquals(signatures, count(report, "Signature Type: ETSI.CAdES.detached"), report);
        assertEquals(1, count(report, "Total document signed"), report);
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
