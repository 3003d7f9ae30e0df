package org.pactum.web.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * The links the QR codes in a signed PDF's stamps lead to, read as a phone would: the page with the stamps rendered by
 * poppler's pdftoppm, the codes found and decoded with zxing.
 */
final class StampLinks {

    private StampLinks() {
    }

    /** Every distinct link on page {@code page} of the PDF. */
    static List<URI> on(Path pdf, int page) throws Exception {
        Path prefix = Files.createTempDirectory("stamp-links").resolve("page");
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "200", "-f", String.valueOf(page), "-l",
                String.valueOf(page), "-singlefile", pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, process.exitValue(), "pdftoppm failed");
        BufferedImage image = ImageIO.read(prefix.resolveSibling("page.png").toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        Result[] found = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, true));
        return Arrays.stream(found).map(Result::getText).distinct().map(URI::create).toList();
    }
}
