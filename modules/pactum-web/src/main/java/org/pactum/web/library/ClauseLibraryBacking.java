package org.pactum.web.library;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.user.Role;
import org.pactum.drafting.boundary.StandardClauses;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;

/**
 * The clause library's page: everyone signed in reads its current version or an earlier one (named in the address);
 * an administrator edits the current one. The version edited travels in a hidden field, so a save after someone
 * else's is refused with the administrator's text still in the form, and a save that breaks a rule names the article
 * and the language next to them.
 */
@Named
@ViewScoped
public class ClauseLibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the edit form. */
    static final String FORM = "library";

    @Inject
    StandardClauses standardClauses;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    @Inject
    CurrentUser user;

    private String requested;
    private ShownLibrary shown;
    private int currentVersion;
    private List<LibraryVersionLine> versions = List.of();
    private ClauseLibraryForm form;
    private int version;
    private LibraryVersionLine savedMeanwhile;

    /** Shows the version named in the address, else the current one; an unknown version is the not-found page. */
    public void load() throws IOException {
        Optional<Integer> wanted = AddressParameters.number(requested);
        if (AddressParameters.present(requested) && wanted.isEmpty()) {
            NotFoundResponse.send("clause library version");
            return;
        }
        try {
            ClauseLibrary current = standardClauses.current();
            show(current, wanted.isEmpty() || wanted.get() == current.version() ? current : standardClauses.version(wanted.get()));
        } catch (NotFoundException e) {
            NotFoundResponse.send("clause library version");
        }
    }

    private void show(ClauseLibrary current, ClauseLibrary wanted) {
        currentVersion = current.version();
        shown = ShownLibrary.of(wanted, people.nameOf(wanted.savedBy()), dates.dateTime(wanted.savedAt()));
        versions = standardClauses.versions().reversed().stream().map(this::line).toList();
    }

    /** Opens the current version for editing; for administrators only, as saving is. */
    public void edit() {
        if (!user.isIn(Role.ADMIN)) {
            PageMessages.error("library.notAdmin");
            return;
        }
        ClauseLibrary current = standardClauses.current();
        show(current, current);
        form = ClauseLibraryForm.of(current);
        version = current.version();
        savedMeanwhile = null;
    }

    /** Saves the next version, then shows the page afresh, so reloading it never posts again. */
    public String save() {
        if (form == null || !user.isIn(Role.ADMIN)) {
            PageMessages.error("library.notAdmin");
            return null;
        }
        try {
            ClauseLibrary saved = standardClauses.revise(form.toLanguages(), form.toClauses(), version, user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("library.saved", saved.version());
            return "/library/clause-library.xhtml?faces-redirect=true";
        } catch (StaleVersionException e) {
            ClauseLibrary current = standardClauses.current();
            savedMeanwhile = line(current);
            PageMessages.error("library.stale", savedMeanwhile.savedBy(), savedMeanwhile.version());
        } catch (InvalidInputException e) {
            FormProblems.ofPage(form.problemPlaces(language.getLanguage())).show(e, FORM);
            PageMessages.error("library.notSaved");
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
        return null;
    }

    /** After being told someone else saved meanwhile: saves this form over their version. */
    public String saveOver() {
        if (savedMeanwhile == null) {
            return null;
        }
        version = savedMeanwhile.version();
        return save();
    }

    public void addArticle() {
        form.add();
    }

    public void moveUp(int row) {
        form.moveUp(row);
    }

    public void moveDown(int row) {
        form.moveDown(row);
    }

    public void remove(int row) {
        form.remove(row);
    }

    private LibraryVersionLine line(ClauseLibrary library) {
        return new LibraryVersionLine(library.version(), people.nameOf(library.savedBy()), dates.dateTime(library.savedAt()),
                library.clauses().size());
    }

    public boolean isEditing() {
        return form != null;
    }

    /** Whether the page offers editing: to administrators, on the current version. */
    public boolean isMayEdit() {
        return user.isIn(Role.ADMIN) && form == null && shown != null && shown.version() == currentVersion;
    }

    /** Whether an earlier version is shown, which is read only. */
    public boolean isOld() {
        return shown != null && shown.version() != currentVersion;
    }

    public String getRequested() {
        return requested;
    }

    public void setRequested(String requested) {
        this.requested = requested;
    }

    public ShownLibrary getShown() {
        return shown;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public List<LibraryVersionLine> getVersions() {
        return versions;
    }

    public ClauseLibraryForm getForm() {
        return form;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    /** The version someone else saved while this administrator was editing; {@code null} if none. */
    public LibraryVersionLine getSavedMeanwhile() {
        return savedMeanwhile;
    }
}
