package org.pactum.web.signing;

/** {@code {"signature": "<base64>"}}: the bare signature value the tool made over the signed attributes. */
public record CompletionInput(String signature) {
}
