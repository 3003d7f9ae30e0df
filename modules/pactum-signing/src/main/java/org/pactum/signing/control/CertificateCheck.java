package org.pactum.signing.control;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CRLReason;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.pactum.domain.signature.ExpiredCertificateException;
import org.pactum.domain.signature.NotYetValidCertificateException;
import org.pactum.domain.signature.RevokedCertificateException;
import org.pactum.domain.signature.UnsuitableCertificateException;
import org.pactum.domain.signature.UntrustedCertificateException;

/**
 * Whether a signer's certificate may sign at a given time: meant for signing, valid then with every certificate of its
 * chain, leading to one of the trust anchors (several may coexist, e.g. a Russian and a Kazakh root), and not revoked
 * by a CRL at hand. The path is built and validated by the JDK's PKIX implementation, with the chain and the CRLs as
 * its certificate store; it never goes to the network (no OCSP, no CRL distribution points). An issuer for which no
 * current CRL is at hand does not refuse the certificate: the result says that its revocation was not checked
 * (soft fail), because a missing CRL proves nothing either way.
 */
public final class CertificateCheck {

    private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private CertificateCheck() {
    }

    /**
     * @param chain        the signer's certificate first, then any issuers it came with (the root may be among them)
     * @param trustAnchors the roots (or other CA certificates) trusted
     * @param crls         the CRLs at hand, of any issuers
     * @param at           when the signature is made
     * @return the path from the signer to its anchor
     * @throws UnsuitableCertificateException   when the signer's certificate is not meant for signing documents
     * @throws ExpiredCertificateException      when a certificate of the chain has expired by {@code at}
     * @throws NotYetValidCertificateException  when a certificate of the chain is not yet valid at {@code at}
     * @throws UntrustedCertificateException    when the chain leads to no trust anchor
     * @throws RevokedCertificateException      when a CRL at hand revokes a certificate of the path
     */
    public static ValidatedPath check(List<X509Certificate> chain, Collection<X509Certificate> trustAnchors,
                                      Collection<X509CRL> crls, Instant at) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a chain begins with the signer's certificate");
        }
        X509Certificate signer = chain.getFirst();
        checkSuitable(signer);
        for (X509Certificate certificate : chain) {
            if (!trustAnchors.contains(certificate)) {
                checkValidity(certificate, at);
            }
        }
        Set<TrustAnchor> anchors = new HashSet<>();
        trustAnchors.forEach(anchor -> anchors.add(new TrustAnchor(anchor, null)));
        CertPath path = build(signer, chain, anchors, crls, at);
        X509Certificate anchor = validate(path, anchors, crls, at);
        List<X509Certificate> certificates = new ArrayList<>();
        path.getCertificates().forEach(certificate -> certificates.add((X509Certificate) certificate));
        certificates.add(anchor);
        return new ValidatedPath(certificates, issuersWithoutCrl(certificates, crls, at));
    }

    private static void checkSuitable(X509Certificate signer) {
        String subject = name(signer);
        if (signer.getBasicConstraints() >= 0) {
            throw new UnsuitableCertificateException(subject, "it is the certificate of a certification authority");
        }
        boolean[] usage = signer.getKeyUsage();
        // No key usage extension at all leaves the key unrestricted (RFC 5280, 4.2.1.3).
        if (usage != null && !usage[DIGITAL_SIGNATURE] && !usage[NON_REPUDIATION]) {
            throw new UnsuitableCertificateException(subject,
                    "its key usage allows neither digitalSignature nor nonRepudiation");
        }
        try {
            List<String> extended = signer.getExtendedKeyUsage();
            if (extended != null && (extended.contains(TIME_STAMPING) || extended.contains(OCSP_SIGNING))) {
                throw new UnsuitableCertificateException(subject,
                        "it is meant for a time-stamping or OCSP service, not for a person or an organisation");
            }
        } catch (java.security.cert.CertificateParsingException e) {
            throw new UnsuitableCertificateException(subject, "its extended key usage cannot be read");
        }
    }

    private static void checkValidity(X509Certificate certificate, Instant at) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (at.isAfter(notAfter)) {
            throw new ExpiredCertificateException(name(certificate), notAfter, at);
        }
        if (at.isBefore(notBefore)) {
            throw new NotYetValidCertificateException(name(certificate), notBefore, at);
        }
    }

    /** The path from the signer up to (not including) an anchor, found among the chain's certificates. */
    private static CertPath build(X509Certificate signer, List<X509Certificate> chain, Set<TrustAnchor> anchors,
                                  Collection<X509CRL> crls, Instant at) {
        UntrustedCertificateException untrusted = new UntrustedCertificateException(name(signer),
                signer.getIssuerX500Principal().getName(), at);
        if (anchors.isEmpty()) {
            throw untrusted;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(store(chain, crls));
            // Revocation is checked on the path found, where a refusal can name the certificate and its date.
            parameters.setRevocationEnabled(false);
            return ((PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters)).getCertPath();
        } catch (CertPathBuilderException e) {
            throw untrusted;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK's PKIX path builder is not usable", e);
        }
    }

    /** Validates the path with the CRLs at hand; returns the anchor it leads to. */
    private static X509Certificate validate(CertPath path, Set<TrustAnchor> anchors, Collection<X509CRL> crls, Instant at) {
        try {
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            PKIXRevocationChecker revocation = (PKIXRevocationChecker) validator.getRevocationChecker();
            revocation.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS,
                    PKIXRevocationChecker.Option.NO_FALLBACK, PKIXRevocationChecker.Option.SOFT_FAIL));
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(Date.from(at));
            parameters.addCertStore(store(List.of(), crls));
            parameters.addCertPathChecker(revocation);
            parameters.setRevocationEnabled(true);
            return ((java.security.cert.PKIXCertPathValidatorResult) validator.validate(path, parameters))
                    .getTrustAnchor().getTrustedCert();
        } catch (CertPathValidatorException e) {
            if (e.getReason() == CertPathValidatorException.BasicReason.REVOKED && e.getIndex() >= 0) {
                throw revoked((X509Certificate) path.getCertificates().get(e.getIndex()), crls, at);
            }
            X509Certificate signer = (X509Certificate) path.getCertificates().getFirst();
            throw new UntrustedCertificateException(name(signer), signer.getIssuerX500Principal().getName(), at);
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("The trust anchors cannot be used", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK's PKIX path validator is not usable", e);
        }
    }

    private static RevokedCertificateException revoked(X509Certificate certificate, Collection<X509CRL> crls, Instant at) {
        for (X509CRL crl : crls) {
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null && crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                CRLReason reason = entry.getRevocationReason();
                return new RevokedCertificateException(name(certificate), entry.getRevocationDate().toInstant(),
                        reason == null ? null : reason.name(), at);
            }
        }
        // The validator found the revocation, so a CRL lists it; this only guards against a CRL matched otherwise.
        return new RevokedCertificateException(name(certificate), at, null, at);
    }

    /** Issuers of the path's certificates (the anchor's aside) without a CRL current at {@code at}. */
    private static List<String> issuersWithoutCrl(List<X509Certificate> path, Collection<X509CRL> crls, Instant at) {
        Set<String> missing = new LinkedHashSet<>();
        for (X509Certificate certificate : path.subList(0, path.size() - 1)) {
            X500Principal issuer = certificate.getIssuerX500Principal();
            boolean current = crls.stream().anyMatch(crl -> crl.getIssuerX500Principal().equals(issuer)
                    && !crl.getThisUpdate().toInstant().isAfter(at)
                    && (crl.getNextUpdate() == null || !crl.getNextUpdate().toInstant().isBefore(at)));
            if (!current) {
                missing.add(issuer.getName());
            }
        }
        return List.copyOf(missing);
    }

    private static CertStore store(Collection<X509Certificate> certificates, Collection<X509CRL> crls)
            throws GeneralSecurityException {
        List<Object> content = new ArrayList<>(certificates);
        content.addAll(crls);
        return CertStore.getInstance("Collection", new CollectionCertStoreParameters(content));
    }

    /** A certificate's subject as a user reads it: RFC 4514, most specific first. */
    static String name(Certificate certificate) {
        return ((X509Certificate) certificate).getSubjectX500Principal().getName();
    }
}
