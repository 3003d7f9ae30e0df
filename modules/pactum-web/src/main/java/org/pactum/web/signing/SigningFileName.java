package org.pactum.web.signing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The names of the files signing answers with: the agreement's reference number (plain ASCII, unlike a registration
 * number) and what the file is; for the signed document over REST also the registration number as it reads, Cyrillic
 * and all, in RFC 6266's {@code filename*}.
 */
public final class SigningFileName {

    private SigningFileName() {
    }

    /** @param what e.g. {@code signed.pdf}, {@code to-sign.pdf}, {@code signed-attributes.der} */
    static String of(String number, String what) {
        String safe = number == null ? "" : number.replaceAll("[^A-Za-z0-9-]+", "_");
        return (safe.isEmpty() ? "agreement" : safe) + "-" + what;
    }

    /**
     * @param registered the registration number (e.g. {@code ПГ-2026/001}), or the reference number before registration
     * @param reference  the registry's reference number, e.g. {@code PA-2026-00003}, for clients that know no better
     * @param what       e.g. {@code signed}
     */
    public static String contentDisposition(String registered, String reference, String what) {
        String name = registered.replace('/', '-') + "-" + what + ".pdf";
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + of(reference, what + ".pdf") + "\"; filename*=UTF-8''" + encoded;
    }
}
