package org.pactum.web.preview;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.boundary.RevisionPrint;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.pdf.AgreementDocument;
import org.pactum.pdf.AgreementPdf;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.registry.boundary.AgreementRegistry;

/**
 * Renders an agreement's wording, filled from its fields, as the PDF its parties would sign. Not transactional on
 * purpose: the agreement is read in the registry's own transaction, and rendering holds no lock.
 */
@ApplicationScoped
public class AgreementPreviews {

    /** From approval on the text is final: only earlier states carry the "draft" watermark. */
    private static final Set<AgreementStatus> FINAL_TEXT = EnumSet.of(AgreementStatus.APPROVED, AgreementStatus.SIGNING,
            AgreementStatus.SIGNED);

    @Inject
    AgreementRegistry registry;

    @Inject
    Drafting drafting;

    /** @throws org.pactum.domain.error.NotFoundException when there is no such agreement */
    public AgreementPreview pdf(long agreementId) {
        Agreement agreement = registry.get(agreementId);
        return pdf(agreement, agreement.revision());
    }

    /**
     * The PDF of a draft as the editor has it on screen, saved or not.
     *
     * @throws org.pactum.domain.error.InvalidInputException when the unsaved input would be refused on saving
     */
    public AgreementPreview unsaved(long agreementId, AgreementDraft draft, Wording wording, String editor) {
        Agreement stored = registry.get(agreementId);
        Agreement edited = drafting.unsaved(agreementId, draft, wording, editor);
        // Headed with the revision the edits would become when saved; unchanged, it is the stored one.
        boolean changed = !AgreementFingerprint.of(edited).equals(AgreementFingerprint.of(stored));
        return pdf(edited, stored.revision() + (changed ? 1 : 0));
    }

    /**
     * The PDF of one revision: the current one exactly as {@link #pdf(long)} gives it; an earlier one with the title,
     * parties and wording it had then, under the reference number and marked as a draft, since it was never the final
     * text.
     *
     * @throws org.pactum.domain.error.NotFoundException when the agreement has no such revision
     */
    public AgreementPreview revision(long agreementId, int number) {
        Agreement agreement = registry.get(agreementId);
        if (number == agreement.revision()) {
            return pdf(agreement, number, "-revision-" + number + ".pdf");
        }
        RevisionPrint print = drafting.print(agreementId, number);
        return render(print.particulars(), print.wording(), number, print.revision().contentHash(), true,
                print.revision().savedAt(), "-revision-" + number + ".pdf");
    }

    private AgreementPreview pdf(Agreement agreement, int revision) {
        return pdf(agreement, revision, "-preview.pdf");
    }

    private AgreementPreview pdf(Agreement agreement, int revision, String suffix) {
        return render(AgreementParticulars.of(agreement), drafting.filledWording(agreement), revision,
                AgreementFingerprint.of(agreement), !FINAL_TEXT.contains(agreement.status()), agreement.updatedAt(), suffix);
    }

    private static AgreementPreview render(AgreementParticulars particulars, Wording filled, int revision, String contentHash,
                                           boolean draft, Instant at, String suffix) {
        AgreementDocument document = new AgreementDocument(particulars.number(), revision, contentHash,
                particulars.languages(), filled.kindName(), particulars.title(), filled.placeAndDate(), filled.preamble(),
                filled.text(), filled.equallyAuthentic(),
                particulars.parties().stream().map(AgreementPreviews::signatory).toList(), draft, at);
        return new AgreementPreview(AgreementPdf.render(document).pdf(), particulars.number(), suffix);
    }

    private static AgreementDocument.Signatory signatory(AgreementParticulars.Signatory party) {
        return new AgreementDocument.Signatory(party.organization(), party.name(), party.position());
    }
}
