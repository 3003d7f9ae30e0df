package org.pactum.web.ui.browser;

import static org.pactum.web.ui.browser.ShownPage.at;
import static org.pactum.web.ui.browser.ShownPage.via;

import java.util.List;

/**
 * Every page of the application, each as a role that may see it: what {@link EveryPageIT} checks for sideways
 * scrolling and with axe. A new page is one more line here. The pages that answer with a PDF (a revision's PDF, the
 * signed document, a verification report, the draft's preview) are not in it: the browser's PDF viewer shows those.
 */
final class EveryPage {

    private static final String AGREEMENT_LINK = "#agreements tbody tr a.title";

    static final List<ShownPage> PAGES = List.of(
            at("registry", "admin", RegistryPage.PATH),
            via("agreement", "admin", RegistryPage.PATH + "?status=SIGNED", AGREEMENT_LINK),
            via("draft-editor", "admin", RegistryPage.PATH + "?status=DRAFT&region=KZ-63", AGREEMENT_LINK, "a#edit"),
            at("new-agreement", "admin", NewAgreementPage.PATH),
            via("changes", "admin", RegistryPage.PATH + "?status=DRAFT&region=KZ-63", AGREEMENT_LINK, "a.changes-link"),
            at("templates", "admin", TemplatesPage.PATH),
            via("template", "admin", TemplatesPage.PATH, "a.template-id"),
            via("template-edit", "admin", TemplatesPage.PATH, "a.template-id", "a[href*='/templates/edit/']"),
            at("clause-library", "admin", ClauseLibraryPage.PATH),
            at("tasks", "approver1", "/routing/tasks.xhtml"),
            at("notifications", "approver1", "/routing/notifications.xhtml"),
            at("absences", "approver1", "/routing/absences.xhtml"),
            at("routes", "admin", "/routing/admin/routes.xhtml"),
            via("route", "admin", "/routing/admin/routes.xhtml", "a.route-title"),
            at("groups", "admin", "/routing/admin/groups.xhtml"),
            at("users", "admin", UsersPage.PATH),
            via("user", "admin", UsersPage.PATH, "#users a.route-title"),
            at("regions", "admin", "/admin/regions.xhtml"),
            at("parties", "admin", "/admin/parties.xhtml"),
            at("awaiting-signature", "signer1", AwaitingSignaturesPage.PATH),
            via("signing", "signer1", RegistryPage.PATH + "?status=SIGNED", AGREEMENT_LINK, SigningPage.PATH),
            at("verification", "auditor", VerificationPage.PATH),
            at("audit", "auditor", AuditPage.PATH),
            at("profile", "drafter", "/account/profile.xhtml"),
            at("forbidden", "drafter", AuditPage.PATH),
            at("login", null, LoginPage.PATH),
            at("public-verify", null, "/public/verify.xhtml"),
            at("not-found", "drafter", "/no-such-page.xhtml"));

    private EveryPage() {
    }
}
