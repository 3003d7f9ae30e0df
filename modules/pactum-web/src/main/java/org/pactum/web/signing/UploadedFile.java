package org.pactum.web.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Part;

/**
 * What the signing page's file fields bring: the bytes of a chosen file (none when no file was chosen), and the DER
 * inside a file that a tool wrote as PEM or bare base64 instead.
 */
final class UploadedFile {

    private static final byte DER_SEQUENCE = 0x30;

    private UploadedFile() {
    }

    static Optional<byte[]> bytes(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** DER as it is, or decoded from PEM armour or base64 text; throws IllegalArgumentException when it is neither. */
    static byte[] der(byte[] content) {
        if (content.length > 0 && content[0] == DER_SEQUENCE) {
            return content;
        }
        String text = new String(content, StandardCharsets.US_ASCII).replaceAll("-----[A-Z0-9 #]+-----", "");
        return Base64.getMimeDecoder().decode(text.strip());
    }

    /** A certificate as PEM text, whether the file holds PEM or DER. */
    static String certificatePem(byte[] content) {
        String text = new String(content, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN")) {
            return text;
        }
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(content)
                + "\n-----END CERTIFICATE-----\n";
    }
}
