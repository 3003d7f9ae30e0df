package org.pactum.web.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
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
import org.pactum.domain.user.UserAccounts;
import org.pactum.pdf.certificate.ActionNames;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.web.download.ContentDisposition;
import org.pactum.web.download.DownloadName;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.PageParameters;
import org.pactum.web.faces.PagedResult;

/**
 * The audit page: the trail filtered by URL parameters (a GET form, so a filtered view can be bookmarked and handed
 * on), newest first unless asked otherwise, and the chain check. Dates are whole days in the interface's time zone,
 * the "to" day included, because that is how people read "from 1 to 3 March" next to times shown in that zone. The
 * same address with {@code export=csv} or {@code export=json} downloads every event the filters match, not only the
 * page shown.
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

    @Inject
    AuditReading reading;

    @Inject
    LanguageBacking language;

    @Inject
    UserAccounts accounts;

    private String agreement;
    private String actor;
    private String action;
    private String from;
    private String to;
    private String page;
    private String size;
    private String order;
    private String export;

    /** False once a filter was found unusable: then nothing is searched, and the page says what is wrong. */
    private boolean usable = true;
    private Long agreementId;
    private String agreementNumber;
    /** The number the agreement is known by (its registration number once given), which names an export. */
    private String shownNumber;
    /** The agreements a title's words match when they match more than one, to choose from. */
    private List<Agreement> candidates = List.of();

    public AuditBacking() {
        super(PAGE_SIZE);
    }

    public void search() {
        Optional<LocalDate> first = day(from, "audit.from");
        Optional<LocalDate> last = day(to, "audit.to");
        resolveAgreement();
        boolean newestFirst = newestFirst();
        if (!usable) {
            return;
        }
        // AuditQuery's "to" is exclusive: the range ends where the day after the last one asked for begins.
        AuditQuery query;
        try {
            query = new AuditQuery(agreementId, actor, knownAction(), first.map(dates::startOf).orElse(null),
                    last.map(day -> dates.startOf(day.plusDays(1))).orElse(null), PageParameters.index(page),
                    PageParameters.size(size, PAGE_SIZE, AuditQuery.MAX_SIZE), newestFirst);
        } catch (InvalidInputException e) {
            PageMessages.invalid(e, "audit.invalid.");
            return;
        }
        if ("csv".equals(export) || "json".equals(export)) {
            download(query);
            return;
        }
        show(reading.page(query, language.getLanguage()));
    }

    /** Every event the filters match, in the order shown, as a file named by what it holds. */
    private void download(AuditQuery query) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        boolean csv = "csv".equals(export);
        String lead = shownNumber != null ? shownNumber : LocalDate.now(ZoneId.of(dates.zoneName())).toString();
        String name = DownloadName.AUDIT_TRAIL.name(lead, language.getLanguage(), List.of(), 0, csv ? "csv" : "json");
        external.setResponseContentType(csv ? AuditCsv.MEDIA_TYPE : "application/json");
        external.setResponseHeader("Content-Disposition", ContentDisposition.attachment(name).header());
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            if (csv) {
                reading.csv(query, language.getLanguage(), out);
            } else {
                reading.json(query, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the audit export", e);
        }
        faces.responseComplete();
    }

    /** Newest first unless the address asks for the order recorded; another word is said, and stops the search. */
    private boolean newestFirst() {
        if (order == null || order.isBlank() || "newest".equals(order.strip())) {
            return true;
        }
        if ("oldest".equals(order.strip())) {
            return false;
        }
        PageMessages.error("audit.invalid.order");
        usable = false;
        return true;
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

    /**
     * Accepts an id, a reference or registration number, or words of the title. Words that match several agreements
     * are said, with the agreements to choose from; words that match none too. Either stops the search.
     */
    private void resolveAgreement() {
        if (agreement == null || agreement.isBlank()) {
            return;
        }
        String reference = agreement.strip();
        List<Agreement> found = find(reference);
        if (found.size() == 1) {
            agreementId = found.getFirst().id();
            agreementNumber = found.getFirst().number();
            shownNumber = DownloadName.shownNumber(found.getFirst());
            return;
        }
        usable = false;
        if (found.isEmpty()) {
            PageMessages.error("audit.invalid.agreement", reference);
        } else {
            PageMessages.error("audit.invalid.several", reference);
            candidates = found;
        }
    }

    private List<Agreement> find(String reference) {
        if (reference.chars().allMatch(Character::isDigit)) {
            try {
                return List.of(registry.get(Long.parseLong(reference)));
            } catch (NotFoundException | NumberFormatException e) {
                return List.of();
            }
        }
        // The registry's text search matches numbers, registration numbers, titles and parties: a number matched
        // exactly is meant alone, else the agreements whose title holds the words.
        List<Agreement> matches = registry.search(new AgreementQuery(null, null, null, null, reference, 0,
                AgreementQuery.MAX_SIZE)).items();
        Optional<Agreement> numbered = matches.stream().filter(candidate -> candidate.number().equalsIgnoreCase(reference)
                || DownloadName.shownNumber(candidate).equalsIgnoreCase(reference)).findFirst();
        if (numbered.isPresent()) {
            return List.of(numbered.get());
        }
        String words = reference.toLowerCase(Locale.ROOT);
        return matches.stream().filter(candidate -> candidate.title().asMap().values().stream()
                .anyMatch(title -> title.toLowerCase(Locale.ROOT).contains(words))).toList();
    }

    /** An action code from an edited link that names no action is ignored, as the registry ignores unknown filters. */
    private String knownAction() {
        return ACTION_CODES.contains(action) ? action : null;
    }

    public ChainVerdict getVerdict() {
        return (ChainVerdict) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(VERDICT);
    }

    /** Every action by its label in the interface's language, in the order the actions are declared. */
    public List<Choice> getActions() {
        return Arrays.stream(AuditAction.values())
                .map(known -> new Choice(known.code(), ActionNames.of(known, language.getLanguage()))).toList();
    }

    /** Everyone who can sign in, by name; a login in the address without an account is offered as it is. */
    public List<Choice> getPeople() {
        List<Choice> people = new ArrayList<>(accounts.all().stream()
                .map(account -> new Choice(account.username(), account.displayName()))
                .sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER)).toList());
        if (present(actor) && people.stream().noneMatch(person -> person.value().equals(actor.strip()))) {
            people.add(new Choice(actor.strip(), actor.strip()));
        }
        return people;
    }

    public List<Agreement> getCandidates() {
        return candidates;
    }

    /** The address of the same filters and order with {@code export=csv} or {@code export=json}. */
    public String exportQuery(String format) {
        StringBuilder query = new StringBuilder("export=").append(format);
        parameter(query, "agreement", agreement);
        parameter(query, "actor", actor);
        parameter(query, "action", action);
        parameter(query, "from", from);
        parameter(query, "to", to);
        parameter(query, "order", order);
        return query.toString();
    }

    private static void parameter(StringBuilder query, String name, String value) {
        if (present(value)) {
            query.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
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
        return present(agreement) || present(actor) || present(action) || present(from) || present(to) || present(order);
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

    /** The person list's value; what a postback decodes for it is ignored (see audit.xhtml). */
    public String getShownActor() {
        return actor;
    }

    public void setShownActor(String ignored) {
        // the filter comes from the address only
    }

    public String getShownAction() {
        return action;
    }

    public void setShownAction(String ignored) {
        // the filter comes from the address only
    }

    public String getShownOrder() {
        return order;
    }

    public void setShownOrder(String ignored) {
        // the filter comes from the address only
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
