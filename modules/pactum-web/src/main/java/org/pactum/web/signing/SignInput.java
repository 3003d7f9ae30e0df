package org.pactum.web.signing;

/**
 * {@code {"keySource": "server", "pin": "…", "stamp": true}}: sign with the key the server holds for the caller;
 * {@code stamp} false signs without the visible stamp (true when left out).
 */
public record SignInput(String keySource, String pin, Boolean stamp) {
}
