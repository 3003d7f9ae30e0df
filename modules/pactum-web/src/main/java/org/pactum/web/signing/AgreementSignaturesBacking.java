package org.pactum.web.signing;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.domain.user.Role;
import org.pactum.signing.boundary.Signing;
import org.pactum.signing.entity.SigningState;
import org.pactum.web.agreement.AgreementBacking;
import org.pactum.web.agreement.AgreementDetails;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;

/**
 * The agreement page's signatures: each party in signing order with its signature or its wait, who signs next, the
 * way to the signing page for the signer whose turn it is, and the signed PDF once there is one. Shown once the text
 * is final (approved or signed), when there is something to sign or signed.
 */
@Named
@RequestScoped
public class AgreementSignaturesBacking {

    @Inject
    AgreementRegistry registry;

    @Inject
    AgreementBacking agreementPage;

    @Inject
    Signing signing;

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    private List<PartyTurnLine> parties;

    public boolean isShown() {
        AgreementDetails agreement = agreementPage.getAgreement();
        return agreement != null && agreement.status().textIsFinal();
    }

    public List<PartyTurnLine> getParties() {
        if (parties == null) {
            parties = isShown() ? lines(signing.state(agreementPage.getAgreement().id())) : List.of();
        }
        return parties;
    }

    private List<PartyTurnLine> lines(SigningState state) {
        return state.parties().stream()
                .map(turn -> PartyTurnLine.of(turn, user.getUsername(), language.getLanguage(), dates, people::nameOf))
                .toList();
    }

    public Optional<PartyTurnLine> next() {
        return getParties().stream().filter(PartyTurnLine::next).findFirst();
    }

    public PartyTurnLine getNext() {
        return next().orElse(null);
    }

    /** Whether the signed-in user signs now: a signer of the party whose turn it is. */
    public boolean isMyTurn() {
        return user.isIn(Role.SIGNER) && next().map(PartyTurnLine::mine).orElse(false);
    }

    /** Whether the user is shown the way to the signing page at all: a signer, while signatures are awaited. */
    public boolean isSigningOffered() {
        return user.isIn(Role.SIGNER) && next().isPresent();
    }

    public boolean isSigned() {
        return getParties().stream().anyMatch(PartyTurnLine::signed);
    }

    /** The agreement as last signed, as a file. */
    public String signedPdf(long agreementId) throws IOException {
        Optional<SignedDocument> signed;
        try {
            signed = signing.signedDocument(agreementId);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
            return null;
        }
        if (signed.isEmpty()) {
            PageMessages.error("signatures.none");
            return null;
        }
        Agreement agreement = registry.get(agreementId);
        String name = DownloadName.SIGNED.name(DownloadName.shownNumber(agreement), agreement.languages(),
                agreement.revision(), "pdf");
        AttachmentResponse.send(signed.get().pdf(), "application/pdf", ContentDisposition.attachment(name), null);
        return null;
    }
}
