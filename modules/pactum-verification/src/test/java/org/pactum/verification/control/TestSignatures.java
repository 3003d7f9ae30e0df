package org.pactum.verification.control;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.pdf.agreement.SampleAgreements;
import org.pactum.signing.control.CertificateAuthority;
import org.pactum.signing.control.CertificatePurpose;
import org.pactum.signing.control.CertificateSubject;
import org.pactum.signing.control.KeyPairs;
import org.pactum.signing.control.KeySource;
import org.pactum.signing.control.KeyStoreKeySource;
import org.pactum.signing.control.LocalTimestampAuthority;
import org.pactum.signing.control.LongTermMaterial;
import org.pactum.signing.control.PadesSigning;
import org.pactum.signing.control.Pkcs12;
import org.pactum.signing.control.Timestamping;

/**
 * Real signed agreements made with Pactum's own signing path under an in-process test root: two officials (RSA and
 * ECDSA) and a time-stamping authority. Each instance is a fresh PKI, so revoking in one leaves the others alone.
 */
final class TestSignatures {

    static final Instant FIRST_AT = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    static final Instant SECOND_AT = FIRST_AT.plus(1, ChronoUnit.HOURS);

    private static final char[] PIN = "test".toCharArray();
    private static byte[] agreement;

    final CertificateAuthority root;
    final Official omsk;
    final Official pavlodar;
    final LocalTimestampAuthority tsa;

    TestSignatures() {
        Instant now = Instant.now();
        root = CertificateAuthority.root("CN=Verification Test Root,O=Pactum Tests", KeyPairs.rsa2048(),
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
        omsk = official("Omsk Head", KeyPairs.rsa2048(), CertificatePurpose.DOCUMENT_SIGNING);
        pavlodar = official("Pavlodar Akim", KeyPairs.ecP256(), CertificatePurpose.DOCUMENT_SIGNING);
        Official stamping = official("Verification Test TSA", KeyPairs.rsa2048(), CertificatePurpose.TIMESTAMPING);
        tsa = new LocalTimestampAuthority(stamping.key(), stamping.chain(), "1.3.6.1.4.1.99999.2", Clock.systemUTC());
    }

    /** The sample Omsk–Pavlodar agreement, unsigned (rendered once). */
    static synchronized byte[] agreement() {
        if (agreement == null) {
            agreement = AgreementPdf.render(SampleAgreements.omskPavlodar(false)).pdf();
        }
        return agreement.clone();
    }

    X509Certificate rootCertificate() {
        return root.certificate();
    }

    X509CRL crl() {
        Instant now = Instant.now();
        return root.crl(now.minus(1, ChronoUnit.MINUTES), now.plus(7, ChronoUnit.DAYS));
    }

    /** Both officials in turn, each with a signature time-stamp. */
    byte[] twoSignaturesT() {
        byte[] first = PadesSigning.sign(agreement(), "omsk-1", FIRST_AT, omsk.keySource(),
                Timestamping.required(tsa)).pdf();
        return PadesSigning.sign(first, "pavlodar-1", SECOND_AT, pavlodar.keySource(),
                Timestamping.required(tsa)).pdf();
    }

    /** Both officials, then the security store with the chains and the root's CRL, then a document time-stamp. */
    byte[] twoSignaturesLta() {
        List<X509Certificate> certificates = List.of(omsk.certificate(), pavlodar.certificate(),
                tsa.certificateChain().getFirst(), root.certificate());
        return PadesSigning.extend(twoSignaturesT(), new LongTermMaterial(certificates, List.of(crl()), List.of()),
                Optional.of(tsa)).pdf();
    }

    /** Omsk alone with a signature time-stamp, then the security store with {@code crls}, no document time-stamp. */
    byte[] oneSignatureWithStore(List<X509CRL> crls) {
        List<X509Certificate> certificates = List.of(omsk.certificate(), tsa.certificateChain().getFirst(),
                root.certificate());
        return PadesSigning.extend(oneSignatureT(), new LongTermMaterial(certificates, crls, List.of()),
                Optional.empty()).pdf();
    }

    /** Omsk alone, without a time-stamp (PAdES-BASELINE-B). */
    byte[] oneSignatureB() {
        return PadesSigning.sign(agreement(), "omsk-1", FIRST_AT, omsk.keySource());
    }

    /** Omsk alone with a signature time-stamp (PAdES-BASELINE-T). */
    byte[] oneSignatureT() {
        return PadesSigning.sign(agreement(), "omsk-1", FIRST_AT, omsk.keySource(), Timestamping.required(tsa)).pdf();
    }

    void revoke(Official official, Instant at) {
        root.revoke(official.certificate().getSerialNumber(), at, CRLReason.KEY_COMPROMISE);
    }

    /** Another official under the same root, for a document signer's certificate with a name of one's choosing. */
    Official official(String name) {
        return official(name, KeyPairs.ecP256(), CertificatePurpose.DOCUMENT_SIGNING);
    }

    private Official official(String name, KeyPair keys, CertificatePurpose purpose) {
        Instant now = Instant.now();
        X509Certificate certificate = root.issue(keys.getPublic(), new CertificateSubject(name, "Pactum Tests", "RU"),
                now.minus(1, ChronoUnit.DAYS), now.plus(365, ChronoUnit.DAYS), purpose);
        return new Official(keys.getPrivate(), List.of(certificate, root.certificate()));
    }

    record Official(PrivateKey key, List<X509Certificate> chain) {

        X509Certificate certificate() {
            return chain.getFirst();
        }

        BigInteger serial() {
            return certificate().getSerialNumber();
        }

        KeySource keySource() {
            return KeyStoreKeySource.openPkcs12(Pkcs12.write("signer", key, chain, PIN), PIN);
        }
    }
}
