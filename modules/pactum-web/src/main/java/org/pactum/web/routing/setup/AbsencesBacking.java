package org.pactum.web.routing.setup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.route.Absence;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.routing.boundary.RouteAdministration;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.People;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.forms.MarkedFields;
import org.pactum.web.forms.Place;

/**
 * Absences and deputies: every approver names who decides their tasks while they are away, and sees and cancels
 * their own absences; an administrator does so for anyone and sees everyone's. What a save refuses stands beside
 * its field, which the answer lands on: on a phone the form comes after the list.
 */
@Named
@ViewScoped
public class AbsencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Place> PLACES = Map.of(
            "account", Place.field("account", "absences.problem.account"),
            "deputy", Place.field("deputy", "absences.problem.deputy"),
            "firstDay", Place.field("firstDay", "absences.problem.firstDay"),
            "lastDay", Place.field("lastDay", "absences.problem.lastDay"));

    @Inject
    RouteAdministration administration;

    @Inject
    UserAccounts accounts;

    @Inject
    ApproverChoices choices;

    @Inject
    CurrentUser user;

    @Inject
    People people;

    @Inject
    DateDisplay dates;

    private final AbsenceFields form = new AbsenceFields();
    private MarkedFields refused;

    /** Only an administrator's form has the field of who is away; an approver is away themselves. */
    @PostConstruct
    void markable() {
        List<String> fields = new ArrayList<>(List.of("deputy", "firstDay", "lastDay"));
        if (isAdministrator()) {
            fields.addFirst("account");
        }
        refused = new MarkedFields("absence", "record", fields, Set.of());
    }

    /** The caller's absences, or everyone's for an administrator; the latest first. */
    public List<AbsenceRow> getRows() {
        List<Absence> found = new ArrayList<>();
        if (isAdministrator()) {
            accounts.all().forEach(account -> found.addAll(administration.absencesOf(account.username())));
        } else {
            found.addAll(administration.absencesOf(user.getUsername()));
        }
        LocalDate today = LocalDate.now(ZoneId.of(dates.zoneName()));
        return found.stream().sorted(Comparator.comparing(Absence::firstDay).reversed()
                        .thenComparing(Absence::account))
                .map(absence -> new AbsenceRow(absence.id(), people.nameOf(absence.account()),
                        people.nameOf(absence.deputy()), dates.date(absence.firstDay()), dates.date(absence.lastDay()),
                        absence.recordedBy().equals(absence.account()) ? null : people.nameOf(absence.recordedBy()),
                        when(absence, today)))
                .toList();
    }

    private static String when(Absence absence, LocalDate today) {
        if (absence.lastDay().isBefore(today)) {
            return "past";
        }
        return absence.firstDay().isAfter(today) ? "planned" : "now";
    }

    public String record() {
        refused.clear();
        String account = isAdministrator() ? AbsenceFields.orNull(form.getAccount()) : user.getUsername();
        try {
            Absence recorded = administration.recordAbsence(account, AbsenceFields.orNull(form.getDeputy()),
                    AbsenceFields.day("firstDay", form.getFirstDay()), AbsenceFields.day("lastDay", form.getLastDay()),
                    user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("absences.recorded", people.nameOf(recorded.account()), people.nameOf(recorded.deputy()));
            return "/routing/absences?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            FormProblems.ofPage(PLACES).show("absences.invalid", invalid, refused);
        }
        return null;
    }

    /** Ends or cancels an absence: the caller's own, or anyone's for an administrator. */
    public String cancel(long id) {
        try {
            administration.removeAbsence(id, isAdministrator() ? null : user.getUsername(), user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("absences.cancelled");
        } catch (NotFoundException gone) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.error("absences.gone");
        }
        return "/routing/absences?faces-redirect=true";
    }

    public boolean isAdministrator() {
        return user.isIn(Role.ADMIN);
    }

    /** Who may be away: for an administrator, every approver. */
    public List<Choice> getAccounts() {
        return choices.getPeople();
    }

    /**
     * Who may stand in: the approvers but the caller; an administrator, who picks the one away in the same form, sees
     * them all (the domain refuses a deputy for oneself).
     */
    public List<Choice> getDeputies() {
        if (isAdministrator()) {
            return choices.getPeople();
        }
        return choices.getPeople().stream().filter(choice -> !choice.value().equals(user.getUsername())).toList();
    }

    public MarkedFields getRefused() {
        return refused;
    }

    public AbsenceFields getForm() {
        return form;
    }

    /** Today in the pages' time zone, the earliest day the form suggests. */
    public String getToday() {
        return LocalDate.now(ZoneId.of(dates.zoneName())).toString();
    }

    /** The caller, by name, for the form that records one's own absence. */
    public String getMe() {
        return accounts.find(user.getUsername()).map(UserAccount::displayName).orElse(user.getUsername());
    }
}
