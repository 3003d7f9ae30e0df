package org.pactum.web.signing;

/**
 * {@code {"certificate": "<PEM>", "stamp": true}}: the signer's certificate, optionally followed by its issuers;
 * {@code stamp} false prepares a signature without the visible stamp (true when left out).
 */
public record PreparationInput(String certificate, Boolean stamp) {
}
