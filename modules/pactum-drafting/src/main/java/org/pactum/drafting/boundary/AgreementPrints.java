package org.pactum.drafting.boundary;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.drafting.entity.PrintedAgreement;
import org.pactum.pdf.agreement.AgreementDocument;
import org.pactum.pdf.agreement.AgreementPdf;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.registry.boundary.AgreementRegistry;

/**
 * The printable agreement: its wording, filled from its fields, as the PDF its parties would sign; the draft
 * watermark until the status says the text is final. Not transactional on purpose: the agreement is read in the
 * registry's own transaction, and rendering holds no lock.
 */
@ApplicationScoped
public class AgreementPrints {

    @Inject
    AgreementRegistry registry;

    @Inject
    Drafting drafting;

    /**
     * The agreement as it stands: the text to read before approval, and the one to sign after it.
     *
     * @throws org.pactum.domain.error.NotFoundException when there is no such agreement
     */
    public PrintedAgreement current(long agreementId) {
        Agreement agreement = registry.get(agreementId);
        return print(agreement, agreement.revision(), "-preview.pdf");
    }

    /**
     * The PDF of a draft as the editor has it on screen, saved or not.
     *
     * @throws org.pactum.domain.error.InvalidInputException when the unsaved input would be refused on saving
     */
    public PrintedAgreement unsaved(long agreementId, AgreementDraft draft, Wording wording, String editor) {
        Agreement stored = registry.get(agreementId);
        Agreement edited = drafting.unsaved(agreementId, draft, wording, editor);
        // Headed with the revision the edits would become when saved; unchanged, it is the stored one.
        boolean changed = !AgreementFingerprint.of(edited).equals(AgreementFingerprint.of(stored));
        return print(edited, stored.revision() + (changed ? 1 : 0), "-preview.pdf");
    }

    /**
     * The PDF of one revision: the current one exactly as {@link #current(long)} gives it; an earlier one with the
     * title, parties and wording it had then, under the reference number and marked as a draft, since it was never
     * the final text.
     *
     * @throws org.pactum.domain.error.NotFoundException when the agreement has no such revision
     */
    public PrintedAgreement revision(long agreementId, int number) {
        Agreement agreement = registry.get(agreementId);
        String suffix = "-revision-" + number + ".pdf";
        if (number == agreement.revision()) {
            return print(agreement, number, suffix);
        }
        RevisionPrint print = drafting.print(agreementId, number);
        return render(print.particulars(), print.wording(), number, print.revision().contentHash(), true,
                print.revision().savedAt(), suffix);
    }

    private PrintedAgreement print(Agreement agreement, int revision, String suffix) {
        return render(AgreementParticulars.of(agreement), drafting.filledWording(agreement), revision,
                AgreementFingerprint.of(agreement), !agreement.status().textIsFinal(), agreement.updatedAt(), suffix);
    }

    private static PrintedAgreement render(AgreementParticulars particulars, Wording filled, int revision, String contentHash,
                                           boolean draft, Instant at, String suffix) {
        AgreementDocument document = new AgreementDocument(particulars.number(), revision, contentHash,
                particulars.languages(), filled.kindName(), particulars.title(), filled.placeAndDate(), filled.preamble(),
                filled.text(), filled.equallyAuthentic(),
                particulars.parties().stream().map(AgreementPrints::signatory).toList(), draft, at);
        return new PrintedAgreement(AgreementPdf.render(document).pdf(), particulars.number(), suffix,
                particulars.languages(), revision, draft);
    }

    private static AgreementDocument.Signatory signatory(AgreementParticulars.Signatory party) {
        return new AgreementDocument.Signatory(party.organization(), party.name(), party.position());
    }
}
