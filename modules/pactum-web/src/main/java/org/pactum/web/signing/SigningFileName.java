package org.pactum.web.signing;

/**
 * The ASCII name of a file signing answers with where no readable name is made ({@code DownloadName} names the
 * documents): the agreement's reference number and what the file is.
 */
public final class SigningFileName {

    private SigningFileName() {
    }

    /** @param what e.g. {@code signed.pdf}, {@code to-sign.pdf}, {@code signed-attributes.der} */
    static String of(String number, String what) {
        String safe = number == null ? "" : number.replaceAll("[^A-Za-z0-9-]+", "_");
        return (safe.isEmpty() ? "agreement" : safe) + "-" + what;
    }
}
