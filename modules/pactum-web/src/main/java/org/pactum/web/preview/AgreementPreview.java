package org.pactum.web.preview;

/**
 * One rendered preview, ready to send.
 *
 * @param number   the number printed on it: the registration number once given, else the reference number
 * @param fileName a plain file name, safe in a Content-Disposition header, e.g. {@code PA-2026-00017-preview.pdf}
 */
public record AgreementPreview(byte[] pdf, String number, String fileName) {
}
