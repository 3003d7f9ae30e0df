package org.pactum.verification.control;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.pactum.verification.entity.SubIndication;

/**
 * Revocation of every certificate of a trusted path below its anchor, from CRLs its issuer signed (the document
 * security store's, the CMS's and the configured ones, not one issued before the certificate) and from OCSP responses
 * (the store's and the CMS's, judged by {@link OcspCheck}), and — only when nothing else covers a certificate and the
 * verifier may go online — from the responder the certificate names. No revocation data for a certificate is
 * {@code TRY_LATER} with the reason, never a silent pass. A revocation fails the signature when a time-stamp, or the
 * signer's own claimed time, puts the signature at or after it; a revocation after a time-stamp is harmless;
 * otherwise nothing proves the signature came first ({@code *_NO_POE}).
 */
final class RevocationCheck {

    private RevocationCheck() {
    }

    /**
     * Where revocation data may come from: CRLs the document carries and CRLs configured, OCSP responses the document
     * carries, a responder to ask (empty: offline), and the validation time.
     */
    record Sources(List<X509CRL> documentCrls, List<X509CRL> configuredCrls, List<OcspResponse> ocspResponses,
                   Optional<OnlineOcsp> online, Instant validationTime) {

        Sources {
            documentCrls = List.copyOf(documentCrls);
            configuredCrls = List.copyOf(configuredCrls);
            ocspResponses = List.copyOf(ocspResponses);
        }
    }

    /** What revocation makes of the signature (empty: nothing revoked that matters), and what each verdict rests on. */
    record Outcome(Optional<Finding> finding, List<String> sources) {

        Outcome {
            sources = List.copyOf(sources);
        }
    }

    static Outcome check(CertificatePath path, Sources sources, Instant stamped, Instant claimed) {
        List<X509Certificate> certificates = path.certificates();
        List<String> used = new ArrayList<>();
        Instant at = stamped != null ? stamped : sources.validationTime();
        for (int i = 0; i + 1 < certificates.size(); i++) {
            X509Certificate certificate = certificates.get(i);
            X509Certificate issuer = certificates.get(i + 1);
            String subject = CertificateNames.subject(certificate);
            List<X509CRL> documentCrls = issuedBy(issuer, certificate, sources.documentCrls());
            List<X509CRL> configuredCrls = issuedBy(issuer, certificate, sources.configuredCrls());
            OcspCheck.Judgement ocsp = OcspCheck.judge(certificate, issuer, sources.ocspResponses(), at,
                    sources.validationTime());
            Optional<Instant> listed = revokedOn(certificate, documentCrls, configuredCrls);
            List<String> missing = new ArrayList<>(ocsp.problems());
            if (listed.isEmpty() && ocsp.revoked().isEmpty() && documentCrls.isEmpty() && configuredCrls.isEmpty()
                    && ocsp.good().isEmpty()) {
                if (sources.online().isPresent()) {
                    OnlineOcsp.Asked asked = sources.online().get().ask(certificate, issuer);
                    OcspCheck.Judgement answered = OcspCheck.judge(certificate, issuer, asked.responses(), at,
                            sources.validationTime());
                    ocsp = ocsp.and(answered);
                    missing.addAll(answered.problems());
                    if (asked.problem() != null) {
                        missing.add("asked online, " + asked.problem());
                    }
                } else {
                    missing.add("the verifier is offline (pactum.verification.ocsp.online is false)");
                }
            }
            Optional<Instant> revoked = earliest(listed, ocsp.revoked().map(OcspCheck.Statement::revokedAt));
            if (revoked.isPresent()) {
                String source = listed.equals(revoked) ? "CRL" : "OCSP (" + ocsp.revoked().get().origin() + ")";
                used.add(subject + ": revoked at " + revoked.get() + " (" + source + ")");
                Optional<Finding> finding = revoked(subject, revoked.get(), i == 0, stamped, claimed);
                if (finding.isPresent()) {
                    return new Outcome(finding, used);
                }
                continue;
            }
            if (ocsp.good().isPresent()) {
                OcspCheck.Statement good = ocsp.good().get();
                used.add(subject + ": good (OCSP, " + good.origin() + ", " + good.thisUpdate() + ")");
            } else if (!documentCrls.isEmpty() || !configuredCrls.isEmpty()) {
                used.add(subject + ": not revoked (CRL, " + (documentCrls.isEmpty() ? "configured" : "document") + ")");
            } else {
                return new Outcome(Optional.of(Finding.indeterminate(SubIndication.TRY_LATER, "No revocation data for "
                        + subject + ": neither the document (its security store, its CMS) nor the configured lists"
                        + " hold a CRL of its issuer or an OCSP response that counts; " + String.join("; ", missing))),
                        used);
            }
        }
        return new Outcome(Optional.empty(), used);
    }

    /**
     * Whether the document's own data covers every certificate of the path below its anchor: a CRL from its issuer or
     * an OCSP response that counts (as PAdES-BASELINE-LT asks; configured or fetched data serve the verdict only).
     */
    static boolean covers(CertificatePath path, Collection<X509CRL> crls, List<OcspResponse> responses) {
        List<X509Certificate> certificates = path.certificates();
        for (int i = 0; i + 1 < certificates.size(); i++) {
            X509Certificate certificate = certificates.get(i);
            X509Certificate issuer = certificates.get(i + 1);
            if (issuedBy(issuer, certificate, crls).isEmpty()
                    && !OcspCheck.answers(certificate, issuer, responses)) {
                return false;
            }
        }
        return path.trusted();
    }

    private static Optional<Instant> revokedOn(X509Certificate certificate, List<X509CRL> documentCrls,
                                               List<X509CRL> configuredCrls) {
        List<X509CRL> crls = new ArrayList<>(documentCrls);
        crls.addAll(configuredCrls);
        return crls.stream().map(crl -> crl.getRevokedCertificate(certificate)).filter(entry -> entry != null)
                .map(X509CRLEntry::getRevocationDate).map(Date::toInstant).min(Instant::compareTo);
    }

    private static Optional<Instant> earliest(Optional<Instant> one, Optional<Instant> other) {
        if (one.isEmpty()) {
            return other;
        }
        return other.isPresent() && other.get().isBefore(one.get()) ? other : one;
    }

    private static Optional<Finding> revoked(String subject, Instant at, boolean signer, Instant stamped,
                                             Instant claimed) {
        String what = (signer ? "The signer's certificate " : "The CA certificate ") + subject + " was revoked at " + at;
        if (stamped != null && stamped.isBefore(at)) {
            return Optional.empty();
        }
        if (claimed != null && !claimed.isBefore(at)) {
            return Optional.of(Finding.failed(SubIndication.REVOKED, what + ", before the claimed signing time "
                    + claimed));
        }
        String proof = stamped == null ? "nothing proves the signature existed before"
                : "the time-stamp at " + stamped + " came later, so nothing proves the signature existed before";
        return Optional.of(Finding.indeterminate(signer ? SubIndication.REVOKED_NO_POE : SubIndication.REVOKED_CA_NO_POE,
                what + "; " + proof));
    }

    /**
     * The CRLs {@code issuer} signed that can speak of {@code certificate}: as EU DSS, not one issued before the
     * certificate itself.
     */
    private static List<X509CRL> issuedBy(X509Certificate issuer, X509Certificate certificate,
                                          Collection<X509CRL> crls) {
        return crls.stream().filter(crl -> crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()))
                .filter(crl -> !crl.getThisUpdate().before(certificate.getNotBefore()))
                .filter(crl -> verifies(crl, issuer)).toList();
    }

    private static boolean verifies(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
