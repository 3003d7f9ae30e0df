package org.pactum.web.agreement;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.route.DecisionKind;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.routing.boundary.Routing;
import org.pactum.web.faces.AddressParameters;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;

/**
 * The detail page of one agreement and the lifecycle steps the signed-in user may take on it. The version the user
 * saw travels with the form, so a step based on an outdated page is refused instead of overriding someone else's.
 */
@Named
@ViewScoped
public class AgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the reason field, where problems with the reason are shown. */
    static final String REASON_FIELD = "actions:reason";
    /** Client id of the approval's remark, where problems with the remark are shown. */
    static final String REMARK_FIELD = "actions:remark";

    @Inject
    AgreementRegistry registry;

    @Inject
    Routing routing;

    @Inject
    People people;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    @Inject
    CurrentUser user;

    private String id;
    private AgreementDetails agreement;
    private List<LifecycleAction> actions = List.of();
    private String reason;
    private String remark;
    private long version;
    private boolean stale;

    /** Loads the agreement named in the URL; an unknown or malformed id is the not-found page, as for any page. */
    public void load() throws IOException {
        Optional<Long> wanted = AddressParameters.identifier(id);
        if (wanted.isEmpty()) {
            NotFoundResponse.send("agreement");
            return;
        }
        try {
            show(registry.get(wanted.get()));
        } catch (NotFoundException e) {
            NotFoundResponse.send("agreement");
        }
    }

    public String perform(LifecycleAction action) {
        if (agreement == null || !actions.contains(action)) {
            PageMessages.error("error.notAllowed");
            return null;
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            PageMessages.fieldError(REASON_FIELD, "error.reasonRequired");
            return null;
        }
        String field = action == LifecycleAction.APPROVE ? REMARK_FIELD : REASON_FIELD;
        try {
            Agreement changed = take(action);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("action.done", changed.number(), PageMessages.text("status." + changed.status().name()));
            return "/agreement/agreement.xhtml?faces-redirect=true&includeViewParams=true";
        } catch (StaleVersionException e) {
            stale = true;
            PageMessages.problem(e, field);
        } catch (PactumException e) {
            PageMessages.problem(e, field);
        }
        return null;
    }

    /** Submitting and deciding go along the route; the other steps straight to the registry. */
    private Agreement take(LifecycleAction action) {
        long id = agreement.id();
        if (action == LifecycleAction.SUBMIT) {
            return routing.submit(id, version, null, user.getUsername());
        }
        if (!action.followsRoute()) {
            return registry.perform(id, action, version, reason, user.getUsername());
        }
        Agreement current = registry.get(id);
        if (current.version() != version) {
            throw new StaleVersionException("Agreement " + id, version, current.version());
        }
        DecisionKind kind = switch (action) {
            case RETURN -> DecisionKind.RETURN;
            case REJECT -> DecisionKind.REJECT;
            default -> DecisionKind.APPROVE;
        };
        // Approving takes the optional remark; returning and rejecting the reason they need.
        routing.decide(id, kind, current.revision(), kind == DecisionKind.APPROVE ? remark : reason,
                user.getUsername());
        return registry.get(id);
    }

    private void show(Agreement loaded) {
        agreement = AgreementDetails.of(loaded, language.getLanguage(), dates, people::nameOf);
        boolean asked = routing.tasksOf(user.getUsername()).stream()
                .anyMatch(task -> task.agreementId() == loaded.id());
        // Only someone the waiting stage asks sees the decisions; the others would only be refused.
        actions = LifecycleRoles.actionsFor(loaded.status(), user::isIn).stream()
                .filter(action -> asked || !action.followsRoute() || action == LifecycleAction.SUBMIT).toList();
        version = loaded.version();
    }

    /** Whether the reason field is offered: only when one of the offered steps needs or accepts a reason. */
    public boolean isReasonOffered() {
        return actions.stream().anyMatch(LifecycleAction::needsReason);
    }

    /** Whether the approval's remark is offered: to whoever the waiting stage asks. */
    public boolean isRemarkOffered() {
        return actions.contains(LifecycleAction.APPROVE);
    }

    /** Approving, when offered: its button stands with the remark. */
    public List<LifecycleAction> getApproval() {
        return actions.stream().filter(action -> action == LifecycleAction.APPROVE).toList();
    }

    /** Every step but approving: they stand with the reason. */
    public List<LifecycleAction> getOtherActions() {
        return actions.stream().filter(action -> action != LifecycleAction.APPROVE).toList();
    }

    public AgreementDetails getAgreement() {
        return agreement;
    }

    public List<LifecycleAction> getActions() {
        return actions;
    }

    public boolean isStale() {
        return stale;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
