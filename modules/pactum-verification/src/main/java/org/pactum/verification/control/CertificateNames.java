package org.pactum.verification.control;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.pactum.domain.printable.PrintableText;

/**
 * Names read from certificates as a report shows them. Whoever made a certificate chose its names, so a right-to-left
 * override or a zero-width character in them would make the report show a name other than the certificate's: such
 * characters are shown by their code instead ({@link PrintableText#visible}).
 */
final class CertificateNames {

    private CertificateNames() {
    }

    /** The subject's distinguished name (RFC 2253). */
    static String subject(X509Certificate certificate) {
        return PrintableText.visible(certificate.getSubjectX500Principal().getName());
    }

    /** The subject's common name, or the whole name when it has none. */
    static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = name.getRDNs(BCStyle.CN);
        return PrintableText.visible(names.length == 0 ? name.toString()
                : IETFUtils.valueToString(names[0].getFirst().getValue()));
    }
}
