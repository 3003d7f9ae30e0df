package org.pactum.web.routing.setup;

import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.route.ResubmissionMode;
import org.pactum.domain.route.RouteTemplate;
import org.pactum.domain.route.StageRule;
import org.pactum.domain.user.Role;
import org.pactum.routing.boundary.ApproverAccounts;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.routing.boundary.RouteAdministration.RouteDefinition;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.forms.FormProblems;

/**
 * The route editor, for administrators: {@code ?code=} changes a route, without it a new one is set up. Stages are
 * added, removed and moved with everything typed kept, as one form. The version edited travels with the form, so a
 * change saved by someone else meanwhile is reported instead of overwritten.
 */
@Named
@ViewScoped
public class RouteEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RouteAdministration administration;

    @Inject
    ApproverAccounts approvers;

    @Inject
    ApproverChoices choices;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    private String code;
    private RouteFields form;
    private long editedVersion;
    /** The version saved meanwhile, after a save was refused as stale; 0 otherwise. */
    private long conflictVersion;

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (!present(code)) {
            form = RouteFields.blank();
            return;
        }
        try {
            RouteTemplate route = administration.route(code.strip());
            form = RouteFields.of(route);
            editedVersion = route.version();
        } catch (NotFoundException e) {
            NotFoundResponse.send("route");
        }
    }

    public String save() {
        if (!user.isIn(Role.ADMIN)) {
            PageMessages.error("error.notAllowed");
            return null;
        }
        form.clearProblems();
        String routeCode = isNew() ? form.getCode().strip() : code.strip();
        try {
            RouteDefinition definition = form.toDefinition(routeCode, approvers::accountsOf);
            RouteTemplate saved = isNew() ? administration.create(definition, user.getUsername())
                    : administration.update(routeCode, definition, editedVersion, user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("routeEdit.saved", saved.name().preferring(language.getLanguage()));
            return "/routing/admin/routes?faces-redirect=true";
        } catch (InvalidInputException refused) {
            PageMessages.error("routeEdit.invalid");
            form.mark(FormProblems.ofPage(RoutePlaces.of(form)).of(refused.errors())).forEach(PageMessages::error);
        } catch (DuplicateException taken) {
            form.getProblems().put("code", PageMessages.text("routeEdit.problem.taken", routeCode));
            PageMessages.error("routeEdit.invalid");
        } catch (StaleVersionException stale) {
            conflict(routeCode);
        } catch (NotFoundException gone) {
            PageMessages.error("routeEdit.gone");
        } catch (RuntimeException failed) {
            if (!SavedMeanwhile.causes(failed)) {
                throw failed;
            }
            conflict(routeCode);
        }
        return null;
    }

    /** After a conflict, the administrator's choice: what the form holds replaces what was saved meanwhile. */
    public String saveOver() {
        if (conflictVersion > 0) {
            editedVersion = conflictVersion;
            conflictVersion = 0;
        }
        return save();
    }

    private void conflict(String routeCode) {
        conflictVersion = administration.route(routeCode).version();
        PageMessages.error("routeEdit.stale");
    }

    public String addStage() {
        form.addStage();
        return null;
    }

    public String removeStage(int index) {
        form.removeStage(index);
        return null;
    }

    public String moveUp(int index) {
        form.moveStage(index, -1);
        return null;
    }

    public String moveDown(int index) {
        form.moveStage(index, 1);
        return null;
    }

    public boolean isNew() {
        return !present(code);
    }

    /** The people a stage can ask or escalate to, with anyone the route names already. */
    public List<Choice> getPeople() {
        List<String> named = new ArrayList<>();
        form.getStages().forEach(stage -> {
            named.addAll(stage.getUsers());
            named.add(stage.getEscalateTo());
        });
        return choices.peopleWith(named);
    }

    public List<Choice> getGroups() {
        return choices.getGroups();
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public StageRule[] getRules() {
        return StageRule.values();
    }

    public ResubmissionMode[] getModes() {
        return ResubmissionMode.values();
    }

    public RouteFields getForm() {
        return form;
    }

    public long getEditedVersion() {
        return editedVersion;
    }

    public void setEditedVersion(long editedVersion) {
        this.editedVersion = editedVersion;
    }

    public long getConflictVersion() {
        return conflictVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
