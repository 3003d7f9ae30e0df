package org.pactum.signing.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority: a root or an intermediate CA that issues certificates for signers, seals and
 * time-stamping units, keeps what it revoked and publishes it as a CRL. For the demo mode and the tests; a real
 * deployment trusts the national authorities instead. Serial numbers are random (positive, 64 bits), so certificates
 * of authorities made in different runs never share one; the CRL number is the CRL's thisUpdate in milliseconds,
 * which grows from one CRL to the next without a counter to keep.
 */
public final class CertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JcaX509CertificateConverter CERTIFICATES = new JcaX509CertificateConverter();

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final Map<BigInteger, Revocation> revoked = new ConcurrentHashMap<>();

    private record Revocation(Instant at, CRLReason reason) {
    }

    private CertificateAuthority(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /**
     * A self-signed root CA.
     *
     * @param distinguishedName as RFC 4514 writes it, most specific first, e.g. {@code CN=Demo Root CA,O=Pactum,C=RU}
     */
    public static CertificateAuthority root(String distinguishedName, KeyPair keys, Instant from, Instant to) {
        X500Name name = parse(distinguishedName);
        X509v3CertificateBuilder builder = builder(name, name, keys.getPublic(), from, to);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not describe the root " + distinguishedName, e);
        }
        X509Certificate certificate = sign(builder, keys.getPrivate(), distinguishedName);
        return new CertificateAuthority(keys.getPrivate(), List.of(certificate));
    }

    /**
     * An authority already made (e.g. kept from an earlier start), from its key and its chain: its own certificate
     * first, its root last. It starts with nothing revoked.
     */
    public static CertificateAuthority of(PrivateKey key, List<X509Certificate> chain) {
        if (chain.isEmpty() || chain.getFirst().getBasicConstraints() < 0) {
            throw new IllegalArgumentException("an authority's chain begins with a CA certificate");
        }
        return new CertificateAuthority(key, chain);
    }

    /** An intermediate CA certified by this one, allowed to certify end entities only (path length 0). */
    public CertificateAuthority intermediate(String distinguishedName, KeyPair keys, Instant from, Instant to) {
        X509v3CertificateBuilder builder = builder(issuerName(), parse(distinguishedName), keys.getPublic(), from, to);
        add(builder, Extension.basicConstraints, true, new BasicConstraints(0), distinguishedName);
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign), distinguishedName);
        identifiers(builder, keys.getPublic(), distinguishedName);
        X509Certificate certificate = sign(builder, key, distinguishedName);
        List<X509Certificate> longer = new ArrayList<>();
        longer.add(certificate);
        longer.addAll(chain);
        return new CertificateAuthority(keys.getPrivate(), longer);
    }

    /** A certificate for {@code subjectKey}, valid from {@code from} to {@code to}, for the given purpose. */
    public X509Certificate issue(PublicKey subjectKey, CertificateSubject subject, Instant from, Instant to,
                                 CertificatePurpose purpose) {
        String described = subject.commonName();
        X509v3CertificateBuilder builder = builder(issuerName(), subject.name(), subjectKey, from, to);
        add(builder, Extension.basicConstraints, true, new BasicConstraints(false), described);
        add(builder, Extension.keyUsage, true, purpose.keyUsage(), described);
        if (purpose.extendedUsage() != null) {
            add(builder, Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose.extendedUsage()), described);
        }
        subject.emailAddress().ifPresent(email -> add(builder, Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.rfc822Name, email)), described));
        identifiers(builder, subjectKey, described);
        return sign(builder, key, described);
    }

    /** Marks a certificate this authority issued as revoked from {@code at}; the next {@link #crl} lists it. */
    public void revoke(BigInteger serial, Instant at, CRLReason reason) {
        revoked.put(serial, new Revocation(at, Objects.requireNonNull(reason, "reason")));
    }

    /** The revocations so far, signed by this authority. */
    public X509CRL crl(Instant thisUpdate, Instant nextUpdate) {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(certificate().getSubjectX500Principal(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        revoked.forEach((serial, revocation) ->
                builder.addCRLEntry(serial, Date.from(revocation.at()), revocation.reason().ordinal()));
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(thisUpdate.toEpochMilli())));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(key)));
        } catch (CertIOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not sign the CRL of " + certificate().getSubjectX500Principal(), e);
        }
    }

    /** This authority's own certificate. */
    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** This authority's certificate and those above it, its root last. */
    public List<X509Certificate> chain() {
        return chain;
    }

    private X500Name issuerName() {
        return X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
    }

    private static X500Name parse(String distinguishedName) {
        // The JDK's parser reads the RFC 4514 order (most specific first) and encodes it country first, as is usual.
        return X500Name.getInstance(new X500Principal(distinguishedName).getEncoded());
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey subjectKey,
                                                    Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a certificate's validity must end after it begins: " + from + " to " + to);
        }
        BigInteger serial = new BigInteger(64, RANDOM).setBit(62);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(to), subject, subjectKey);
    }

    private void identifiers(X509v3CertificateBuilder builder, PublicKey subjectKey, String described) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(certificate()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not add the key identifiers for " + described, e);
        }
    }

    private static void add(X509v3CertificateBuilder builder, ASN1ObjectIdentifier extension, boolean critical,
                            ASN1Encodable value, String described) {
        try {
            builder.addExtension(extension, critical, value);
        } catch (CertIOException e) {
            throw new IllegalStateException("Could not add " + extension + " for " + described, e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey, String described) {
        try {
            X509CertificateHolder holder = builder.build(signer(issuerKey));
            return CERTIFICATES.getCertificate(holder);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the certificate of " + described, e);
        }
    }

    /** The issuer's signature follows its key: SHA-384 for a P-384 key, SHA-256 otherwise. */
    private static ContentSigner signer(PrivateKey issuerKey) throws OperatorCreationException {
        String algorithm = switch (issuerKey.getAlgorithm()) {
            case "EC" -> issuerKey instanceof ECKey ec && ec.getParams().getOrder().bitLength() > 256
                    ? "SHA384withECDSA" : "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("An authority cannot sign with a " + issuerKey.getAlgorithm() + " key");
        };
        return new JcaContentSignerBuilder(algorithm).build(issuerKey);
    }
}
