package org.pactum.web.signing;

/** {@code {"keySource": "server", "pin": "…"}}: sign with the key the server holds for the caller. */
public record SignInput(String keySource, String pin) {
}
