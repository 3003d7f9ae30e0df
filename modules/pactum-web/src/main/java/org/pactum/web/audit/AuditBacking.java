package org.pactum.web.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.audit.boundary.AuditTrail;
import org.pactum.audit.entity.ChainVerification;
import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.audit.AuditAction;
import org.pactum.domain.audit.AuditQuery;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.PageParameters;
import org.pactum.web.faces.PagedResult;

/**
 * The audit page: the trail filtered by URL parameters (a GET form, so a filtered view can be bookmarked and handed
 * on), and the chain check. Dates are whole days in the interface's time zone, the "to" day included, because that
 * is how people read "from 1 to 3 March" next to times shown in that zone.
 */
@Named
@RequestScoped
public class AuditBacking extends PagedResult<AuditRow> {

    /** The usual page: long enough for one agreement's whole history. */
    static final int PAGE_SIZE = 50;

    /** Flash key of the verdict, which crosses the redirect after the check. */
    static final String VERDICT = "pactum.audit.verdict";

    private static final List<String> ACTION_CODES = Arrays.stream(AuditAction.values()).map(AuditAction::code).toList();

    @Inject
    AuditTrail trail;

    @Inject
    AgreementRegistry registry;

    @Inject
    DateDisplay dates;

    @Inject
    CurrentUser user;

    private String agreement;
    private String actor;
    private String action;
    private String from;
    private String to;
    private String page;
    private String size;

    /** False once a filter was found unusable: then nothing is searched, and the page says what is wrong. */
    private boolean usable = true;
    private Long agreementId;
    private String agreementNumber;
    private final Map<Long, String> numbers = new HashMap<>();

    public AuditBacking() {
        super(PAGE_SIZE);
    }

    public void search() {
        Optional<LocalDate> first = day(from, "audit.from");
        Optional<LocalDate> last = day(to, "audit.to");
        resolveAgreement();
        if (!usable) {
            return;
        }
        // AuditQuery's "to" is exclusive: the range ends where the day after the last one asked for begins.
        AuditQuery query;
        try {
            query = new AuditQuery(agreementId, actor, knownAction(), first.map(dates::startOf).orElse(null),
                    last.map(day -> dates.startOf(day.plusDays(1))).orElse(null), PageParameters.index(page),
                    PageParameters.size(size, PAGE_SIZE, AuditQuery.MAX_SIZE));
        } catch (InvalidInputException e) {
            PageMessages.invalid(e, "audit.invalid.");
            return;
        }
        show(trail.events(query).map(event -> AuditRow.of(event, dates, this::numberOf)));
    }

    /** Checks the whole chain, records who checked it, and shows the verdict on the same (reloadable) address. */
    public String verify() {
        ChainVerification report = trail.verify();
        trail.recordVerification(user.getUsername(), report);
        FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .put(VERDICT, ChainVerdict.of(report, dates.dateTimeWithSeconds(Instant.now())));
        return "/audit/audit.xhtml?faces-redirect=true&includeViewParams=true";
    }

    /** The day typed, empty when none or when it is not a date (which is said, and stops the search). */
    private Optional<LocalDate> day(String text, String labelKey) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            PageMessages.error("audit.invalid.date", PageMessages.text(labelKey));
            usable = false;
            return Optional.empty();
        }
    }

    /** Accepts an id or a reference number; one that names no agreement is said, and stops the search. */
    private void resolveAgreement() {
        if (agreement == null || agreement.isBlank()) {
            return;
        }
        Optional<Agreement> found = find(agreement.strip());
        if (found.isEmpty()) {
            PageMessages.error("audit.invalid.agreement", agreement.strip());
            usable = false;
            return;
        }
        agreementId = found.get().id();
        agreementNumber = found.get().number();
        numbers.put(agreementId, agreementNumber);
    }

    private Optional<Agreement> find(String reference) {
        if (reference.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(registry.get(Long.parseLong(reference)));
            } catch (NotFoundException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        // The registry's text search also matches titles; only the agreement with exactly this number is meant.
        return registry.search(new AgreementQuery(null, null, null, null, reference, 0, 10)).items().stream()
                .filter(candidate -> candidate.number().equalsIgnoreCase(reference))
                .findFirst();
    }

    /** An action code from an edited link that names no action is ignored, as the registry ignores unknown filters. */
    private String knownAction() {
        return ACTION_CODES.contains(action) ? action : null;
    }

    private String numberOf(long id) {
        return numbers.computeIfAbsent(id, unknown -> {
            try {
                return registry.get(unknown).number();
            } catch (NotFoundException e) {
                return "#" + unknown;
            }
        });
    }

    public ChainVerdict getVerdict() {
        return (ChainVerdict) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(VERDICT);
    }

    public List<String> getActions() {
        return ACTION_CODES;
    }

    public String getTimeZone() {
        return dates.zoneName();
    }

    /** The agreement the trail is filtered by, or null. */
    public Long getAgreementId() {
        return agreementId;
    }

    public String getAgreementNumber() {
        return agreementNumber;
    }

    public boolean isFiltered() {
        return present(agreement) || present(actor) || present(action) || present(from) || present(to);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
