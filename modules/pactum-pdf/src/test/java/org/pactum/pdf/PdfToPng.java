package org.pactum.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * A page as poppler's pdftoppm paints it: what a reader sees on screen or paper, independent of OpenPDF. Missing
 * pdftoppm fails the test instead of skipping it, as {@link PdfToText} does.
 */
public final class PdfToPng {

    private PdfToPng() {
    }

    /**
     * Paints one page in grey at {@code pixelsPerPoint} pixels per PDF point and keeps the PNG beside the PDF, so the
     * picture a failed test judged can be opened.
     */
    public static BufferedImage page(Path pdf, int page, int pixelsPerPoint) throws IOException {
        Path stem = pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", "") + "-page" + page);
        List<String> command = List.of("pdftoppm", "-png", "-gray", "-singlefile", "-r", Integer.toString(72 * pixelsPerPoint),
                "-f", Integer.toString(page), "-l", Integer.toString(page), pdf.toString(), stem.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("pdftoppm did not finish within 60 s");
            }
            assertEquals(0, process.exitValue(), "pdftoppm could not paint " + pdf);
        } catch (IOException notInstalled) {
            return fail("pdftoppm is not installed; these tests need the Debian package poppler-utils "
                    + "(apt-get install -y poppler-utils): " + notInstalled.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for pdftoppm");
        }
        Path png = stem.resolveSibling(stem.getFileName() + ".png");
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            return fail("pdftoppm wrote no readable PNG at " + png);
        }
        return image;
    }
}
