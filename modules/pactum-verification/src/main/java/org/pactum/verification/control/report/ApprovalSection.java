package org.pactum.verification.control.report;

import java.util.Comparator;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.pdf.layout.Cells;
import org.pactum.verification.control.report.StoredReport.AuditChain;
import org.pactum.verification.control.report.StoredReport.Decision;
import org.pactum.verification.control.report.StoredReport.Register;

/**
 * Who approved the agreement, as its audit trail recorded it: every step of its way through approval in the order it
 * happened (so a second round after a return follows the first), then whether that trail still checked out when the
 * report was made — without which the steps above could have been rewritten.
 */
final class ApprovalSection {

    /** Enough of a SHA-256 to match it against the agreement's revisions by eye. */
    private static final int HASH_DIGITS = 16;
    private static final String ROUTE_DECISION = "route.decided";

    private final ReportWords words;
    private final ReportStyle style;

    ApprovalSection(ReportWords words, ReportStyle style) {
        this.words = words;
        this.style = style;
    }

    void addTo(Document document, Register register) {
        document.add(decisions(register.decisions()));
        document.add(chain(register.auditChain()));
    }

    private PdfPTable decisions(List<Decision> decisions) {
        String heading = words.text("decisions.heading");
        if (decisions == null) {
            return style.subsentence(heading, words.text("decisions.notRecorded"));
        }
        if (decisions.isEmpty()) {
            return style.subsentence(heading, words.text("decisions.none"));
        }
        PdfPTable table = style.columns(heading, words.columns("decisions.column", "stage", "decidedBy", "decision",
                "remark", "revision", "at"), 6, 17, 15, 26, 15, 21);
        List<Decision> inOrder = decisions.stream()
                .sorted(Comparator.comparing(Decision::sequence, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (Decision decision : inOrder) {
            table.addCell(Cells.ruled(new Phrase(decision.stage() == null ? words.text("none")
                    : decision.stage().toString(), style.text)));
            table.addCell(Cells.ruled(decidedBy(decision)));
            table.addCell(Cells.ruled(outcome(decision)));
            table.addCell(Cells.ruled(new Phrase(words.orNone(decision.remark()), style.text)));
            table.addCell(Cells.ruled(revision(decision)));
            table.addCell(Cells.ruled(new Phrase(ReportFormat.time(decision.at(), words), style.text)));
        }
        return table;
    }

    /** The account that acted and, when it stood in for someone, for whom. */
    private Phrase decidedBy(Decision decision) {
        Phrase phrase = new Phrase(words.orNone(decision.actor()), style.textBold);
        String absent = decision.onBehalfOf();
        if (absent != null && !absent.isBlank() && !absent.equals(decision.actor())) {
            phrase.add(new Chunk("\n" + words.text("decisions.onBehalfOf", absent), style.label));
        }
        return phrase;
    }

    /** An approver's decision in its verdict's colour; a step of the lifecycle or a delegation in plain words. */
    private Phrase outcome(Decision decision) {
        if (ROUTE_DECISION.equals(decision.action()) && decision.decision() != null) {
            Verdict tone = switch (decision.decision()) {
                case "APPROVE" -> Verdict.PASSED;
                case "REJECT" -> Verdict.FAILED;
                default -> Verdict.INDETERMINATE;
            };
            return new Phrase(words.nameOf("decision", decision.decision()), style.bold(tone.strong(), 8.5f));
        }
        return new Phrase(words.nameOf("decision.action", decision.action()), style.text);
    }

    private Phrase revision(Decision decision) {
        Phrase phrase = new Phrase(decision.revision() == null ? words.text("none")
                : words.text("decisions.revision", decision.revision()), style.text);
        String hash = decision.contentHash();
        if (hash != null && !hash.isBlank()) {
            phrase.add(new Chunk("\n" + hash.substring(0, Math.min(HASH_DIGITS, hash.length())), style.monoSmall));
        }
        return phrase;
    }

    /** One sentence on the trail, on green when a seal covers the agreement's last change, amber before, red when broken. */
    private PdfPTable chain(AuditChain chain) {
        String heading = words.text("chain.heading");
        if (chain == null || chain.intact() == null) {
            return style.subsentence(heading, words.text("chain.notRecorded"));
        }
        Verdict tone;
        String sentence;
        if (!chain.intact()) {
            tone = Verdict.FAILED;
            sentence = words.text("chain.broken", number(chain.firstBrokenSequence()));
        } else if (Boolean.TRUE.equals(chain.agreementSealed())) {
            tone = Verdict.PASSED;
            sentence = words.text("chain.sealed", number(chain.eventsChecked()), number(chain.sealsChecked()),
                    number(chain.lastAgreementChangeSequence()));
        } else {
            tone = Verdict.INDETERMINATE;
            sentence = words.text("chain.unsealed", number(chain.eventsChecked()), number(chain.sealsChecked()),
                    number(chain.lastAgreementChangeSequence()), number(chain.lastSealedSequence()));
        }
        PdfPTable table = style.headed(new Phrase(heading, style.textBold), 1);
        table.setSpacingBefore(6);
        table.setKeepTogether(true);
        PdfPCell box = Cells.notice(tone.strong(), tone.tint());
        box.setPadding(6);
        box.addElement(style.paragraph(sentence, style.text));
        if (!chain.intact() && chain.reason() != null) {
            Paragraph finding = style.paragraph(words.text("chain.finding") + " ", style.label);
            finding.add(new Chunk(chain.reason(), style.text));
            finding.setSpacingBefore(2);
            box.addElement(finding);
        }
        table.addCell(box);
        return table;
    }

    private String number(Long value) {
        return value == null ? words.text("none") : value.toString();
    }
}
