package org.pactum.web.drafting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.web.forms.FormProblems;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.forms.Place;

/**
 * The fields of an agreement as a form holds them between requests: plain strings, exactly as typed, so nothing the
 * user typed is lost to a conversion error and every rule is checked once, by the domain, when the form is sent.
 * Parties sit in numbered slots because their order matters: the first is {@code {party1.…}} in the wording.
 */
public class AgreementFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every language an agreement can have, in the order the form offers them. */
    public static final List<String> ALL_LANGUAGES = Arrays.stream(Language.values()).map(Language::code).toList();

    private List<String> languages = new ArrayList<>();
    /** The languages as stored, so saving keeps their order (the first is the one drafted in). */
    private List<String> storedLanguages = List.of();
    private Map<String, String> titles = new HashMap<>();
    private List<String> partyIds = new ArrayList<>(List.of("", ""));
    private List<String> areas = new ArrayList<>();
    private String years = "5";
    private boolean autoRenewal = true;
    private String startsOn;

    /** An empty form for a new agreement in the given languages. */
    public static AgreementFields forNew(List<Language> languages) {
        AgreementFields fields = new AgreementFields();
        fields.languages = new ArrayList<>(languages.stream().map(Language::code).toList());
        return fields;
    }

    public static AgreementFields of(Agreement agreement) {
        AgreementFields fields = new AgreementFields();
        fields.languages = new ArrayList<>(agreement.languages().stream().map(Language::code).toList());
        fields.storedLanguages = List.copyOf(fields.languages);
        agreement.title().asMap().forEach((language, text) -> fields.titles.put(language.code(), text));
        fields.partyIds = new ArrayList<>(agreement.parties().stream().map(party -> String.valueOf(party.id())).toList());
        while (fields.partyIds.size() < 2) {
            fields.partyIds.add("");
        }
        fields.areas = new ArrayList<>(agreement.areas().stream().sorted().map(Enum::name).toList());
        Term term = agreement.term();
        fields.years = term == null ? "" : String.valueOf(term.years());
        fields.autoRenewal = term != null && term.autoRenewal();
        fields.startsOn = term == null ? null : term.startsOn().map(LocalDate::toString).orElse(null);
        return fields;
    }

    /**
     * The form filled from a draft that was never stored as such, e.g. a late save merged with the revision saved
     * meanwhile. Its languages keep the draft's order.
     */
    static AgreementFields of(AgreementDraft draft) {
        AgreementFields fields = new AgreementFields();
        fields.languages = new ArrayList<>(draft.languages() == null ? List.of() : draft.languages().stream().map(Language::code).toList());
        fields.storedLanguages = List.copyOf(fields.languages);
        draft.title().asMap().forEach((language, text) -> fields.titles.put(language.code(), text));
        fields.partyIds = new ArrayList<>(draft.partyIds().stream().map(id -> id == null ? "" : String.valueOf(id)).toList());
        while (fields.partyIds.size() < 2) {
            fields.partyIds.add("");
        }
        fields.areas = new ArrayList<>(draft.areas().stream().sorted().map(Enum::name).toList());
        Term term = draft.term();
        fields.years = term == null ? "" : String.valueOf(term.years());
        fields.autoRenewal = term != null && term.autoRenewal();
        fields.startsOn = term == null ? null : term.startsOn().map(LocalDate::toString).orElse(null);
        return fields;
    }

    /**
     * The draft these fields describe. Empty party slots are left out; what else is wrong is for the domain to say,
     * so a year count that is no number goes in as 0 and is reported as the domain reports any wrong term.
     *
     * @throws org.pactum.domain.error.InvalidInputException on {@code term.startsOn} when the date cannot be read
     */
    public AgreementDraft toDraft(AgreementKind kind) {
        Violations violations = new Violations();
        LocalDate start = null;
        if (startsOn != null && !startsOn.isBlank()) {
            try {
                start = LocalDate.parse(startsOn.strip());
            } catch (DateTimeParseException e) {
                violations.add("term.startsOn", Rule.MALFORMED, "must be a date such as 2026-09-01");
            }
        }
        violations.throwIfAny();
        List<Language> chosen = chosenLanguages();
        Map<Language, String> titleTexts = new EnumMap<>(Language.class);
        // A title is one line, however the text area wrapped or broke it.
        chosen.forEach(language -> titleTexts.put(language,
                titles.get(language.code()) == null ? null : titles.get(language.code()).replaceAll("\\s*[\\r\\n]+\\s*", " ")));
        Set<CooperationArea> chosenAreas = EnumSet.noneOf(CooperationArea.class);
        for (String area : areas) {
            Arrays.stream(CooperationArea.values()).filter(a -> a.name().equals(area)).forEach(chosenAreas::add);
        }
        return new AgreementDraft(kind, chosen, LocalizedText.of(titleTexts), chosenPartyIds(), chosenAreas,
                new Term(start, number(years), autoRenewal));
    }

    /** The chosen languages: those stored in their stored order, then the newly chosen ones in the form's order. */
    public List<Language> chosenLanguages() {
        List<String> ordered = new ArrayList<>(storedLanguages.stream().filter(languages::contains).toList());
        ALL_LANGUAGES.stream().filter(code -> languages.contains(code) && !ordered.contains(code)).forEach(ordered::add);
        return ordered.stream().map(Language::fromCode).flatMap(Optional::stream).toList();
    }

    /** The chosen languages' codes, in the order the agreement will have them: the editor's columns. */
    public List<String> getChosenCodes() {
        return chosenLanguages().stream().map(Language::code).toList();
    }

    /**
     * The party ids of the filled slots. An id that is not a number comes from an altered form; it goes in as
     * {@code null}, which the registry reports as an unknown party in that position.
     */
    List<Long> chosenPartyIds() {
        List<Long> ids = new ArrayList<>();
        for (String slot : partyIds) {
            if (slot == null || slot.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(slot.strip()));
            } catch (NumberFormatException e) {
                ids.add(null);
            }
        }
        return ids;
    }

    /** The slot (0-based) of the n-th filled slot: where a problem with the draft's n-th party is shown. */
    int slotOf(int partyIndex) {
        int filled = -1;
        for (int slot = 0; slot < partyIds.size(); slot++) {
            if (partyIds.get(slot) != null && !partyIds.get(slot).isBlank() && ++filled == partyIndex) {
                return slot;
            }
        }
        return Math.max(0, Math.min(partyIndex, partyIds.size() - 1));
    }

    /**
     * Shows the domain's refusal of the draft: beside the field it concerns, or, for the wording, as a page message
     * naming the article and the language ({@link WordingForm#PLACES}).
     *
     * @param form the client id of the form with the fields, or {@code null} to show every problem as a page message
     *             (in the preview frame, where the fields are not)
     */
    void showProblems(InvalidInputException invalid, String form) {
        if (FormProblems.ofPage(problemPlaces()).show(invalid, form)) {
            PageMessages.error("draft.error.checkFields");
        }
    }

    /** Where the form shows a problem with each of its fields, by the shape of the domain's field path. */
    Map<String, Place> problemPlaces() {
        Map<String, Place> places = new HashMap<>(WordingForm.PLACES);
        places.put("title", Place.field(path -> path.language().map(code -> "titles:" + ALL_LANGUAGES.indexOf(code) + ":title").orElse(null),
                (path, words) -> Place.inLanguage(words.text("draft.part.title"), path, words)));
        places.put("parties[]", Place.field(path -> "parties:" + slotOf(path.index()) + ":party", "draft.error.partyLanguages",
                path -> new Object[] {slotOf(path.index()) + 1}));
        places.put("partyIds[]", Place.field(path -> "parties:" + slotOf(path.index()) + ":party", "draft.error.partyUnknown",
                path -> new Object[] {slotOf(path.index()) + 1}));
        places.put("parties", Place.field("addParty", "draft.error.parties"));
        places.put("languages", Place.field("languages", "draft.error.languages"));
        places.put("languages[]", Place.field("languages", "draft.error.languages"));
        places.put("areas", Place.field("areas", "draft.error.areas"));
        places.put("term.years", Place.field("years", "draft.error.years"));
        places.put("term.startsOn", Place.field("startsOn", "draft.error.startsOn"));
        places.put("kind", Place.page("draft.error.kind"));
        return places;
    }

    public void addParty() {
        partyIds.add("");
    }

    /** Two slots stay: an agreement has at least two parties. */
    public void removeParty(int slot) {
        if (partyIds.size() > 2 && slot >= 0 && slot < partyIds.size()) {
            partyIds.remove(slot);
        }
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public Map<String, String> getTitles() {
        return titles;
    }

    public List<String> getPartyIds() {
        return partyIds;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
    }

    public String getYears() {
        return years;
    }

    public void setYears(String years) {
        this.years = years;
    }

    public boolean isAutoRenewal() {
        return autoRenewal;
    }

    public void setAutoRenewal(boolean autoRenewal) {
        this.autoRenewal = autoRenewal;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }
}
