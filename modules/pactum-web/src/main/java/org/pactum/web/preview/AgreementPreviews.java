package org.pactum.web.preview;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementFingerprint;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.party.Party;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.boundary.Drafting;
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

    private AgreementPreview pdf(Agreement agreement, int revision) {
        Wording filled = drafting.filledWording(agreement);
        String number = agreement.registration().map(Registration::number).orElse(agreement.number());
        AgreementDocument document = new AgreementDocument(number, revision, AgreementFingerprint.of(agreement),
                agreement.languages(), filled.kindName(), agreement.title(), filled.placeAndDate(), filled.preamble(),
                filled.text(), filled.equallyAuthentic(),
                agreement.parties().stream().map(AgreementPreviews::signatory).toList(),
                !FINAL_TEXT.contains(agreement.status()), agreement.updatedAt());
        byte[] pdf = AgreementPdf.render(document).pdf();
        return new AgreementPreview(pdf, number, safe(number) + "-preview.pdf");
    }

    private static AgreementDocument.Signatory signatory(Party party) {
        return new AgreementDocument.Signatory(party.organization(), party.signatoryName(), party.signatoryPosition());
    }

    /** Registration numbers such as СС-2026/017 hold Cyrillic and slashes; a header's file name keeps to ASCII. */
    private static String safe(String number) {
        String stem = number.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        return stem.isEmpty() ? "agreement" : stem;
    }
}
