package org.pactum.web.signing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a signed document (RFC 6266): the registration number as it reads, Cyrillic and all,
 * in {@code filename*}, and for clients that know no better the registry's reference number, which is ASCII, in
 * {@code filename}.
 */
final class DocumentFileName {

    private DocumentFileName() {
    }

    /**
     * @param registered the registration number (e.g. {@code ПГ-2026/001}), or the reference number before registration
     * @param reference  the registry's reference number, e.g. {@code PA-2026-00003}
     */
    static String header(String registered, String reference, String what) {
        String name = registered.replace('/', '-') + "-" + what + ".pdf";
        String ascii = (reference + "-" + what + ".pdf").replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
