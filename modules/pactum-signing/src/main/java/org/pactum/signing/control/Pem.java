package org.pactum.signing.control;

import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Certificates and CRLs as PEM text (RFC 7468): base64 lines of 64 characters between BEGIN and END lines. */
public final class Pem {

    private static final Base64.Encoder LINES = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    /** @param der a certificate's DER encoding */
    public static String certificate(byte[] der) {
        return text("CERTIFICATE", der);
    }

    public static String certificate(X509Certificate certificate) {
        try {
            return certificate(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("The certificate cannot be encoded", e);
        }
    }

    public static String crl(X509CRL crl) {
        try {
            return text("X509 CRL", crl.getEncoded());
        } catch (CRLException e) {
            throw new IllegalArgumentException("The CRL cannot be encoded", e);
        }
    }

    private static String text(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + LINES.encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
