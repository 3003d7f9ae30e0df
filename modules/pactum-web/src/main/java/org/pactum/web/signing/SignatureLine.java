package org.pactum.web.signing;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.pactum.domain.signature.CertificateSummary;
import org.pactum.domain.signature.KeyOrigin;
import org.pactum.domain.signature.Signature;
import org.pactum.web.faces.DateDisplay;

/**
 * One signature as the pages show it, in plain serializable values: who signed, the certificate's owner, issuer,
 * serial and validity, the signing time and the PAdES level.
 *
 * @param owner  the certificate subject's common name, or the whole subject when it has none
 * @param issuer    likewise for the issuer
 * @param validFrom the certificate's validity as days (UTC), which is how it is read
 */
public record SignatureLine(int position, String signer, String username, String owner, String subject, String issuer,
                            String serial, String validFrom, String validTo, String signedAt, String timestampedAt,
                            String level, KeyOrigin origin) implements Serializable {

    /** @param people turns a username into the name people know the user by */
    public static SignatureLine of(Signature signature, DateDisplay dates, UnaryOperator<String> people) {
        CertificateSummary certificate = signature.certificate();
        return new SignatureLine(signature.position(), people.apply(signature.signer()), signature.signer(),
                commonName(certificate.subject()), certificate.subject(), commonName(certificate.issuer()),
                certificate.serialNumber(), dates.date(certificate.notBefore().atZone(ZoneOffset.UTC).toLocalDate()),
                dates.date(certificate.notAfter().atZone(ZoneOffset.UTC).toLocalDate()),
                dates.dateTimeWithSeconds(signature.signedAt()), dates.dateTimeWithSeconds(signature.timestampedAt()),
                signature.level(), signature.keyOrigin());
    }

    /** The CN of an RFC 4514 name: what a person reads as the certificate's owner. */
    static String commonName(String name) {
        try {
            return new LdapName(name).getRdns().reversed().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("CN"))
                    .map(Rdn::getValue).map(String::valueOf)
                    .findFirst().orElse(name);
        } catch (InvalidNameException e) {
            return name;
        }
    }
}
