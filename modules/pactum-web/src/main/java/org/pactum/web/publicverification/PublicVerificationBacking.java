package org.pactum.web.publicverification;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.signature.SignedDocument;
import org.pactum.domain.verification.DocumentTooLargeException;
import org.pactum.signing.boundary.PublicVerificationLinks;
import org.pactum.signing.boundary.Signing;
import org.pactum.signing.entity.PartyTurn;
import org.pactum.verification.boundary.Verification;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.verification.page.UploadedPdf;
import org.pactum.web.verification.page.ReportReading;
import org.pactum.web.verification.page.ReportView;

/**
 * The public verification page, for anyone holding the link: the token finds the agreement, whose kept document is
 * verified (shown, not kept, not audited; the verdict remembered a minute by {@link KeptVerdicts}) and whose signers
 * are named; an uploaded copy is verified as an audit event by "anonymous" without a report kept, within the
 * {@link UploadAllowance} per client address and overall, so strangers cannot grow the audit trail or take the
 * processors without bound. Only verdicts, parties, signers' names and signing times reach the page: no agreement
 * number, title, hash or report id.
 */
@Named
@RequestScoped
public class PublicVerificationBacking {

    static final String FILE_FIELD = "copy:file";
    private static final long MEBIBYTE = 1024L * 1024;

    @Inject
    PublicVerificationLinks links;

    @Inject
    Signing signing;

    @Inject
    Verification verification;

    @Inject
    DateDisplay dates;

    @Inject
    LanguageBacking language;

    @Inject
    UploadAllowance allowance;

    @Inject
    KeptVerdicts keptVerdicts;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "pactum.verification.max-bytes", defaultValue = "52428800")
    long maxBytes;

    private String token;
    private boolean tooLarge;
    private transient Part file;
    private Long agreementId;
    private SignedDocument kept;
    private PublicResult document;
    private PublicResult copy;

    /** An unknown token answers 404, as an address that does not exist: nothing tells it from one never issued. */
    public void load() throws IOException {
        if (agreementId != null) {
            return;
        }
        agreementId = links.findAgreementOf(token).orElse(null);
        if (agreementId == null) {
            NotFoundResponse.send("Verification link");
            return;
        }
        if (tooLarge) {
            PageMessages.error("verify.file.tooLarge", maxBytes / MEBIBYTE);
        }
        kept = signing.signedDocument(agreementId).orElse(null);
        if (kept != null) {
            SignedDocument shown = kept;
            document = result(keptVerdicts.reportOn(kept.sha256(), () -> verification.verifyKept(shown.pdf()).report()),
                    CopyRelation.SAME);
        }
    }

    public String check() throws IOException {
        load();
        if (agreementId == null) {
            return null;
        }
        Optional<byte[]> uploaded = UploadedPdf.read(file, maxBytes, FILE_FIELD);
        if (uploaded.isEmpty()) {
            return null;
        }
        Optional<Duration> wait = allowance.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            refuse(wait.get());
            return null;
        }
        byte[] pdf = uploaded.get();
        try {
            String report = verification.verifyAnonymously(pdf).report();
            copy = result(report, relation(pdf, ReportReading.read(report, false, dates::dateTime)));
        } catch (DocumentTooLargeException e) {
            UploadedPdf.tooLarge(FILE_FIELD, maxBytes);
        } catch (InvalidInputException e) {
            PageMessages.fieldError(FILE_FIELD, "verify.file.unreadable");
        }
        return null;
    }

    /** Too many copies checked lately: said on the page, answered 429 with Retry-After, nothing verified or audited. */
    private static void refuse(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.setResponseStatus(429);
        context.setResponseHeader("Retry-After", Long.toString(seconds));
        PageMessages.error("publicVerify.tooMany", seconds);
    }

    private CopyRelation relation(byte[] pdf, ReportView report) {
        if (kept != null && Arrays.equals(pdf, kept.pdf())) {
            return CopyRelation.SAME;
        }
        if (report.registry() == null || report.registry().agreementId() != agreementId) {
            return CopyRelation.UNRELATED;
        }
        if (kept == null) {
            return CopyRelation.OTHER_REVISION;
        }
        if (startsWith(kept.pdf(), pdf)) {
            return CopyRelation.EARLIER;
        }
        return startsWith(pdf, kept.pdf()) ? CopyRelation.LATER : CopyRelation.OTHER_REVISION;
    }

    private static boolean startsWith(byte[] whole, byte[] start) {
        return whole.length > start.length && Arrays.equals(whole, 0, start.length, start, 0, start.length);
    }

    /** Parties are named only for this agreement's own documents, so a stranger's file reveals no one else's. */
    private PublicResult result(String json, CopyRelation relation) {
        ReportView report = ReportReading.read(json, false, dates::dateTime);
        Map<String, String> parties = relation == CopyRelation.UNRELATED ? Map.of() : parties();
        return new PublicResult(report.indication(), report.signatures().stream()
                .map(signature -> new PublicSigner(parties.getOrDefault(signature.fieldName(), ""),
                        signature.signedBy(), signature.signingTime(), signature.verdict())).toList(), relation);
    }

    /** Each party's organization by the field it signs in ({@code party-1}, …), in the page's language. */
    private Map<String, String> parties() {
        return signing.state(agreementId).parties().stream().collect(Collectors.toMap(
                turn -> "party-" + turn.position(), this::organization, (a, b) -> a));
    }

    private String organization(PartyTurn turn) {
        return Optional.ofNullable(turn.organization()).map(text -> text.preferring(language.getLanguage())).orElse("");
    }

    public PublicResult getDocument() {
        return document;
    }

    public PublicResult getCopy() {
        return copy;
    }

    public boolean isFound() {
        return agreementId != null;
    }

    public long getMaxMebibytes() {
        return maxBytes / MEBIBYTE;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isTooLarge() {
        return tooLarge;
    }

    public void setTooLarge(boolean tooLarge) {
        this.tooLarge = tooLarge;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
