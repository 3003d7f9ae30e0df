package org.pactum.verification.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pactum.verification.entity.SignatureReport;
import org.pactum.verification.entity.TrustMaterial;

/**
 * Checks every signature of a PDF on its own: byte range, digest, CMS signature, signing-certificate binding, chain
 * to a configured anchor, validity at the proven time, key usage, revocation and signature time-stamp (what later
 * revisions changed is the revision analysis' job). The file is parsed once; hashing streams over the byte ranges.
 *
 * <p>Document time-stamps ({@code ETSI.RFC3161}) are not reported as signatures: a valid one raises every signature
 * it follows from PAdES-BASELINE-LT to LTA.
 */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    /**
     * One report per signature, in the order they were added; empty when the PDF holds none.
     *
     * @throws IllegalArgumentException when {@code pdf} is not a readable PDF; a broken signature is a report instead
     */
    public static List<SignatureReport> verify(byte[] pdf, TrustMaterial trust, Instant validationTime) {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(validationTime, "validationTime");
        SignedDocument document = SignedDocumentReader.read(pdf);
        SignatureAssessment.TrustContext context = new SignatureAssessment.TrustContext(trust.anchors(), trust.crls(),
                document.storedCertificates(), document.storedCrls(), validationTime);
        List<Long> archiveEnds = new ArrayList<>();
        for (SignatureField field : document.fields()) {
            if (field.isDocumentTimestamp() && validDocumentTimestamp(pdf, field, context)) {
                archiveEnds.add(field.end());
            }
        }
        List<SignatureReport> reports = new ArrayList<>();
        for (SignatureField field : document.fields()) {
            if (!field.isDocumentTimestamp()) {
                boolean archived = archiveEnds.stream().anyMatch(end -> end > field.end());
                reports.add(SignatureAssessment.assess(pdf, field, context, archived));
            }
        }
        return List.copyOf(reports);
    }

    private static boolean validDocumentTimestamp(byte[] pdf, SignatureField field,
                                                  SignatureAssessment.TrustContext trust) {
        try {
            if (ByteRangeCheck.problem(pdf, field.byteRange(), field.contents()).isPresent()) {
                return false;
            }
            Optional<TimestampCheck.Outcome> outcome = TimestampCheck.check(field.contents(),
                    name -> RangeDigest.of(pdf, field.byteRange(), name),
                    trust.storedCertificates(), trust.anchors());
            return outcome.map(checked -> checked.report().valid()).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
