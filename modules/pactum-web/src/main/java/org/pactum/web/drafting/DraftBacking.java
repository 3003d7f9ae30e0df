package org.pactum.web.drafting;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.SelfReference;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.domain.agreement.ConcurrentEditException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.boundary.AgreementPrints;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.boundary.MergedDraft;
import org.pactum.drafting.boundary.StandardClauses;
import org.pactum.drafting.entity.PrintedAgreement;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.routing.boundary.Routing;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.AttachmentResponse;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;

/**
 * The editor of one draft: its fields, and its wording side by side, one row per article and one column per language.
 * The version the page was loaded with travels with every save, so a save after someone else's is refused and the
 * user is told what changed, with their own text still on the screen. Moving, inserting and removing articles are
 * plain form posts; nothing is stored until Save (or Submit, which saves first). Taking in an article of the clause
 * library is such an edit too.
 */
@Named
@ViewScoped
public class DraftBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the editor's form. */
    static final String FORM = "editor";

    @Inject
    Drafting drafting;

    @Inject
    AgreementRegistry registry;

    @Inject
    Routing routing;

    @Inject
    AgreementPrints prints;

    @Inject
    StandardClauses standardClauses;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    @Inject
    CurrentUser user;

    private String id;
    private long agreementId;
    private String number;
    private AgreementKind kind;
    private AgreementStatus status;
    private int revision;
    private long version;
    private AgreementFields fields;
    private WordingForm wording;
    private ConflictNotice conflict;
    /** The late save merged with what was saved meanwhile; shown with the conflict, when it could be merged. */
    private MergeNotice merge;
    /** The clause library as it was when the page was opened: what the user chose from is what is inserted. */
    private List<StandardArticle> standardArticles = List.of();
    private String standardKey;
    private String standardAfter;

    /** Loads the draft named in the address; an unknown id is the not-found page, as for any page. */
    public void load() throws IOException {
        Optional<Long> wanted = AddressParameters.identifier(id);
        if (wanted.isEmpty()) {
            NotFoundResponse.send("agreement");
            return;
        }
        Agreement agreement;
        try {
            agreement = registry.get(wanted.get());
        } catch (NotFoundException e) {
            NotFoundResponse.send("agreement");
            return;
        }
        agreementId = agreement.id();
        number = agreement.number();
        status = agreement.status();
        if (!status.isEditable()) {
            PageMessages.error("draft.notEditable", PageMessages.text("status." + status.name()));
            return;
        }
        show(agreement, earlierKeys(agreement.id()));
        standardArticles = libraryArticles();
    }

    private List<StandardArticle> libraryArticles() {
        try {
            // Taken in, an article names this document as its kind does: "настоящего Меморандума" in a memorandum.
            return standardClauses.current().clauses().stream()
                    .map(clause -> StandardArticle.of(SelfReference.fill(clause, kind))).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private void show(Agreement agreement, Set<String> earlierKeys) {
        kind = agreement.kind();
        status = agreement.status();
        revision = agreement.revision();
        version = agreement.version();
        fields = AgreementFields.of(agreement);
        wording = WordingForm.of(agreement.wording(), earlierKeys);
        conflict = null;
        merge = null;
    }

    /** Saves and reloads the page, so reloading it afterwards never posts again. */
    public String save() {
        Optional<Agreement> saved = trySave();
        if (saved.isEmpty()) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/drafting/draft.xhtml?faces-redirect=true&id=" + agreementId;
    }

    /**
     * After a conflict, when the user has read what the other person changed: saves the text on the screen over the
     * current revision. Refused again if yet another save came in between.
     */
    public String saveOver() {
        if (conflict == null || !conflict.isStillDraft()) {
            return null;
        }
        version = conflict.currentVersion();
        return save();
    }

    /** Saves what is on the screen (nothing is recorded if nothing changed), then sends the draft for approval. */
    public String submit() {
        Optional<Agreement> saved = trySave();
        if (saved.isEmpty()) {
            return null;
        }
        try {
            Agreement submitted = routing.submit(agreementId, version, null, user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("action.done", submitted.number(), PageMessages.text("status." + submitted.status().name()));
            return "/agreement/agreement.xhtml?faces-redirect=true&id=" + agreementId;
        } catch (InvalidInputException e) {
            PageMessages.error("draft.error.submit");
            fields.showProblems(e, FORM);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
        return null;
    }

    /**
     * Saves the form as the next revision and takes the saved state as the one the page now stands on.
     *
     * @return the saved agreement, or empty when it was refused (the reason is on the page, the input unchanged)
     */
    private Optional<Agreement> trySave() {
        if (!isEditable()) {
            PageMessages.error("error.notEditable");
            return Optional.empty();
        }
        Wording sent = wording.toWording();
        AgreementDraft draft = null;
        try {
            draft = fields.toDraft(kind);
            Agreement saved = drafting.save(agreementId, draft, sent, version, user.getUsername());
            if (saved.version() == version) {
                PageMessages.info("draft.unchanged", saved.revision());
            } else {
                PageMessages.info("draft.saved", saved.revision());
            }
            show(saved, wording.usedKeys());
            return Optional.of(saved);
        } catch (ConcurrentEditException e) {
            conflict = ConflictNotice.of(e, drafting.changesSince(e), people::nameOf, language.getLanguage());
            merge = null;
            if (conflict.isStillDraft()) {
                drafting.merge(e, draft, sent).ifPresent(this::offer);
            }
            if (merge != null && merge.clean()) {
                PageMessages.info(merge.anotherTab() ? "draft.merge.offered.anotherTab" : "draft.merge.offered", conflict.changedBy());
            } else if (merge != null && merge.anotherTab()) {
                PageMessages.error("draft.conflict.anotherTab");
            } else {
                PageMessages.error(conflict.isStillDraft() ? "draft.conflict" : "draft.conflict.notDraft", conflict.changedBy(),
                        PageMessages.text("status." + conflict.status().name()));
            }
        } catch (InvalidInputException e) {
            fields.showProblems(e, FORM);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
        return Optional.empty();
    }

    /**
     * Puts the merged draft into the form: the user sees it, marked by whose change each place holds, and saves it
     * with any save. A clean merge stands on the current revision, so the next save is based on it; a merge with
     * conflicts holds the user's text where they clash and is saved only by {@link #saveOver()}, after the user read
     * the report. The fields are replaced only when the others changed one, so what the user typed in them stays
     * exactly as typed otherwise.
     */
    private void offer(MergedDraft merged) {
        merge = MergeNotice.of(merged.merge(), user.getUsername());
        if (merge.clean()) {
            version = conflict.currentVersion();
            revision = conflict.currentRevision();
        }
        if (merge.takesTheirFields()) {
            fields = AgreementFields.of(merged.draft());
        }
        Set<String> keys = new HashSet<>(earlierKeys(agreementId));
        keys.addAll(wording.usedKeys());
        wording = WordingForm.of(merged.merge().wording(), keys);
    }

    /** A cell's mark after a merge ({@code theirs}, {@code yours}, {@code both}), or empty; for the page's styles. */
    public String articleMark(String key, String lang) {
        return merge == null ? "" : merge.articleMark(key, lang);
    }

    public String passageMark(String passage, String lang) {
        return merge == null ? "" : merge.passageMark(passage, lang);
    }

    /** What a mark says in words beside the text: whose change the place holds. */
    public String markLabel(String mark) {
        return switch (mark) {
            case MergeNotice.THEIRS -> merge != null && merge.anotherTab() ? PageMessages.text("draft.merge.mark.anotherTab")
                    : PageMessages.text("draft.merge.mark.theirs", conflict == null ? "" : conflict.changedBy());
            case MergeNotice.YOURS -> PageMessages.text("draft.merge.mark.yours");
            case MergeNotice.BOTH -> PageMessages.text("draft.merge.mark.both");
            default -> "";
        };
    }

    /**
     * The PDF of what is on the screen, unsaved, shown in the page's preview frame. A problem is shown there too, on
     * a small page of its own: answering with this page would put the whole editor into the frame. The redirect
     * there is sent directly, not as a navigation outcome: navigating to another view would end this view's scope,
     * and with it the editor the user is still working in.
     */
    public void preview() throws IOException {
        try {
            PrintedAgreement preview = unsavedPreview();
            AttachmentResponse.send(preview.pdf(), "application/pdf", ContentDisposition.inline(DownloadName.of(preview)), null);
            return;
        } catch (InvalidInputException e) {
            fields.showProblems(e, null);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/drafting/draft-preview.xhtml?problems=true&id=" + agreementId);
        faces.responseComplete();
    }

    /** The same PDF as a file to keep. */
    public String downloadPreview() throws IOException {
        try {
            PrintedAgreement preview = unsavedPreview();
            AttachmentResponse.send(preview.pdf(), "application/pdf", ContentDisposition.attachment(DownloadName.of(preview)), null);
        } catch (InvalidInputException e) {
            fields.showProblems(e, FORM);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
        return null;
    }

    private PrintedAgreement unsavedPreview() {
        AgreementDraft draft = fields.toDraft(kind);
        return prints.unsaved(agreementId, draft, wording.toWording(), user.getUsername());
    }

    public void moveUp(String key) {
        wording.moveUp(key);
    }

    public void moveDown(String key) {
        wording.moveDown(key);
    }

    public void remove(String key) {
        wording.remove(key);
    }

    public void insertAfter(String key) {
        wording.insertAfter(key);
    }

    public void addArticle() {
        wording.add();
    }

    /** Inserts the chosen library article where the user asked (at the end by default); saved with the next Save. */
    public void insertStandard() {
        Optional<StandardArticle> chosen = standardArticles.stream().filter(article -> article.key().equals(standardKey)).findFirst();
        if (chosen.isEmpty()) {
            PageMessages.fieldError(FORM + ":standardKey", "draft.standard.none");
            return;
        }
        String key = wording.insertStandard(chosen.get(), getColumns(), standardAfter);
        PageMessages.info("draft.standard.inserted", chosen.get().headingFor(language.getLanguage()).text(),
                wording.numberOf(key));
        standardKey = null;
        standardAfter = null;
    }

    /** The library's articles in the user's language; those the draft already has say where they stand. */
    public List<ArticleChoice> getStandardChoices() {
        List<ArticleChoice> choices = new ArrayList<>();
        for (StandardArticle article : standardArticles) {
            String heading = article.headingFor(language.getLanguage()).text();
            int number = wording == null ? 0 : wording.numberOf(article.key());
            choices.add(new ArticleChoice(article.key(),
                    number > 0 ? PageMessages.text("draft.standard.inDraft", heading, number) : heading));
        }
        return choices;
    }

    /** Where an inserted article may go: after any article of the draft (the list itself offers "at the end"). */
    public List<ArticleChoice> getPlaces() {
        List<ArticleChoice> places = new ArrayList<>();
        List<ClauseRow> rows = wording == null ? List.of() : wording.getRows();
        for (int i = 0; i < rows.size(); i++) {
            String heading = rows.get(i).headingFor(language.getLanguage()).text();
            places.add(new ArticleChoice(rows.get(i).getKey(), heading.isEmpty()
                    ? PageMessages.text("draft.standard.afterNumber", i + 1)
                    : PageMessages.text("draft.standard.after", i + 1, heading)));
        }
        return places;
    }

    public void addParty() {
        fields.addParty();
    }

    public void removeParty(int slot) {
        fields.removeParty(slot);
    }

    /** Keys of every earlier revision's articles: a new article never takes the key of one removed before. */
    private Set<String> earlierKeys(long agreement) {
        return drafting.articleKeys(agreement).taken();
    }

    /** Whether the page shows the editor: the agreement is a draft it could load. */
    public boolean isEditable() {
        return fields != null && wording != null && status != null && status.isEditable();
    }

    /** The languages the wording is shown in, one column each, in the agreement's order. */
    public List<String> getColumns() {
        return fields == null ? List.of() : fields.getChosenCodes();
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

    public AgreementKind getKind() {
        return kind;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public AgreementFields getFields() {
        return fields;
    }

    public WordingForm getWording() {
        return wording;
    }

    public ConflictNotice getConflict() {
        return conflict;
    }

    public MergeNotice getMerge() {
        return merge;
    }

    /** Whether the page offers a clean merge of the user's late save: no conflict report, a merged text to save. */
    public boolean isMergeOffered() {
        return merge != null && merge.clean();
    }

    /** Whether the late save clashed with a merge, whose places that do not clash the form already holds. */
    public boolean isMergedWithConflicts() {
        return merge != null && !merge.clean();
    }

    /** Whether what was saved meanwhile was saved by the user in another tab or window. */
    public boolean isOtherTab() {
        return merge != null && merge.anotherTab();
    }

    public List<StandardArticle> getStandardArticles() {
        return standardArticles;
    }

    public String getStandardKey() {
        return standardKey;
    }

    public void setStandardKey(String standardKey) {
        this.standardKey = standardKey;
    }

    public String getStandardAfter() {
        return standardAfter;
    }

    public void setStandardAfter(String standardAfter) {
        this.standardAfter = standardAfter;
    }
}
