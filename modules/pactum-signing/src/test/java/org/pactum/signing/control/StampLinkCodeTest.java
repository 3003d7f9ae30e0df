package org.pactum.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.pdf.signature.VerificationCode;
import org.pactum.signing.boundary.PublicVerificationLinks;

/**
 * The QR code in a visible stamp leads to the agreement's public verification page: its modules decode to the link,
 * and so does the stamp as a PDF viewer draws it (rendered with poppler's pdftoppm, where installed). The rendered
 * page stays in {@code target/signed} for a look.
 */
class StampLinkCodeTest {

    private static final String LINK = PublicVerificationLinks.link("https://pactum.example.kz",
            "q3Vb0mZ6J1x8RkWd2T9yHg");
    private static final TestPki PKI = new TestPki();
    private static final TestPki.Signer OMSK = PKI.rsaSigner("Соколов Андрей Викторович", 2048);

    @TempDir
    Path folder;

    @Test
    void the_link_is_the_public_page_with_the_token_under_the_configured_address() {
        assertEquals("https://pactum.example.kz/public/verify.xhtml?t=q3Vb0mZ6J1x8RkWd2T9yHg", LINK);
    }

    @Test
    void the_codes_modules_decode_to_the_link() throws Exception {
        VerificationCode code = LinkCode.of(LINK);

        assertEquals(LINK, code.link());
        assertEquals(LINK, decode(image(code, 6)));
    }

    @Test
    void the_stamp_as_rendered_carries_a_code_that_decodes_to_the_link() throws Exception {
        AgreementDocument document = SampleAgreements.omskPavlodar(false);
        byte[] signed = PadesSigning.sign(AgreementPdf.render(document).pdf(),
                new SignatureOptions("party-1", Instant.parse("2026-12-01T10:00:00Z"), document.languages(), true, LINK),
                OMSK.keySource());
        Path pdf = Files.createDirectories(Path.of("target", "signed")).resolve("omsk-pavlodar-stamp-code.pdf");
        Files.write(pdf, signed);
        assumeTrue(installed("pdftoppm"), "poppler's pdftoppm is not installed");

        Path png = render(pdf, Path.of("target", "signed", "omsk-pavlodar-stamp-code"));

        assertEquals(LINK, decode(ImageIO.read(png.toFile())));
    }

    private static BufferedImage image(VerificationCode code, int scale) {
        int quiet = 4;
        int side = (code.size() + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int row = y / scale - quiet;
                int column = x / scale - quiet;
                boolean dark = row >= 0 && column >= 0 && row < code.size() && column < code.size()
                        && code.isDark(row, column);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** The signature page (the last) at 300 dpi, as a PNG next to {@code prefix}. */
    private Path render(Path pdf, Path prefix) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "300", "-f", "3", "-l", "3", "-singlefile",
                pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, process.exitValue(), "pdftoppm failed");
        return Path.of(prefix + ".png");
    }

    private static boolean installed(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }
}
