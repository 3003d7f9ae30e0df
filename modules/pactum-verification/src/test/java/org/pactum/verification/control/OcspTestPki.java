package org.pactum.verification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.control.LocalTimestampAuthority;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.Pkcs12;
import org.pactum.signing.control.Timestamping;

/**
 * A small test PKI that answers OCSP itself: a root whose key also signs OCSP responses (or certifies a delegated
 * responder), a signer whose certificate may name an OCSP responder in its authority information access, and a
 * time-stamping authority. The signer's agreement is signed once, at B-T, with Pactum's own signing path.
 */
final class OcspTestPki {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PIN = "test".toCharArray();

    final Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final KeyPair rootKeys = KeyPairs.rsa2048();
    final CertificateAuthority root = CertificateAuthority.root("CN=OCSP Test Root,O=Pactum Tests,C=RU", rootKeys,
            created.minus(2, ChronoUnit.DAYS), created.plus(3650, ChronoUnit.DAYS));
    final KeyPair signerKeys = KeyPairs.rsa2048();
    final X509Certificate signer;
    final X509Certificate tsaCertificate;
    private final LocalTimestampAuthority tsa;
    private byte[] signed;

    /** @param responder the OCSP responder's address the signer's certificate names, or null for none */
    OcspTestPki(String responder) {
        signer = issue("CN=OCSP Test Signer,O=Pactum Tests,C=RU", signerKeys.getPublic(),
                KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null, responder);
        KeyPair tsaKeys = KeyPairs.rsa2048();
        tsaCertificate = root.issue(tsaKeys.getPublic(), new CertificateSubject("OCSP Test TSA", "Pactum Tests", "RU"),
                created.minus(1, ChronoUnit.DAYS), created.plus(365, ChronoUnit.DAYS), CertificatePurpose.TIMESTAMPING);
        tsa = new LocalTimestampAuthority(tsaKeys.getPrivate(), List.of(tsaCertificate, root.certificate()),
                "1.3.6.1.4.1.99999.3", Clock.systemUTC());
    }

    X509Certificate rootCertificate() {
        return root.certificate();
    }

    /** The sample agreement signed by the signer with a signature time-stamp (signed once per PKI). */
    synchronized byte[] signedT() {
        if (signed == null) {
            signed = PadesSigning.sign(TestSignatures.agreement(), "ocsp-1", created.minus(1, ChronoUnit.HOURS),
                    KeyStoreKeySource.openPkcs12(Pkcs12.write("signer", signerKeys.getPrivate(),
                            List.of(signer, root.certificate()), PIN), PIN), Timestamping.required(tsa)).pdf();
        }
        return signed.clone();
    }

    /** The B-T agreement with a document security store holding the chains and {@code responses}, no CRL. */
    byte[] withStore(byte[]... responses) {
        return PadesSigning.extend(signedT(), new LongTermMaterial(List.of(signer, tsaCertificate, root.certificate()),
                List.of(), List.of(responses)), Optional.empty()).pdf();
    }

    /** A delegated OCSP responder certified by the root, with or without id-kp-OCSPSigning. */
    Responder responder(boolean ocspSigning) {
        KeyPair keys = KeyPairs.rsa2048();
        X509Certificate certificate = issue("CN=OCSP Test Responder,O=Pactum Tests,C=RU", keys.getPublic(),
                KeyUsage.digitalSignature, ocspSigning ? KeyPurposeId.id_kp_OCSPSigning : null, null);
        return new Responder(keys.getPrivate(), certificate);
    }

    /** A responder with a root of its own, which the test root never certified. */
    static Responder stranger() {
        KeyPair keys = KeyPairs.rsa2048();
        Instant now = Instant.now();
        CertificateAuthority other = CertificateAuthority.root("CN=Stranger Root,O=Elsewhere,C=RU", KeyPairs.rsa2048(),
                now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS));
        X509Certificate certificate = other.issue(keys.getPublic(), new CertificateSubject("Stranger Responder",
                "Elsewhere", "RU"), now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS),
                CertificatePurpose.DOCUMENT_SIGNING);
        return new Responder(keys.getPrivate(), certificate);
    }

    /** The root's own responder. */
    Responder rootResponder() {
        return new Responder(rootKeys.getPrivate(), root.certificate());
    }

    static CertificateStatus good() {
        return CertificateStatus.GOOD;
    }

    static CertificateStatus revokedAt(Instant at) {
        return new RevokedStatus(Date.from(at), 1);
    }

    static CertificateStatus unknown() {
        return new UnknownStatus();
    }

    /**
     * An OCSP response (DER) on {@code certificate}, issued by the root, signed by {@code by}, which sends its own
     * certificate along unless it is the root.
     */
    byte[] response(Responder by, X509Certificate certificate, CertificateStatus status, Instant thisUpdate,
                    Instant nextUpdate) {
        try {
            X509CertificateHolder issuer = new JcaX509CertificateHolder(root.certificate());
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), issuer, certificate.getSerialNumber());
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(
                    X500Name.getInstance(by.certificate().getSubjectX500Principal().getEncoded())));
            builder.addResponse(id, status, Date.from(thisUpdate), nextUpdate == null ? null : Date.from(nextUpdate),
                    null);
            X509CertificateHolder[] chain = by.certificate().equals(root.certificate()) ? null
                    : new X509CertificateHolder[] {new JcaX509CertificateHolder(by.certificate())};
            BasicOCSPResp basic = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(by.key()), chain,
                    Date.from(thisUpdate));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh answer from the root: valid from a minute ago for a day. */
    byte[] response(X509Certificate certificate, CertificateStatus status) {
        Instant now = Instant.now();
        return response(rootResponder(), certificate, status, now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.DAYS));
    }

    private X509Certificate issue(String subject, PublicKey key, int usage, KeyPurposeId extended, String responder) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root.certificate(),
                    new BigInteger(64, RANDOM).setBit(62), Date.from(created.minus(1, ChronoUnit.DAYS)),
                    Date.from(created.plus(365, ChronoUnit.DAYS)), new X500Name(subject), key);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(root.certificate()));
            if (extended != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(extended));
            }
            if (responder != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(X509ObjectIdentifiers.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, responder))));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(rootKeys.getPrivate())));
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who signs an OCSP response: a key and its certificate. */
    record Responder(PrivateKey key, X509Certificate certificate) {
    }
}
