package org.pactum.verification.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.pactum.verification.entity.DocumentTimestampReport;

/** A document time-stamp's byte range, imprint over that range, signature and authority. */
final class DocumentTimestampCheck {

    private DocumentTimestampCheck() {
    }

    static DocumentTimestampReport check(byte[] pdf, SignatureField field, SignatureAssessment.TrustContext trust) {
        long[] range = field.byteRange() == null ? new long[0] : field.byteRange();
        List<Long> stated = Arrays.stream(range).boxed().toList();
        boolean whole = range.length == 4 && field.end() == pdf.length;
        try {
            Optional<String> malformed = ByteRangeCheck.problem(pdf, field.byteRange(), field.contents());
            if (malformed.isPresent()) {
                return new DocumentTimestampReport(field.name(), null, whole, stated, List.of(malformed.get()));
            }
            Optional<TimestampCheck.Outcome> outcome = TimestampCheck.check(field.contents(),
                    name -> trust.digests().range(field.byteRange(), name), trust.storedCertificates(), trust.anchors());
            if (outcome.isEmpty()) {
                return new DocumentTimestampReport(field.name(), null, whole, stated,
                        List.of("The /Contents is not a time-stamp token"));
            }
            return new DocumentTimestampReport(field.name(), outcome.get().report(), whole, stated,
                    outcome.get().problem().stream().toList());
        } catch (RuntimeException e) {
            return new DocumentTimestampReport(field.name(), null, whole, stated,
                    List.of("The time-stamp cannot be processed: " + e));
        }
    }
}
