package org.pactum.audit.boundary;

import org.pactum.domain.language.Language;

/**
 * One issued certificate document, ready to send. Its issue is already recorded in the audit trail with the hash of
 * these bytes, so they must be sent unchanged.
 *
 * @param contentType the Content-Type to send, e.g. {@code application/pdf}
 * @param fileName    a plain file name, safe in a Content-Disposition header
 * @param language    the document's language, or null for the JSON form, which has none
 */
public record CompletionCertificateDownload(byte[] content, String contentType, String fileName, Language language) {
}
