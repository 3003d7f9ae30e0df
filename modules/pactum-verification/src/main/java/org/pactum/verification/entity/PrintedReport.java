package org.pactum.verification.entity;

import java.util.Objects;

import org.pactum.domain.language.Language;

/**
 * A stored verification report printed as PDF in one language, with the name to offer it under.
 *
 * @param fileStem the file name before the language and extension, plain ASCII: {@code verification-report-3f9c01ab}
 */
public record PrintedReport(String reportId, Language language, String fileStem, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";

    public PrintedReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fileStem, "fileStem");
        Objects.requireNonNull(content, "content");
    }

    /** E.g. {@code verification-report-3f9c01ab-ru.pdf}. */
    public String fileName() {
        return fileStem + "-" + language.code() + ".pdf";
    }
}
