package org.pactum.web.signing;

/**
 * The name of a file the signing pages answer with: the agreement's reference number (plain ASCII, unlike a
 * registration number, so no header encoding is needed) and what the file is.
 */
final class SigningFileName {

    private SigningFileName() {
    }

    /** @param what e.g. {@code signed.pdf}, {@code to-sign.pdf}, {@code signed-attributes.der} */
    static String of(String number, String what) {
        String safe = number == null ? "" : number.replaceAll("[^A-Za-z0-9-]+", "_");
        return (safe.isEmpty() ? "agreement" : safe) + "-" + what;
    }
}
