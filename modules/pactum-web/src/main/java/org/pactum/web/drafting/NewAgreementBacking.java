package org.pactum.web.drafting;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.drafting.boundary.TemplateCatalogue;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.PageMessages;

/**
 * The "new agreement" page: first the template (a plain link per template, so the choice has an address and needs no
 * script), then the agreement's fields. Creating it opens the editor on the new draft.
 */
@Named
@ViewScoped
public class NewAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the form; problems with a field are shown next to it. */
    static final String FORM = "agreement";

    @Inject
    TemplateCatalogue catalogue;

    @Inject
    Drafting drafting;

    @Inject
    CurrentUser user;

    private String template;
    private TemplateOption chosen;
    private List<TemplateOption> templates = List.of();
    private AgreementFields fields;
    /** Where the agreement is to be signed, by language code: opens the place-and-date line of the new draft. */
    private final Map<String, String> placeOfSigning = new HashMap<>();

    /** Lists the templates; with one named in the address, prepares the form for it. */
    public void load() {
        templates = catalogue.all().stream().map(TemplateOption::of).toList();
        chosen = templates.stream().filter(option -> option.id().equals(template)).findFirst().orElse(null);
        if (template != null && !template.isBlank() && chosen == null) {
            PageMessages.error("draft.error.template");
        }
        if (chosen != null) {
            fields = AgreementFields.forNew(chosen.defaultLanguages());
        }
    }

    public String create() {
        if (chosen == null) {
            PageMessages.error("draft.error.template");
            return null;
        }
        try {
            Agreement created = drafting.create(fields.toDraft(chosen.kind()), chosen.id(),
                    ClauseRow.localized(placeOfSigning), user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("draft.created", created.number());
            return "/drafting/draft.xhtml?faces-redirect=true&id=" + created.id();
        } catch (InvalidInputException e) {
            fields.showProblems(e, FORM);
        } catch (NotFoundException e) {
            PageMessages.error("draft.error.template");
        } catch (PactumException e) {
            PageMessages.problem(e, null);
        }
        return null;
    }

    public Map<String, String> getPlaceOfSigning() {
        return placeOfSigning;
    }

    public void addParty() {
        fields.addParty();
    }

    public void removeParty(int slot) {
        fields.removeParty(slot);
    }

    public List<TemplateOption> getTemplates() {
        return templates;
    }

    public TemplateOption getChosen() {
        return chosen;
    }

    public AgreementFields getFields() {
        return fields;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }
}
