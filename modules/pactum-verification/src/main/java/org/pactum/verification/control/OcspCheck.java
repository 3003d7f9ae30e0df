package org.pactum.verification.control;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * What OCSP responses say of one certificate (RFC 6960). A response counts only when its CertID names the certificate
 * and its issuer, and it is signed by the issuer or by a responder the issuer certified with id-kp-OCSPSigning
 * (valid when it answered). "Revoked" is a fact whenever it was said; "good" speaks for the time {@code at} (the
 * proven signing time, else the validation time) only when its next update is not before it, and as EU DSS, not when
 * issued before the certificate; "unknown" covers nothing. Every response that does not count is named in a problem.
 */
final class OcspCheck {

    /** How far ahead of the validation time a response's thisUpdate may lie (responder clocks drift). */
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final String OCSP_SIGNING = KeyPurposeId.id_kp_OCSPSigning.getId();

    private OcspCheck() {
    }

    /** One statement a counted response makes about the certificate. */
    record Statement(boolean good, Instant revokedAt, Instant thisUpdate, String origin) {
    }

    /** The statements that count, and why the others do not. */
    record Judgement(List<Statement> statements, List<String> problems) {

        Judgement {
            statements = List.copyOf(statements);
            problems = List.copyOf(problems);
        }

        Optional<Statement> revoked() {
            return statements.stream().filter(statement -> statement.revokedAt() != null)
                    .min(Comparator.comparing(Statement::revokedAt));
        }

        /** The latest "good" statement. */
        Optional<Statement> good() {
            return statements.stream().filter(Statement::good).max(Comparator.comparing(Statement::thisUpdate));
        }

        Judgement and(Judgement other) {
            List<Statement> all = new ArrayList<>(statements);
            all.addAll(other.statements);
            List<String> why = new ArrayList<>(problems);
            why.addAll(other.problems);
            return new Judgement(all, why);
        }
    }

    static Judgement judge(X509Certificate certificate, X509Certificate issuer, List<OcspResponse> responses,
                           Instant at, Instant validationTime) {
        List<Statement> statements = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String subject = CertificateNames.subject(certificate);
        X509CertificateHolder issuerHolder = TimestampCheck.holder(issuer);
        for (OcspResponse response : responses) {
            List<SingleResp> about = about(response.basic(), certificate, issuerHolder);
            if (about.isEmpty()) {
                continue;
            }
            String from = "The OCSP response (" + response.origin() + ") on " + subject;
            Optional<String> untrusted = signatureProblem(response.basic(), issuer);
            if (untrusted.isPresent()) {
                problems.add(from + " does not count: " + untrusted.get());
                continue;
            }
            for (SingleResp single : about) {
                Instant thisUpdate = single.getThisUpdate().toInstant();
                Date next = single.getNextUpdate();
                CertificateStatus status = single.getCertStatus();
                if (status instanceof RevokedStatus revoked) {
                    statements.add(new Statement(false, revoked.getRevocationTime().toInstant(), thisUpdate,
                            response.origin()));
                } else if (status != CertificateStatus.GOOD) {
                    problems.add(from + " says its status is unknown");
                } else if (thisUpdate.isAfter(validationTime.plus(SKEW))) {
                    problems.add(from + " is dated " + thisUpdate + ", after the validation time");
                } else if (thisUpdate.isBefore(certificate.getNotBefore().toInstant())) {
                    problems.add(from + " was issued before the certificate, at " + thisUpdate);
                } else if (next != null && next.toInstant().isBefore(at)) {
                    problems.add(from + " expired at " + next.toInstant() + ", before " + at);
                } else {
                    statements.add(new Statement(true, null, thisUpdate, response.origin()));
                }
            }
        }
        return new Judgement(statements, problems);
    }

    /** Whether some response counts for the certificate and says more than "unknown" (a store's coverage). */
    static boolean answers(X509Certificate certificate, X509Certificate issuer, List<OcspResponse> responses) {
        X509CertificateHolder issuerHolder = TimestampCheck.holder(issuer);
        return responses.stream().anyMatch(response -> about(response.basic(), certificate, issuerHolder).stream()
                .anyMatch(single -> single.getCertStatus() == CertificateStatus.GOOD
                        || single.getCertStatus() instanceof RevokedStatus)
                && signatureProblem(response.basic(), issuer).isEmpty());
    }

    private static List<SingleResp> about(BasicOCSPResp basic, X509Certificate certificate,
                                          X509CertificateHolder issuer) {
        List<SingleResp> about = new ArrayList<>();
        for (SingleResp single : basic.getResponses()) {
            try {
                if (single.getCertID().getSerialNumber().equals(certificate.getSerialNumber())
                        && single.getCertID().matchesIssuer(issuer, digests())) {
                    about.add(single);
                }
            } catch (OCSPException | RuntimeException e) {
                // a CertID with a hash we cannot compute names nothing we can check
            }
        }
        return about;
    }

    /** Why the response's signature is not one to rely on, or empty when the issuer or its delegate signed it. */
    private static Optional<String> signatureProblem(BasicOCSPResp basic, X509Certificate issuer) {
        if (verifies(basic, issuer.getPublicKey())) {
            return Optional.empty();
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder;
            try {
                responder = converter.getCertificate(holder);
            } catch (GeneralSecurityException | RuntimeException e) {
                continue;
            }
            if (!verifies(basic, responder.getPublicKey())) {
                continue;
            }
            String name = CertificateNames.subject(responder);
            if (!CertificatePath.issued(issuer, responder)) {
                return Optional.of("it is signed by " + name + ", whom the certificate's issuer did not certify");
            }
            if (!ocspSigning(responder)) {
                return Optional.of("it is signed by " + name + ", whose certificate lacks id-kp-OCSPSigning");
            }
            Date produced = basic.getProducedAt();
            if (produced == null || produced.before(responder.getNotBefore()) || produced.after(responder.getNotAfter())) {
                return Optional.of("it is signed by " + name + ", whose certificate was not valid when it answered");
            }
            return Optional.empty();
        }
        return Optional.of("its signature is neither the issuer's nor a responder's the issuer certified");
    }

    private static boolean ocspSigning(X509Certificate responder) {
        try {
            List<String> extended = responder.getExtendedKeyUsage();
            return extended != null && extended.contains(OCSP_SIGNING);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private static boolean verifies(BasicOCSPResp basic, PublicKey key) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (OCSPException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("No digest calculators", e);
        }
    }
}
