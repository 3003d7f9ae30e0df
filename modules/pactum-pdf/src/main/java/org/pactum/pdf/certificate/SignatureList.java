package org.pactum.pdf.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.pactum.domain.audit.CompletionCertificate.SignatureEntry;

/**
 * The "Signatures" section: each signature the audit trail records, in order, as a small table of its own — party and
 * signer, the certificate (subject, serial number, issuer), signing and timestamp times, PAdES level and the hash of
 * the signed document it produced.
 */
final class SignatureList {

    private final CertificateStyle style;
    private final Labels labels;

    SignatureList(CertificateStyle style, Labels labels) {
        this.style = style;
        this.labels = labels;
    }

    List<Element> of(List<SignatureEntry> signatures) {
        List<Element> elements = new ArrayList<>();
        elements.add(style.heading(labels.text("section.signatures")));
        if (signatures.isEmpty()) {
            elements.add(style.paragraph(labels.text("signatures.none"), style.text));
            return elements;
        }
        Paragraph intro = style.paragraph(labels.text("signatures.intro", signatures.size()), style.note);
        intro.setSpacingAfter(4);
        elements.add(intro);
        signatures.forEach(signature -> elements.add(table(signature)));
        return elements;
    }

    private PdfPTable table(SignatureEntry signature) {
        PdfPTable table = style.table(24, 76);
        table.setKeepTogether(true);
        table.setSpacingAfter(6);
        String party = signature.party().preferring(labels.language());
        PdfPCell head = style.tableHead(labels.text("signature.heading", signature.position(),
                party.isEmpty() ? "—" : party, signature.sequence()), Element.ALIGN_LEFT);
        head.setColspan(2);
        table.addCell(head);
        row(table, "signature.signer", signature.signer(), style.textBold);
        row(table, "signature.subject", signature.certificateSubject(), style.text);
        row(table, "signature.serial", signature.certificateSerial(), style.hash);
        row(table, "signature.issuer", signature.certificateIssuer(), style.text);
        row(table, "signature.signedAt", time(signature.signedAt()), style.text);
        row(table, "signature.timestampedAt", signature.timestampedAt() == null
                ? labels.text("signature.noTimestamp") : time(signature.timestampedAt()), style.text);
        row(table, "signature.level", signature.level(), style.text);
        row(table, "signature.document", signature.documentSha256(), style.hash);
        return table;
    }

    private void row(PdfPTable table, String labelKey, String value, Font font) {
        PdfPCell name = style.ruled(new Phrase(labels.text(labelKey), style.label));
        name.setPaddingTop(4.5f);
        table.addCell(name);
        table.addCell(style.ruled(new Phrase(value == null || value.isBlank() ? "—" : value, font)));
    }

    private static String time(Instant instant) {
        return instant == null ? null : CompletionCertificatePdf.TIME.format(instant);
    }
}
