package org.pactum.signing.control;

import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Whom an end-entity certificate names: a person or an organisation ({@code commonName}), the organisation, its
 * two-letter country and, optionally, an e-mail address (carried as the certificate's subject alternative name).
 */
public record CertificateSubject(String commonName, String organization, String country, String email) {

    public CertificateSubject {
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(country, "country");
        if (country.length() != 2) {
            throw new IllegalArgumentException("a country is its two-letter ISO 3166 code, not " + country);
        }
    }

    public CertificateSubject(String commonName, String organization, String country) {
        this(commonName, organization, country, null);
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email).filter(address -> !address.isBlank());
    }

    /** The name in the usual order, country first in the encoding, so readers print {@code CN=…, O=…, C=…}. */
    X500Name name() {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, country)
                .addRDN(BCStyle.O, organization)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }
}
