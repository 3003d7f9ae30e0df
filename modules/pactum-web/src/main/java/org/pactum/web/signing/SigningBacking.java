package org.pactum.web.signing;

import java.io.IOException;
import java.io.Serializable;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.signature.DocumentChangedException;
import org.pactum.domain.signature.PreparationExpiredException;
import org.pactum.domain.signature.Signature;
import org.pactum.domain.signature.SigningKeyLockedException;
import org.pactum.domain.signature.SignatureAppearance;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.domain.user.Actor;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.signing.boundary.Signing;
import org.pactum.signing.entity.SigningState;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;
import org.pactum.web.faces.Shown;

/**
 * The signing page: the exact PDF the next signature is added to, the signing order, and — when it is the user's
 * turn — the three ways to sign (the key the server holds, a PKCS#12 file, the user's own tool). A signature is made
 * whole by the signing boundary or not at all; a refusal is shown as a sentence and the page then shows the state
 * afresh. After a signature the page is loaded again (post-redirect-get), so a reload never signs twice.
 */
@Named
@ViewScoped
public class SigningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SERVER = "server";
    static final String PKCS12 = "pkcs12";
    static final String EXTERNAL = "external";

    private static final String SELF = "/signing/signing.xhtml?faces-redirect=true&includeViewParams=true";

    @Inject
    Signing signing;

    @Inject
    ServerKeySigning serverKey;

    @Inject
    AgreementRegistry registry;

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;


    private String id;
    private long agreementId;
    private String number;
    private String registrationNumber;
    private Shown title;
    private AgreementStatus status;
    private List<PartyTurnLine> parties = List.of();
    private String notice;
    private boolean serverKeyOffered;
    private String documentSha256;
    private boolean documentSigned;
    private String source;

    private String pin;
    private transient Part keystore;
    private String certificate;
    private transient Part certificateFile;
    private PreparationView preparation;
    private transient Part cms;
    private String signatureValue;

    /** Loads the agreement named in the address; an unknown or malformed id is the not-found page. */
    public void load() throws IOException {
        Optional<Long> wanted = AddressParameters.identifier(id);
        if (wanted.isEmpty()) {
            NotFoundResponse.send("agreement");
            return;
        }
        agreementId = wanted.get();
        try {
            refresh();
        } catch (NotFoundException e) {
            NotFoundResponse.send("agreement");
        } catch (PactumException e) {
            // E.g. a stored text that no longer matches its approved revision: said, not signed over.
            SigningRefusals.show(e);
        }
    }

    private void refresh() {
        Agreement agreement = registry.get(agreementId);
        SigningState state = signing.state(agreementId);
        number = agreement.number();
        registrationNumber = agreement.registration().map(Registration::number).orElse("");
        title = Shown.of(agreement.title(), language.getLanguage());
        status = state.status();
        parties = state.parties().stream()
                .map(turn -> PartyTurnLine.of(turn, user.getUsername(), language.getLanguage(), dates, people::nameOf))
                .toList();
        notice = TurnNotice.of(status, parties).orElse(null);
        serverKeyOffered = signing.holdsKeyFor(user.getUsername());
        Optional<SignedDocument> shown = status.awaitsSignatures() ? Optional.of(signing.documentToSign(agreementId))
                : signing.signedDocument(agreementId);
        documentSha256 = shown.map(SignedDocument::sha256).orElse(null);
        documentSigned = shown.map(document -> document.kind() == SignedDocument.Kind.SIGNED).orElse(false);
        if (source == null || (SERVER.equals(source) && !serverKeyOffered)) {
            source = serverKeyOffered ? SERVER : PKCS12;
        }
    }

    public String signWithServerKey() {
        source = SERVER;
        String typed = takePin("server:pin");
        if (typed == null) {
            return null;
        }
        try {
            return signed(serverKey.sign(agreementId, actor(), typed.toCharArray(), SignatureAppearance.STAMPED));
        } catch (SigningKeyLockedException locked) {
            PageMessages.error("signing.refused.signing-key-locked", locked.retryAfterMinutes());
            return refused(null);
        } catch (PactumException e) {
            return refused(e);
        }
    }

    public String signWithKeyStore() throws IOException {
        source = PKCS12;
        Optional<byte[]> file = UploadedFile.bytes(keystore);
        keystore = null;
        if (file.isEmpty()) {
            PageMessages.fieldError("pkcs12:keystore", "signing.required.keystore");
        }
        String typed = takePin("pkcs12:pin");
        if (file.isEmpty() || typed == null) {
            return null;
        }
        try {
            return signed(signing.signWithKeyStore(agreementId, actor(), file.get(), typed.toCharArray()));
        } catch (PactumException e) {
            return refused(e);
        }
    }

    /** Step 1 of the user's own tool: hands out what to sign for the certificate given. */
    public String prepare() throws IOException {
        source = EXTERNAL;
        Optional<byte[]> file = UploadedFile.bytes(certificateFile);
        certificateFile = null;
        String pem = certificate != null && !certificate.isBlank() ? certificate
                : file.map(UploadedFile::certificatePem).orElse(null);
        if (pem == null) {
            PageMessages.fieldError("prepare:certificate", "signing.required.certificate");
            return null;
        }
        try {
            preparation = PreparationView.of(signing.prepare(agreementId, actor(), pem), dates);
            PageMessages.info("signing.prepared", preparation.expiresAt());
        } catch (InvalidInputException e) {
            PageMessages.fieldError("prepare:certificate", "signing.malformed.certificate");
        } catch (PactumException e) {
            refused(e);
        }
        return null;
    }

    /** The signed attributes of the preparation as a DER file, for a tool that signs a file rather than pasted text. */
    public String downloadSignedAttributes() throws IOException {
        if (preparation == null) {
            return null;
        }
        AttachmentResponse.send(preparation.signedAttributesDer(), "application/octet-stream",
                SigningFileName.of(number, "signed-attributes.der"), null);
        return null;
    }

    /** Step 3 of the user's own tool: the CMS file, or else the pasted signature value, completes the signature. */
    public String complete() throws IOException {
        source = EXTERNAL;
        if (preparation == null) {
            return restart();
        }
        Optional<byte[]> file = UploadedFile.bytes(cms);
        cms = null;
        boolean valueGiven = signatureValue != null && !signatureValue.isBlank();
        if (file.isEmpty() && !valueGiven) {
            PageMessages.fieldError("complete:cms", "signing.required.signature");
            return null;
        }
        byte[] returned;
        try {
            returned = file.isPresent() ? UploadedFile.der(file.get())
                    : Base64.getMimeDecoder().decode(signatureValue.strip());
        } catch (IllegalArgumentException e) {
            PageMessages.fieldError(file.isPresent() ? "complete:cms" : "complete:value", "signing.malformed.signature");
            return null;
        }
        try {
            Signature signature = file.isPresent()
                    ? signing.completeWithCms(agreementId, preparation.id(), actor(), returned)
                    : signing.completeWithSignatureValue(agreementId, preparation.id(), actor(), returned);
            preparation = null;
            return signed(signature);
        } catch (PreparationExpiredException | DocumentChangedException e) {
            preparation = null;
            return refused(e);
        } catch (PactumException e) {
            return refused(e);
        }
    }

    /** Drops a preparation, e.g. to prepare again for another certificate. */
    public String restart() {
        preparation = null;
        signatureValue = null;
        source = EXTERNAL;
        return null;
    }

    /** Whether the key source's panel is the one open: the one last used, else the first offered. */
    public boolean opens(String candidate) {
        return candidate.equals(source);
    }

    /**
     * Who signs, as the signing boundary and the audit trail name them. Made on each use from the request: the
     * container's Actor is not serializable, so a view-scoped bean cannot keep one.
     */
    private Actor actor() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return new Actor(user.getUsername(), Set.copyOf(user.getRoles()), request.getRemoteAddr());
    }

    /** The PIN typed, taken out of the bean at once; null (and a message beside the field) when none was typed. */
    private String takePin(String field) {
        String typed = pin;
        pin = null;
        if (typed == null || typed.isEmpty()) {
            PageMessages.fieldError(field, "signing.required.pin");
            return null;
        }
        return typed;
    }

    private String signed(Signature signature) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        String party = parties.stream().filter(turn -> turn.position() == signature.position()).findFirst()
                .map(turn -> turn.organization().text()).orElse("");
        PageMessages.info("signing.done", number, party);
        SigningState after = signing.state(agreementId);
        if (after.status() == AgreementStatus.SIGNED) {
            PageMessages.info("signing.done.all", PageMessages.text("status." + after.status().name()));
        } else {
            after.next().ifPresent(next -> PageMessages.info("signing.done.next",
                    Shown.of(next.organization(), language.getLanguage()).text()));
        }
        return SELF;
    }

    /** Says why (unless already said, {@code refusal} null) and shows the state afresh. */
    private String refused(PactumException refusal) {
        if (refusal != null) {
            SigningRefusals.show(refusal);
        }
        try {
            refresh();
        } catch (PactumException gone) {
            // The page keeps what it showed; the message above says what went wrong.
        }
        return null;
    }

    public boolean isMyTurn() {
        return status != null && notice == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public String getNumber() {
        return number;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Shown getTitle() {
        return title;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public List<PartyTurnLine> getParties() {
        return parties;
    }

    public String getNotice() {
        return notice;
    }

    public boolean isServerKeyOffered() {
        return serverKeyOffered;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    /** Whether the document shown carries signatures already (else it is the approved print). */
    public boolean isDocumentSigned() {
        return documentSigned;
    }

    public String getPin() {
        return null;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public Part getKeystore() {
        return keystore;
    }

    public void setKeystore(Part keystore) {
        this.keystore = keystore;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }

    public Part getCertificateFile() {
        return certificateFile;
    }

    public void setCertificateFile(Part certificateFile) {
        this.certificateFile = certificateFile;
    }

    public PreparationView getPreparation() {
        return preparation;
    }

    public Part getCms() {
        return cms;
    }

    public void setCms(Part cms) {
        this.cms = cms;
    }

    public String getSignatureValue() {
        return signatureValue;
    }

    public void setSignatureValue(String signatureValue) {
        this.signatureValue = signatureValue;
    }
}
