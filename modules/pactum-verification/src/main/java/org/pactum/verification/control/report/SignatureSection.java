package org.pactum.verification.control.report;

import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Phrase;
import org.pactum.verification.control.report.StoredReport.Certificate;
import org.pactum.verification.control.report.StoredReport.Changes;
import org.pactum.verification.control.report.StoredReport.Signature;
import org.pactum.verification.control.report.StoredReport.Timestamp;

/**
 * One signature as the report found it: who signed, the verdict and why in words, the certificate chain with the
 * trusted root marked, the times, the level, what the signature covers and what changed after it, and the findings.
 */
final class SignatureSection {

    private final ReportWords words;
    private final ReportStyle style;

    SignatureSection(ReportWords words, ReportStyle style) {
        this.words = words;
        this.style = style;
    }

    void add(Document document, Signature signature, int number, int count) {
        Verdict verdict = Verdict.of(signature.indication());
        String signer = signature.signedBy() == null ? words.text("signature.unknownSigner") : signature.signedBy();
        FactTable facts = new FactTable(style, words.text("signature.heading", number, count, signer),
                verdict.strong());
        facts.row(words.text("signature.verdict"), verdict(signature, verdict));
        if (signature.subIndication() != null) {
            facts.row(words.text("signature.subIndication"), explained("subIndication", signature.subIndication()));
        }
        facts.row(words.text("signature.signedBy"), new Phrase(signer, style.textBold));
        facts.row(words.text("signature.field"), new Phrase(orDash(signature.fieldName()), style.mono));
        facts.row(words.text("signature.chain"), chain(signature.chain()));
        facts.row(words.text("signature.claimedTime"), claimedTime(signature));
        facts.row(words.text("signature.timestamp"), timestamp(signature.timestamp()));
        facts.row(words.text("signature.level"), orDash(signature.level()));
        facts.row(words.text("signature.coversWholeDocument"), words.yesNo(signature.coversWholeDocument()));
        facts.mono(words.text("signature.byteRange"),
                signature.byteRange().isEmpty() ? words.text("none") : "[" + ReportFormat.joined(signature.byteRange()) + "]");
        facts.row(words.text("signature.changes"), changes(signature));
        facts.row(words.text("signature.reasons"), reasons(signature.reasons()));
        document.add(facts.table());
    }

    private Phrase verdict(Signature signature, Verdict verdict) {
        Phrase phrase = new Phrase(words.nameOf("signature.verdict", signature.indication()),
                style.bold(verdict.strong(), 12));
        if (signature.indication() != null) {
            phrase.add(new Chunk("   " + signature.indication(), style.code));
        }
        return phrase;
    }

    /** The words for a code and the code itself, which is what other tools and EU DSS print. */
    private Phrase explained(String prefix, String code) {
        Phrase phrase = new Phrase(words.nameOf(prefix, code), style.text);
        if (words.knows(prefix, code)) {
            phrase.add(new Chunk("\n" + code, style.code));
        }
        return phrase;
    }

    private Phrase chain(List<Certificate> chain) {
        if (chain.isEmpty()) {
            return new Phrase(words.text("signature.chain.empty"), style.bold(Verdict.FAILED.strong(), 8.5f));
        }
        Phrase phrase = new Phrase("", style.text);
        for (int i = 0; i < chain.size(); i++) {
            Certificate certificate = chain.get(i);
            if (i > 0) {
                phrase.add(new Chunk("\n", style.text));
            }
            phrase.add(new Chunk((i + 1) + ". ", style.label));
            phrase.add(new Chunk(orDash(certificate.subject()), style.text));
            phrase.add(new Chunk("\n    " + words.text("signature.chain.serial", orDash(certificate.serialNumber())),
                    style.code));
            if (certificate.trusted()) {
                phrase.add(new Chunk("   " + words.text("signature.chain.trusted"),
                        style.bold(Verdict.PASSED.strong(), 7.5f)));
            }
        }
        if (chain.stream().noneMatch(Certificate::trusted)) {
            phrase.add(new Chunk("\n" + words.text("signature.chain.untrusted"),
                    style.bold(Verdict.INDETERMINATE.strong(), 8)));
        }
        return phrase;
    }

    private Phrase claimedTime(Signature signature) {
        Phrase phrase = new Phrase(ReportFormat.time(signature.claimedSigningTime(), words), style.text);
        if (signature.claimedSigningTime() != null) {
            phrase.add(new Chunk("\n" + words.text("signature.claimedTime.note"), style.muted));
        }
        return phrase;
    }

    private Phrase timestamp(Timestamp timestamp) {
        if (timestamp == null) {
            return new Phrase(words.text("signature.timestamp.none"), style.text);
        }
        Phrase phrase = new Phrase("", style.text);
        phrase.add(new Chunk(words.text("signature.timestamp.time") + ": ", style.label));
        phrase.add(new Chunk(ReportFormat.time(timestamp.time(), words), style.text));
        phrase.add(new Chunk("\n" + words.text("signature.timestamp.tsa") + ": ", style.label));
        phrase.add(new Chunk(orDash(timestamp.tsa()), style.text));
        phrase.add(new Chunk("\n" + words.text("signature.timestamp.validity") + ": ", style.label));
        boolean valid = Boolean.TRUE.equals(timestamp.valid());
        phrase.add(new Chunk(words.text(valid ? "valid" : "invalid"),
                style.bold((valid ? Verdict.PASSED : Verdict.FAILED).strong(), 8.5f)));
        return phrase;
    }

    private Phrase changes(Signature signature) {
        if (signature.modificationLevel() == null) {
            return new Phrase(words.text("none"), style.text);
        }
        Phrase phrase = explained("modification", signature.modificationLevel());
        Changes changes = signature.changes();
        if (changes == null || "NONE".equals(signature.modificationLevel())) {
            return phrase;
        }
        boolean allowed = Boolean.TRUE.equals(changes.allowedByCertification())
                && !"OTHER".equals(signature.modificationLevel());
        line(phrase, "signature.changes.allowed");
        phrase.add(new Chunk(words.yesNo(changes.allowedByCertification()),
                style.bold((allowed ? Verdict.PASSED : Verdict.FAILED).strong(), 8.5f)));
        line(phrase, "signature.changes.permission");
        phrase.add(new Chunk(orDash(changes.docMdpPermission()), style.text));
        line(phrase, "signature.changes.pages");
        phrase.add(new Chunk(changes.changedPages().isEmpty() ? words.text("signature.changes.none")
                : ReportFormat.joined(changes.changedPages()), style.text));
        line(phrase, "signature.changes.objects");
        if (changes.changedObjects().isEmpty()) {
            phrase.add(new Chunk(words.text("signature.changes.none"), style.text));
        }
        for (String object : changes.changedObjects()) {
            phrase.add(new Chunk("\n" + object, style.monoSmall));
        }
        return phrase;
    }

    private void line(Phrase phrase, String label) {
        phrase.add(new Chunk("\n" + words.text(label) + ": ", style.label));
    }

    private Phrase reasons(List<String> reasons) {
        if (reasons.isEmpty()) {
            return new Phrase(words.text("signature.reasons.none"), style.text);
        }
        Phrase phrase = new Phrase(words.text("signature.reasons.note"), style.muted);
        for (String reason : reasons) {
            phrase.add(new Chunk("\n•  " + reason, style.text));
        }
        return phrase;
    }

    private String orDash(String value) {
        return words.orNone(value);
    }
}
