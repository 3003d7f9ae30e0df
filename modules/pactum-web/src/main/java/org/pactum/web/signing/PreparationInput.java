package org.pactum.web.signing;

/** {@code {"certificate": "<PEM>"}}: the signer's certificate, optionally followed by its issuers. */
public record PreparationInput(String certificate) {
}
