package org.pactum.web.signing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a signed document (RFC 6266): the registration number as it reads, Cyrillic and all,
 * in {@code filename*}, and an ASCII stand-in in {@code filename} for clients that know no better.
 */
final class DocumentFileName {

    private DocumentFileName() {
    }

    static String header(String number, String what) {
        String name = number.replace('/', '-') + "-" + what + ".pdf";
        String ascii = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + (ascii.isEmpty() ? "agreement.pdf" : ascii) + "\"; filename*=UTF-8''" + encoded;
    }
}
