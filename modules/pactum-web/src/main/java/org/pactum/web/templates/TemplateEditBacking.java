package org.pactum.web.templates;

import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Placeholder;
import org.pactum.domain.user.Role;
import org.pactum.drafting.boundary.TemplateCatalogue;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;

/**
 * The template editor, for administrators: {@code ?id=} saves the template's next version, {@code ?from=} (with an
 * optional {@code version}) starts a new template from an existing one's text. The version edited travels with the
 * form, so a version saved by someone else meanwhile is noticed; the typed text is then kept, and the administrator
 * decides whether it replaces that version.
 */
@Named
@ViewScoped
public class TemplateEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    TemplateNames templateNames;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    @Inject
    People people;

    private String id;
    private String from;
    private String version;

    private TemplateFields form;
    private int editedVersion;
    /** The version saved meanwhile, after a save was refused as stale; 0 otherwise. */
    private int conflictVersion;
    private String conflictAuthor;

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            if (present(id)) {
                Template template = catalogue.get(id.strip()).template();
                form = TemplateFields.of(template);
                editedVersion = template.version();
            } else if (present(from)) {
                form = TemplateFields.of(source().template());
                form.setId("");
            } else {
                NotFoundResponse.send("template");
            }
        } catch (NotFoundException | NumberFormatException e) {
            NotFoundResponse.send("template");
        }
    }

    private TemplateVersion source() {
        return present(version) ? catalogue.get(from.strip(), Integer.parseInt(version.strip())) : catalogue.get(from.strip());
    }

    public String save() {
        if (!user.isIn(Role.ADMIN)) {
            PageMessages.error("error.notAllowed");
            return null;
        }
        form.clearProblems();
        String templateId = isCopy() ? (form.getId() == null ? null : form.getId().strip()) : id.strip();
        try {
            TemplateVersion saved = isCopy()
                    ? catalogue.create(form.toDraft(templateId, ArticleKeys.none()), user.getUsername())
                    : catalogue.revise(templateId, form.toDraft(templateId, catalogue.articleKeys(templateId)), editedVersion,
                            user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("template.saved", "«" + templateNames.of(saved.template().id(), saved.template().kind()) + "»",
                    saved.template().version());
            return "/templates/template.xhtml?faces-redirect=true&id=" + saved.template().id();
        } catch (InvalidInputException e) {
            PageMessages.error("template.invalid");
            form.mark(FormProblems.ofPage(TemplatePlaces.of(form, language.getLanguage())).of(e.errors())).forEach(PageMessages::error);
        } catch (StaleVersionException e) {
            TemplateVersion latest = catalogue.get(templateId);
            conflictVersion = latest.template().version();
            conflictAuthor = people.nameOf(latest.savedBy());
            PageMessages.error("template.stale", conflictAuthor, conflictVersion);
        } catch (DuplicateException e) {
            String sentence = PageMessages.text("template.problem.duplicate", templateId);
            form.getProblems().put("id", sentence);
            PageMessages.error("template.invalid");
            PageMessages.error("template.problem.duplicate", templateId);
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
        return null;
    }

    /** After a stale refusal, the administrator's choice: this text becomes the version after the one saved meanwhile. */
    public String saveOver() {
        if (conflictVersion > 0) {
            editedVersion = conflictVersion;
            conflictVersion = 0;
        }
        return save();
    }

    /** Shows the columns of the ticked languages; what was typed is kept. */
    public String applyLanguages() {
        return null;
    }

    public String add() {
        form.add();
        return null;
    }

    public String insertAfter(int index) {
        form.insertAfter(index);
        return null;
    }

    public String remove(int index) {
        form.remove(index);
        return null;
    }

    public String moveUp(int index) {
        form.moveUp(index);
        return null;
    }

    public String moveDown(int index) {
        form.moveDown(index);
        return null;
    }

    /** Whether a new template is being made from another one's text, rather than the next version of one. */
    public boolean isCopy() {
        return !present(id);
    }

    /** Every placeholder a text may hold, e.g. {@code {party1.organization}}, as the catalogue accepts them. */
    public String getPlaceholders() {
        return Placeholder.tokens();
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public TemplateFields getForm() {
        return form;
    }

    public int getEditedVersion() {
        return editedVersion;
    }

    public void setEditedVersion(int editedVersion) {
        this.editedVersion = editedVersion;
    }

    public int getConflictVersion() {
        return conflictVersion;
    }

    public String getConflictAuthor() {
        return conflictAuthor;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
