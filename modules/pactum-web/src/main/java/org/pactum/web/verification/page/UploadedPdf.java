package org.pactum.web.verification.page;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.Part;

import org.pactum.web.faces.PageMessages;

/**
 * A PDF handed in on a verification page (the auditor's or the public one): its bytes, or — when it is missing or over
 * the size limit — empty, with the reason shown at the upload field.
 */
public final class UploadedPdf {

    private static final long MEBIBYTE = 1024L * 1024;

    private UploadedPdf() {
    }

    public static Optional<byte[]> read(Part file, long maxBytes, String field) throws IOException {
        if (file == null || file.getSize() == 0) {
            PageMessages.fieldError(field, "verify.file.required");
            return Optional.empty();
        }
        if (file.getSize() > maxBytes) {
            tooLarge(field, maxBytes);
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** The message for a file over the limit, in whole mebibytes as the page states the limit. */
    public static void tooLarge(String field, long maxBytes) {
        PageMessages.fieldError(field, "verify.file.tooLarge", maxBytes / MEBIBYTE);
    }
}
