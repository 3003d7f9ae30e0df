package org.pactum.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What poppler's {@code pdfsig} (Debian poppler-utils) reports about the signatures of a PDF. */
public final class Pdfsig {

    private Pdfsig() {
    }

    public static String report(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("pactum-signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
            return report;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** How often {@code part} occurs in {@code report}, e.g. {@code "Signature is Valid."}. */
    public static int count(String report, String part) {
        int count = 0;
        for (int at = report.indexOf(part); at >= 0; at = report.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
