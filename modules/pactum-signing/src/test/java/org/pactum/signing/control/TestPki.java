package org.pactum.signing.control;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A small, untrusted test PKI made in process: one root CA and signers it certifies for signing documents. */
final class TestPki {

    static final char[] PIN = "demo".toCharArray();

    private final CertificateAuthority authority;

    TestPki() {
        Instant now = Instant.now();
        authority = CertificateAuthority.root("CN=Pactum Test Root CA,O=Pactum Tests", KeyPairs.rsa2048(),
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
    }

    X509Certificate root() {
        return authority.certificate();
    }

    CertificateAuthority authority() {
        return authority;
    }

    /** A signer with an RSA key of {@code bits} bits. */
    Signer rsaSigner(String name, int bits) {
        return signer(name, KeyPairs.rsa(bits));
    }

    /** A signer with an ECDSA key on {@code curve}, e.g. {@code secp256r1}. */
    Signer ecSigner(String name, String curve) {
        return signer(name, KeyPairs.ec(curve));
    }

    /** A time-stamping authority's RSA key and certificate (critical extended key usage id-kp-timeStamping). */
    Signer timestampAuthority(String name) {
        KeyPair keys = KeyPairs.rsa2048();
        Instant now = Instant.now();
        X509Certificate certificate = authority.issue(keys.getPublic(), new CertificateSubject(name, "Pactum Tests", "RU"),
                now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS), CertificatePurpose.TIMESTAMPING);
        return new Signer(keys.getPrivate(), List.of(certificate, root()));
    }

    /** The root's CRL, revoking whatever was revoked, issued an hour ago and valid for a week. */
    X509CRL crl() {
        Instant now = Instant.now();
        return authority.crl(now.minus(1, ChronoUnit.HOURS), now.plus(7, ChronoUnit.DAYS));
    }

    /** A signer certified for {@code keys}, wherever its private key lives (in memory or on a token). */
    Signer signer(String name, KeyPair keys) {
        Instant now = Instant.now();
        X509Certificate certificate = authority.issue(keys.getPublic(), new CertificateSubject(name, "Pactum Tests", "RU"),
                now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS), CertificatePurpose.DOCUMENT_SIGNING);
        return new Signer(keys.getPrivate(), List.of(certificate, root()));
    }

    /** A signer's key and chain (signer first, then the root). */
    record Signer(PrivateKey key, List<X509Certificate> chain) {

        X509Certificate certificate() {
            return chain.getFirst();
        }

        /** The signer's key and chain as a PKCS#12 file opened by {@link #PIN}. */
        byte[] pkcs12() {
            return Pkcs12.write("signer", key, chain, PIN);
        }

        KeySource keySource() {
            return KeyStoreKeySource.openPkcs12(pkcs12(), PIN);
        }
    }
}
