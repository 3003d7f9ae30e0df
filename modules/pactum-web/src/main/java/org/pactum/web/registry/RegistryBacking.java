package org.pactum.web.registry;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.AgreementQuery;
import org.pactum.domain.agreement.AgreementStatus;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.registry.boundary.Directory;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.PageParameters;
import org.pactum.web.faces.PagedResult;

/**
 * The registry page: filters arrive as URL parameters (a GET form), so every search can be bookmarked and shared.
 * A parameter that does not name a known status, kind, party or page is ignored rather than answered with an error: it
 * comes from an edited or outdated link, and the full registry is the most useful answer to it.
 */
@Named
@RequestScoped
public class RegistryBacking extends PagedResult<AgreementRow> {

    @Inject
    AgreementRegistry registry;

    @Inject
    Directory directory;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    private String q;
    private String status;
    private String kind;
    private String region;
    private String party;
    private String page;
    private String size;

    public RegistryBacking() {
        super(AgreementQuery.DEFAULT_SIZE);
    }

    public void search() {
        int pageSize = PageParameters.size(size, AgreementQuery.DEFAULT_SIZE, AgreementQuery.MAX_SIZE);
        AgreementQuery query = new AgreementQuery(parse(AgreementStatus.class, status).orElse(null), partyId(), region,
                parse(AgreementKind.class, kind).orElse(null), q, PageParameters.index(page, pageSize), pageSize);
        show(registry.summaries(query).map(agreement -> AgreementRow.of(agreement, language.getLanguage(), dates)));
    }

    /** The party chosen; an id that is not a number is ignored, as an unknown status is, and one of no party finds none. */
    private Long partyId() {
        try {
            return party == null || party.isBlank() ? null : Long.valueOf(party.strip());
        } catch (NumberFormatException edited) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    public boolean isFiltered() {
        return q != null && !q.isBlank() || status != null && !status.isBlank() || kind != null && !kind.isBlank()
                || region != null && !region.isBlank() || partyId() != null;
    }

    public List<AgreementStatus> getStatuses() {
        return List.of(AgreementStatus.values());
    }

    public List<AgreementKind> getKinds() {
        return List.of(AgreementKind.values());
    }

    public List<RegionOption> getRegions() {
        return directory.regions().stream().map(r -> RegionOption.of(r, language.getLanguage())).toList();
    }

    /** Every party, by name in the reader's language: "all agreements of this party" is the registry's exact question. */
    public List<PartyOption> getParties() {
        Collator order = Collator.getInstance(Locale.forLanguageTag(language.getLanguage().code()));
        return directory.parties(null, null).stream().map(p -> PartyOption.of(p, language.getLanguage()))
                .sorted(Comparator.comparing(PartyOption::label, order)).toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
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
