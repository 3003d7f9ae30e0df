package org.pactum.signing.control;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.pactum.domain.language.Language;
import org.pactum.pdf.signature.SignatureStamp;

/** The visible stamp's facts read from the signer's certificate, for pactum-pdf, which knows no certificates. */
final class CertificateStamp {

    private CertificateStamp() {
    }

    static SignatureStamp of(X509Certificate certificate, List<Language> languages, Instant signedAt) {
        return new SignatureStamp(languages, serial(certificate), owner(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), signedAt);
    }

    /** With the QR code of {@code link} beside the text, when there is a link. */
    static SignatureStamp of(X509Certificate certificate, List<Language> languages, Instant signedAt, String link) {
        SignatureStamp stamp = of(certificate, languages, signedAt);
        return link == null ? stamp : stamp.withCode(LinkCode.of(link));
    }

    /** The serial number in hex, whole bytes, as certificate viewers show it. */
    static String serial(X509Certificate certificate) {
        String hex = certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    /** The subject's common name, or the whole subject for a certificate without one. */
    static String owner(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        if (names.length == 0) {
            return subject.toString();
        }
        // The string itself, not IETFUtils' escaped form: a name with a comma is printed as written.
        ASN1Encodable name = names[0].getFirst().getValue();
        return name instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(name);
    }
}
