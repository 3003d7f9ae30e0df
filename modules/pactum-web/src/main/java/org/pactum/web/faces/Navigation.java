package org.pactum.web.faces;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.user.Role;

/**
 * The main navigation: each item names the roles that see it, so a new area (drafting, approvals, signing, audit)
 * is one more line here and appears only to the people who work in it.
 */
@Named
@RequestScoped
public class Navigation {

    static final List<NavigationItem> ITEMS = List.of(
            new NavigationItem("nav.registry", "/registry/agreements", Set.of("/registry/agreements.xhtml", "/agreement/agreement.xhtml"),
                    Set.of(Role.values())),
            // web.xml grants the drafting pages to the same two roles.
            new NavigationItem("nav.newAgreement", "/drafting/new-agreement", Set.of("/drafting/new-agreement.xhtml"),
                    Set.of(Role.DRAFTER, Role.ADMIN)),
            // Everyone signed in may read the standard articles (web.xml, like GET /clause-library); administrators
            // edit them on the same page.
            new NavigationItem("nav.library", "/library/clause-library", Set.of("/library/clause-library.xhtml"), Set.of(Role.values())),
            // web.xml grants the task list to approvers and administrators, as GET /tasks.
            new NavigationItem("nav.tasks", "/routing/tasks", Set.of("/routing/tasks.xhtml"), Set.of(Role.APPROVER, Role.ADMIN)),
            // web.xml grants /routing/admin/* to administrators only; the groups are reached from the routes' page.
            new NavigationItem("nav.routes", "/routing/admin/routes",
                    Set.of("/routing/admin/routes.xhtml", "/routing/admin/route.xhtml", "/routing/admin/groups.xhtml",
                            "/routing/absences.xhtml"),
                    Set.of(Role.ADMIN)),
            // Approvers name their own deputies (web.xml: /routing/* as the task list); administrators, who record
            // anyone's, reach the page from the routes' tabs.
            new NavigationItem("nav.absences", "/routing/absences", Set.of("/routing/absences.xhtml"),
                    Set.of(Role.APPROVER)),
            // web.xml grants the signing pages to signers; the list shows what waits for the user's signature.
            new NavigationItem("nav.signing", "/signing/awaiting", Set.of("/signing/awaiting.xhtml", "/signing/signing.xhtml"),
                    Set.of(Role.SIGNER)),
            // web.xml grants /audit/audit.xhtml to the same two roles; this line only decides who is shown the way there.
            new NavigationItem("nav.audit", "/audit/audit", Set.of("/audit/audit.xhtml"), Set.of(Role.AUDITOR, Role.ADMIN)),
            // web.xml grants /verification/* to the same two roles, as POST /verifications is.
            new NavigationItem("nav.verification", "/verification/verification", Set.of("/verification/verification.xhtml"),
                    Set.of(Role.AUDITOR, Role.ADMIN)),
            // Every role may read the templates, as in the API; drafters, who start from them, and administrators, who
            // keep them, are shown the way. web.xml keeps the editor for administrators.
            new NavigationItem("nav.templates", "/templates/templates",
                    Set.of("/templates/templates.xhtml", "/templates/template.xhtml", "/templates/edit/template-edit.xhtml"), Set.of(Role.DRAFTER, Role.ADMIN)),
            // web.xml grants /admin/* (users, regions, parties) to administrators only.
            new NavigationItem("nav.admin", "/admin/users", Set.of("/admin/users.xhtml", "/admin/user.xhtml",
                    "/admin/regions.xhtml", "/admin/parties.xhtml"), Set.of(Role.ADMIN)),
            // Everyone has notifications (web.xml grants the one page to all five roles); the layout adds the unread count.
            new NavigationItem(NavigationItem.NOTIFICATIONS, "/routing/notifications", Set.of("/routing/notifications.xhtml"),
                    Set.of(Role.values())));

    @Inject
    CurrentUser user;

    public List<NavigationItem> getItems() {
        return ITEMS.stream().filter(item -> item.roles().stream().anyMatch(user::isIn)).toList();
    }

    /** Whether the user's navigation leads to {@code outcome}: links elsewhere to an area follow the same roles. */
    public boolean offers(String outcome) {
        return getItems().stream().anyMatch(item -> item.outcome().equals(outcome));
    }

    public boolean isCurrent(NavigationItem item) {
        return item.views().contains(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }
}
