package org.pactum.routing.entity;

import java.util.Objects;

import org.pactum.domain.language.Language;

/**
 * An agreement's approval sheet printed as PDF in one language, with the names to offer it under.
 *
 * @param fileStem  the name as people read it, before the language: «Лист согласования СС-2026/001»
 * @param asciiStem the same in plain ASCII for clients that know no better: {@code PA-2026-00003-approval-sheet}
 */
public record ApprovalSheetFile(long agreementId, Language language, String fileStem, String asciiStem,
                                byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";

    public ApprovalSheetFile {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(fileStem, "fileStem");
        Objects.requireNonNull(asciiStem, "asciiStem");
        Objects.requireNonNull(content, "content");
    }

    /** E.g. «Лист согласования СС-2026-001-ru.pdf»: a slash would make it a path. */
    public String fileName() {
        return fileStem.replace('/', '-') + "-" + language.code() + ".pdf";
    }
}
