package org.pactum.signing.entity;

/**
 * A demo user who gets a signing certificate on first start.
 *
 * @param username     the account the key is for, also the key's alias in its PKCS#12
 * @param commonName   the name the certificate shows, e.g. the official's full name
 * @param organization the official's organisation
 * @param country      its two-letter ISO 3166 code
 * @param email        optional, null for none
 */
public record DemoSigner(String username, String commonName, String organization, String country, String email) {
}
