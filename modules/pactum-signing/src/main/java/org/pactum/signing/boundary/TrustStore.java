package org.pactum.signing.boundary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.canonical.Sha256;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.trust.RevocationList;
import org.pactum.domain.trust.RevocationLists;
import org.pactum.domain.trust.TrustAnchor;
import org.pactum.domain.trust.TrustAnchors;
import org.pactum.domain.trust.TrustChanged;
import org.pactum.signing.control.Pem;

/**
 * The trust anchors administrators manage (usually national roots; several coexist) and the revocation lists added
 * under them; signing checks every signer's certificate against {@link #anchors()} and {@link #crls()}. Each change
 * is announced as a {@link TrustChanged} inside its transaction, for the audit trail.
 */
@ApplicationScoped
@Transactional
public class TrustStore {

    private static final int KEY_CERT_SIGN = 5;
    private static final int CRL_SIGN = 6;

    @Inject
    TrustAnchors trustAnchors;

    @Inject
    RevocationLists revocationLists;

    @Inject
    Event<TrustChanged> changes;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    /**
     * Trusts a CA certificate from now on.
     *
     * @param certificate one X.509 certificate in PEM form
     * @throws InvalidInputException on the field {@code certificate} when it is no X.509 CA certificate
     * @throws DuplicateException    when that very certificate is trusted already
     */
    public TrustAnchor add(String certificate, String actor) {
        X509Certificate parsed = caCertificate(certificate == null ? new byte[0] : certificate.getBytes(StandardCharsets.US_ASCII));
        byte[] der = encoded(parsed);
        String sha256 = Sha256.hex(der);
        String subject = parsed.getSubjectX500Principal().getName();
        if (trustAnchors.findBySha256(sha256).isPresent()) {
            throw new DuplicateException("Trust anchor " + subject + " with SHA-256", sha256);
        }
        TrustAnchor added = trustAnchors.add(new TrustAnchor(der, subject, sha256, parsed.getNotBefore().toInstant(),
                parsed.getNotAfter().toInstant(), actor, clock.instant()));
        changes.fire(new TrustChanged(AuditAction.TRUST_ANCHOR_ADDED, subject, sha256, actor));
        return added;
    }

    /** Every trust anchor, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrustAnchor> list() {
        return trustAnchors.all();
    }

    /** @throws NotFoundException when there is no such anchor */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrustAnchor get(long id) {
        return trustAnchors.get(id);
    }

    /** The anchor's certificate as PEM text. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String pem(long id) {
        return Pem.certificate(get(id).certificate());
    }

    /** Stops trusting an anchor; the revocation lists added under it go with it. */
    public void remove(long id, String actor) {
        TrustAnchor anchor = trustAnchors.get(id);
        revocationLists.removeAll(id);
        trustAnchors.remove(anchor);
        changes.fire(new TrustChanged(AuditAction.TRUST_ANCHOR_REMOVED, anchor.subject(), anchor.sha256(), actor));
    }

    /**
     * Adds a CRL issued and signed by the anchor {@code anchorId}; a later one of the same issuer supersedes it.
     *
     * @param crl DER or PEM
     * @throws NotFoundException     when there is no such anchor
     * @throws InvalidInputException on the field {@code crl} when it is no CRL, or is not signed by that anchor
     */
    public RevocationList addRevocationList(long anchorId, byte[] crl, String actor) {
        TrustAnchor anchor = trustAnchors.get(anchorId);
        X509CRL parsed = revocationList(crl);
        X509Certificate issuer = certificate(anchor.certificate());
        if (!parsed.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            throw new InvalidInputException("crl", Rule.MISMATCH, "The CRL is issued by " + parsed.getIssuerX500Principal().getName()
                    + ", not by the trust anchor " + anchor.subject());
        }
        boolean[] usage = issuer.getKeyUsage();
        if (usage != null && !usage[CRL_SIGN]) {
            throw new InvalidInputException("crl", Rule.MISMATCH, "The trust anchor " + anchor.subject() + " may not sign CRLs");
        }
        try {
            parsed.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("crl", Rule.MISMATCH, "The CRL is not signed by the trust anchor " + anchor.subject());
        }
        byte[] der = encoded(parsed);
        String issuerName = parsed.getIssuerX500Principal().getName();
        RevocationList added = revocationLists.add(new RevocationList(anchorId, issuerName, der,
                parsed.getThisUpdate().toInstant(), parsed.getNextUpdate() == null ? null : parsed.getNextUpdate().toInstant(),
                actor, clock.instant()));
        changes.fire(new TrustChanged(AuditAction.REVOCATION_LIST_ADDED, issuerName, Sha256.hex(der), actor));
        return added;
    }

    /** The revocation lists added under an anchor, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevocationList> revocationLists(long anchorId) {
        trustAnchors.get(anchorId);
        return revocationLists.of(anchorId);
    }

    /** @throws NotFoundException when the anchor has no such list */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevocationList revocationList(long anchorId, long listId) {
        return revocationLists(anchorId).stream().filter(list -> list.id() == listId).findFirst()
                .orElseThrow(() -> new NotFoundException("Revocation list", listId));
    }

    /** The trusted certificates, for checking a signer's chain. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<X509Certificate> anchors() {
        return trustAnchors.all().stream().map(anchor -> certificate(anchor.certificate())).toList();
    }

    /** The latest CRL of each issuer, for checking a signer's chain. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<X509CRL> crls() {
        return revocationLists.latestPerIssuer().stream().map(list -> storedCrl(list.crl())).toList();
    }

    private static X509Certificate caCertificate(byte[] text) {
        Collection<? extends Certificate> certificates;
        try {
            certificates = factory().generateCertificates(new ByteArrayInputStream(text));
        } catch (CertificateException e) {
            throw new InvalidInputException("certificate", Rule.MALFORMED, "Not an X.509 certificate in PEM form");
        }
        if (certificates.size() != 1 || !(certificates.iterator().next() instanceof X509Certificate certificate)) {
            throw new InvalidInputException("certificate", Rule.MALFORMED, certificates.isEmpty()
                    ? "Not an X.509 certificate in PEM form"
                    : "One certificate at a time, not " + certificates.size());
        }
        String subject = certificate.getSubjectX500Principal().getName();
        if (certificate.getBasicConstraints() < 0) {
            throw new InvalidInputException("certificate", Rule.INVALID,
                    "The certificate of " + subject + " is not a certification authority's, so it cannot be a trust anchor");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[KEY_CERT_SIGN]) {
            throw new InvalidInputException("certificate", Rule.INVALID,
                    "The certificate of " + subject + " may not certify others (no keyCertSign), so it cannot be a trust anchor");
        }
        return certificate;
    }

    private static X509CRL revocationList(byte[] crl) {
        try {
            return (X509CRL) factory().generateCRL(new ByteArrayInputStream(crl == null ? new byte[0] : crl));
        } catch (CRLException | ClassCastException e) {
            throw new InvalidInputException("crl", Rule.MALFORMED, "Not an X.509 CRL, DER or PEM");
        }
    }

    /** A certificate stored by this class, so known to parse. */
    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored trust anchor cannot be read", e);
        }
    }

    private static X509CRL storedCrl(byte[] der) {
        try {
            return (X509CRL) factory().generateCRL(new ByteArrayInputStream(der));
        } catch (CRLException e) {
            throw new IllegalStateException("A stored revocation list cannot be read", e);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateException e) {
            throw new InvalidInputException("certificate", Rule.MALFORMED, "The certificate cannot be encoded: " + e.getMessage());
        }
    }

    private static byte[] encoded(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (CRLException e) {
            throw new InvalidInputException("crl", Rule.MALFORMED, "The CRL cannot be encoded: " + e.getMessage());
        }
    }

    private static CertificateFactory factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("The JDK has no X.509 certificate factory", e);
        }
    }
}
