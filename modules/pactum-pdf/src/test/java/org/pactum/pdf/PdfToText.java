package org.pactum.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The text poppler's pdftotext extracts: an independent reader, so the tests see what users' viewers see, not what
 * OpenPDF believes it wrote. Missing pdftotext fails the test instead of skipping it: a skipped check passes silently.
 */
public final class PdfToText {

    private PdfToText() {
    }

    /** @param options further pdftotext options, e.g. {@code -layout} or a crop area ({@code -x -y -W -H}) */
    public static String of(Path pdf, String... options) {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(List.of(options));
        command.add(pdf.toString());
        command.add("-");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("pdftotext did not finish within 30 s");
            }
            assertEquals(0, process.exitValue(), "pdftotext could not read " + pdf);
            return text;
        } catch (IOException notInstalled) {
            return fail("pdftotext is not installed; these tests need the Debian package poppler-utils "
                    + "(apt-get install -y poppler-utils): " + notInstalled.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted while waiting for pdftotext");
        }
    }

    public static String of(byte[] pdf, Path directory, String name) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(name);
        Files.write(file, pdf);
        return of(file);
    }

    /**
     * Without white space and hyphens: line breaks fall wherever the layout puts them, and pdftotext drops the hyphen
     * of a compound word split at the end of a line, taking it for hyphenation.
     */
    public static String squeezed(String text) {
        return text.replaceAll("[\\s-]+", "");
    }
}
