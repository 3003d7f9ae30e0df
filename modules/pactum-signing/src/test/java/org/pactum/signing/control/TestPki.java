package org.pactum.signing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A small, untrusted test PKI made in process: one root CA and signers it certifies for signing documents. */
final class TestPki {

    static final char[] PIN = "demo".toCharArray();

    private static final AtomicLong SERIALS = new AtomicLong(1000);

    private final KeyPair rootKeys;
    private final X509Certificate root;

    TestPki() {
        rootKeys = keyPair("RSA", 2048);
        root = certificate("CN=Pactum Test Root CA,O=Pactum Tests", rootKeys, "CN=Pactum Test Root CA,O=Pactum Tests",
                rootKeys.getPrivate(), true);
    }

    X509Certificate root() {
        return root;
    }

    /** A signer with an RSA key of {@code bits} bits. */
    Signer rsaSigner(String name, int bits) {
        return signer(name, keyPair("RSA", bits));
    }

    /** A signer with an ECDSA key on {@code curve}, e.g. {@code secp256r1}. */
    Signer ecSigner(String name, String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return signer(name, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A time-stamping authority's RSA key and certificate (critical extended key usage id-kp-timeStamping). */
    Signer timestampAuthority(String name) {
        KeyPair keys = keyPair("RSA", 2048);
        Extension timeStamping = new Extension(Extension.extendedKeyUsage, true,
                der(new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)));
        X509Certificate certificate = certificate("CN=" + name + ",O=Pactum Tests", keys,
                "CN=Pactum Test Root CA,O=Pactum Tests", rootKeys.getPrivate(), false, List.of(timeStamping));
        return new Signer(keys.getPrivate(), List.of(certificate, root));
    }

    /** The root's CRL, revoking nothing, valid for a week. */
    X509CRL crl() {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                    Date.from(now.minus(1, ChronoUnit.HOURS)));
            builder.setNextUpdate(Date.from(now.plus(7, ChronoUnit.DAYS)));
            return new JcaX509CRLConverter().getCRL(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("Could not make the test CRL", e);
        }
    }

    /** A signer certified for {@code keys}, wherever its private key lives (in memory or on a token). */
    Signer signer(String name, KeyPair keys) {
        X509Certificate certificate = certificate("CN=" + name + ",O=Pactum Tests", keys,
                "CN=Pactum Test Root CA,O=Pactum Tests", rootKeys.getPrivate(), false);
        return new Signer(keys.getPrivate(), List.of(certificate, root));
    }

    private static KeyPair keyPair(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey,
                                               boolean authority) {
        return certificate(subject, subjectKeys, issuer, issuerKey, authority, List.of());
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, PrivateKey issuerKey,
                                               boolean authority, List<Extension> more) {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)), new X500Name(subject), subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, authority
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            for (Extension extension : more) {
                builder.addExtension(extension);
            }
            String algorithm = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException("Could not make the test certificate " + subject, e);
        }
    }

    private static byte[] der(ExtendedKeyUsage usage) {
        try {
            return usage.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signer's key and chain (signer first, then the root). */
    record Signer(PrivateKey key, List<X509Certificate> chain) {

        X509Certificate certificate() {
            return chain.getFirst();
        }

        /** The signer's key and chain as a PKCS#12 file opened by {@link #PIN}. */
        byte[] pkcs12() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("signer", key, PIN, chain.toArray(X509Certificate[]::new));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, PIN);
                return out.toByteArray();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        KeySource keySource() {
            return KeyStoreKeySource.openPkcs12(pkcs12(), PIN);
        }
    }
}
