package org.pactum.signing.control;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.signature.CertificateSummary;

/** Certificates read from what people and tools send (PEM, DER) and summed up for what people read. */
public final class CertificateReading {

    private CertificateReading() {
    }

    /**
     * Every certificate in a PEM text (or one DER certificate), in the order given: the signer's first.
     *
     * @throws InvalidInputException naming {@code field} when nothing in it is a certificate
     */
    public static List<X509Certificate> read(byte[] pemOrDer, String field) {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pemOrDer))) {
                certificates.add((X509Certificate) certificate);
            }
            if (!certificates.isEmpty()) {
                return List.copyOf(certificates);
            }
        } catch (CertificateException | ClassCastException e) {
            // answered below: the input is not a certificate
        }
        throw new InvalidInputException(field, Rule.MALFORMED, "must be an X.509 certificate, PEM or DER");
    }

    public static List<X509Certificate> read(String pem, String field) {
        return read(pem == null ? new byte[0] : pem.getBytes(StandardCharsets.US_ASCII), field);
    }

    public static List<X509Certificate> fromDer(List<byte[]> certificates) {
        List<X509Certificate> chain = new ArrayList<>();
        for (byte[] der : certificates) {
            chain.addAll(read(der, "certificate"));
        }
        return List.copyOf(chain);
    }

    public static List<byte[]> toDer(List<X509Certificate> chain) {
        return chain.stream().map(CertificateReading::der).toList();
    }

    public static CertificateSummary summary(X509Certificate certificate) {
        return new CertificateSummary(name(certificate.getSubjectX500Principal().getEncoded()),
                name(certificate.getIssuerX500Principal().getEncoded()),
                HexFormat.of().withUpperCase().formatHex(certificate.getSerialNumber().toByteArray()),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), Sha256.hex(der(certificate)));
    }

    /** The common name, which a stamp and a list show; the whole subject when it has none. */
    public static String commonName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var names = subject.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return names.length == 0 ? subject.toString() : names[0].getFirst().getValue().toString();
    }

    /** BouncyCastle's reading keeps Cyrillic and Kazakh letters as they are, where RFC 2253 would escape them. */
    private static String name(byte[] encoded) {
        return X500Name.getInstance(encoded).toString();
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("A parsed certificate could not be encoded again", e);
        }
    }
}
