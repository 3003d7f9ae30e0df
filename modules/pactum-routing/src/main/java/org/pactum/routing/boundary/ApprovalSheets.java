package org.pactum.routing.boundary;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.Registration;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.language.Language;
import org.pactum.domain.party.Party;
import org.pactum.domain.route.ApprovalRoute;
import org.pactum.domain.route.ApprovalRoutes;
import org.pactum.domain.route.ApprovalTask;
import org.pactum.domain.route.RouteStage;
import org.pactum.domain.route.TaskState;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.pdf.approval.ApprovalSheet;
import org.pactum.pdf.approval.ApprovalSheet.Entry;
import org.pactum.pdf.approval.ApprovalSheet.Person;
import org.pactum.pdf.approval.ApprovalSheetPdf;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.routing.entity.ApprovalSheetFile;

/**
 * Agreements' approval sheets: the route as it stands now, every round, with accounts turned into the names and posts
 * people sign under, printed in the administration's time zone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApprovalSheets {

    /** Who closes a task when its deadline passes (see ApprovalRoute): no person, so the sheet says why instead. */
    private static final String SYSTEM = "system";

    @Inject
    AgreementRegistry registry;

    @Inject
    ApprovalRoutes routes;

    @Inject
    UserAccounts accounts;

    @Inject
    @ConfigProperty(name = "pactum.ui.time-zone", defaultValue = "Asia/Omsk")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** @throws NotFoundException when there is no such agreement or it has never been on a route */
    public ApprovalSheetFile pdf(long agreementId, Language language) {
        return pdf(agreementId, language, null);
    }

    /**
     * @param printedBy the account asking, named in the footer; null for none
     * @throws NotFoundException when there is no such agreement or it has never been on a route
     */
    public ApprovalSheetFile pdf(long agreementId, Language language, String printedBy) {
        Objects.requireNonNull(language, "language");
        Agreement agreement = registry.get(agreementId);
        ApprovalRoute route = routes.ofAgreement(agreementId)
                .orElseThrow(() -> new NotFoundException("Approval route of agreement", agreementId));
        Registration registration = agreement.registration().orElse(null);
        ApprovalSheet sheet = new ApprovalSheet(agreement.kind(), agreement.number(),
                registration == null ? null : registration.number(), registration == null ? null : registration.date(),
                agreement.title(), agreement.parties().stream().map(Party::organization).toList(),
                person(route.author()), route.routeName(), route.state(), route.round(), route.revision(),
                route.contentHash(), route.startedAt(), route.finishedAt(), stages(route), entries(route),
                ZoneId.of(timeZone), clock.instant(), printedBy == null ? null : person(printedBy).name());
        String stem = ApprovalSheetPdf.title(language) + " " + (registration == null ? agreement.number()
                : registration.number());
        return new ApprovalSheetFile(agreementId, language, stem, agreement.number() + "-approval-sheet",
                ApprovalSheetPdf.render(sheet, language));
    }

    private static List<ApprovalSheet.Stage> stages(ApprovalRoute route) {
        return route.stages().stream().map(ApprovalSheets::stage).toList();
    }

    private static ApprovalSheet.Stage stage(RouteStage stage) {
        return new ApprovalSheet.Stage(stage.name(), stage.rule(), stage.quorum());
    }

    private List<Entry> entries(ApprovalRoute route) {
        return route.tasks().stream()
                .sorted(Comparator.comparingInt(ApprovalTask::round).thenComparingInt(ApprovalTask::stage)
                        .thenComparing(ApprovalTask::openedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ApprovalTask::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(this::entry).toList();
    }

    /**
     * Who the row names: whoever decided — the assignee or a deputy standing in for them — and otherwise the
     * assignee, since the one who closed or handed on a task did not decide on it; and for whom, when that is not
     * themselves.
     */
    private Entry entry(ApprovalTask task) {
        String acted = task.state().isDecision() && task.decidedBy() != null ? task.decidedBy() : task.assignee();
        Person onBehalfOf = acted.equals(task.principal()) ? null : person(task.principal());
        boolean overdue = task.state() == TaskState.DELEGATED && SYSTEM.equals(task.decidedBy());
        return new Entry(task.round(), task.stage(), person(acted), onBehalfOf, task.state(),
                overdue ? null : task.remark(), task.revision(), task.isPending() ? null : task.decidedAt(),
                task.due(), overdue);
    }

    private Person person(String account) {
        return Person.of(accounts.find(account).map(UserAccount::displayName).orElse(account));
    }
}
