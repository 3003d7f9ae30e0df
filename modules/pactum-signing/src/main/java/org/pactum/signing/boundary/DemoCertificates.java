package org.pactum.signing.boundary;

import java.security.KeyPair;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.trust.TrustAnchor;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.Pem;
import org.pactum.signing.control.Pkcs12;
import org.pactum.signing.entity.DemoPki;
import org.pactum.signing.entity.DemoSigner;
import org.pactum.signing.entity.IssuedKey;

/**
 * Makes the demo mode's PKI on first start, so a newcomer can sign at once: a demo root CA stored as a trust anchor
 * with an empty CRL, a time-stamping unit's certificate, the platform's seal, and a certificate with a fresh P-256
 * key for each demo signer, every key handed out as PKCS#12 under the PIN given. Never for production: the keys are made here.
 */
@ApplicationScoped
@Transactional
public class DemoCertificates {

    static final String ROOT = "CN=Pactum Demo Root CA,O=Pactum (demo),C=RU";
    private static final String ORGANIZATION = "Pactum (demo)";
    static final String SEAL = "Pactum (demo) — platform seal";
    private static final Duration ROOT_LIFE = Duration.ofDays(3650);
    private static final Duration KEY_LIFE = Duration.ofDays(730);
    /** Long, so that revocation stays checked in a demo left running; a real CA publishes weekly or daily. */
    private static final Duration CRL_LIFE = Duration.ofDays(365);
    /** Valid from a day back, so that a clock a little behind does not find the certificates not yet valid. */
    private static final Duration BACKDATED = Duration.ofDays(1);

    @Inject
    TrustStore trustStore;

    Clock clock = Clock.systemUTC();

    /** @param actor who is recorded as having added the demo root to the trust anchors */
    public DemoPki create(List<DemoSigner> signers, char[] pin, String actor) {
        Instant now = clock.instant();
        Instant from = now.minus(BACKDATED);
        CertificateAuthority root = CertificateAuthority.root(ROOT, KeyPairs.rsa2048(), from, now.plus(ROOT_LIFE));
        TrustAnchor anchor = trustStore.add(Pem.certificate(root.certificate()), actor);
        X509CRL crl = root.crl(now, now.plus(CRL_LIFE));
        trustStore.addRevocationList(anchor.id(), der(crl), actor);
        IssuedKey timestamping = issue(root, "timestamping", KeyPairs.rsa2048(),
                new CertificateSubject("Pactum Demo Time-Stamping Unit", ORGANIZATION, "RU"), CertificatePurpose.TIMESTAMPING,
                pin, from, now.plus(ROOT_LIFE));
        IssuedKey seal = issue(root, "platform-seal", KeyPairs.ecP256(), new CertificateSubject(SEAL, ORGANIZATION, "RU"),
                CertificatePurpose.SEAL, pin, from, now.plus(ROOT_LIFE));
        Map<String, IssuedKey> keys = new LinkedHashMap<>();
        for (DemoSigner signer : signers) {
            keys.put(signer.username(), issue(root, signer.username(), KeyPairs.ecP256(),
                    new CertificateSubject(signer.commonName(), signer.organization(), signer.country(), signer.email()),
                    CertificatePurpose.DOCUMENT_SIGNING, pin, from, now.plus(KEY_LIFE)));
        }
        return new DemoPki(root.certificate(), anchor.id(), crl, timestamping, seal, keys);
    }

    private static IssuedKey issue(CertificateAuthority root, String alias, KeyPair keys, CertificateSubject subject,
                                   CertificatePurpose purpose, char[] pin, Instant from, Instant to) {
        X509Certificate certificate = root.issue(keys.getPublic(), subject, from, to, purpose);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(root.chain());
        return new IssuedKey(alias, chain, Pkcs12.write(alias, keys.getPrivate(), chain, pin));
    }

    private static byte[] der(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (CRLException e) {
            throw new IllegalStateException("The demo CRL cannot be encoded", e);
        }
    }
}
