package org.pactum.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What poppler's {@code pdftotext} (Debian poppler-utils) reads in a PDF, as a reader would copy it. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The first page, whole and column by column, without white space and hyphens: line breaks fall wherever the
     * layout puts them, so only the squeezed text is stable.
     */
    public static String firstPageSqueezed(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("pactum-preview", ".pdf");
        try {
            Files.write(file, pdf);
            return squeezed(text(file, "-f", "1", "-l", "1"))
                    + "|" + squeezed(text(file, "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "298", "-H", "842"))
                    + "|" + squeezed(text(file, "-f", "1", "-l", "1", "-x", "297", "-y", "0", "-W", "298", "-H", "842"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Every page in reading order per column is not needed here: the whole document, squeezed. */
    public static String allSqueezed(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("pactum-preview", ".pdf");
        try {
            Files.write(file, pdf);
            return squeezed(text(file, "-raw"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static String squeezed(String text) {
        return text.replaceAll("[\\s\u00ad-]+", "");
    }

    /** The text of a PDF file, with pdftotext's options, e.g. {@code -raw} or a region's {@code -x -y -W -H}. */
    public static String text(Path pdf, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(List.of(options));
        command.add(pdf.toString());
        command.add("-");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "pdftotext did not finish");
        assertEquals(0, process.exitValue(), "pdftotext (Debian poppler-utils) could not read the PDF");
        return text;
    }
}
