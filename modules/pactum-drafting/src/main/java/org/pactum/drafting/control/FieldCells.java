package org.pactum.drafting.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.drafting.entity.Cell;
import org.pactum.registry.boundary.AgreementDraft;

/**
 * An agreement's fields as the cells a merge compares, read alike from a revision (which keeps parties by value) and
 * from a draft being saved (which names them by directory id): the parties compare by their ids in order.
 */
final class FieldCells {

    private static final String KIND = "kind";
    private static final String LANGUAGES = "languages";
    private static final String PARTIES = "parties";
    private static final String AREAS = "areas";
    private static final String STARTS_ON = "term.startsOn";
    private static final String YEARS = "term.years";
    private static final String RENEWAL = "term.autoRenewal";

    private FieldCells() {
    }

    /** @param fields a revision's flat fields ({@code title.kk}, {@code parties[1].id}, …) */
    static SortedMap<String, String> ofRevision(Map<String, String> fields) {
        SortedMap<String, String> cells = new TreeMap<>();
        cells.put(KIND, fields.get(KIND));
        cells.put(LANGUAGES, fields.get(LANGUAGES));
        for (Language language : Language.values()) {
            cells.put(Cell.title(language), fields.get(Cell.title(language)));
        }
        List<String> parties = new ArrayList<>();
        for (int i = 0; fields.containsKey("parties[" + i + "].id"); i++) {
            parties.add(fields.get("parties[" + i + "].id"));
        }
        cells.put(PARTIES, String.join(",", parties));
        cells.put(AREAS, fields.getOrDefault(AREAS, ""));
        cells.put(STARTS_ON, fields.get(STARTS_ON));
        cells.put(YEARS, fields.get(YEARS));
        cells.put(RENEWAL, fields.get(RENEWAL));
        return cells;
    }

    static SortedMap<String, String> ofDraft(AgreementDraft draft) {
        SortedMap<String, String> cells = new TreeMap<>();
        cells.put(KIND, draft.kind() == null ? null : draft.kind().name());
        cells.put(LANGUAGES, draft.languages() == null ? null
                : draft.languages().stream().map(Language::code).collect(Collectors.joining(",")));
        LocalizedText title = draft.title() == null ? LocalizedText.empty() : draft.title();
        for (Language language : Language.values()) {
            cells.put(Cell.title(language), title.in(language).orElse(null));
        }
        cells.put(PARTIES, draft.partyIds() == null ? ""
                : draft.partyIds().stream().map(id -> Objects.toString(id, "")).collect(Collectors.joining(",")));
        cells.put(AREAS, draft.areas() == null ? ""
                : String.join(",", new TreeSet<>(draft.areas().stream().map(Enum::name).toList())));
        Term term = draft.term();
        cells.put(STARTS_ON, term == null ? null : term.startsOn().map(LocalDate::toString).orElse(null));
        cells.put(YEARS, term == null ? null : String.valueOf(term.years()));
        cells.put(RENEWAL, term == null ? null : String.valueOf(term.autoRenewal()));
        return cells;
    }

    /** The draft the merged cells describe; what cannot be read is left for the save's own checks to report. */
    static AgreementDraft toDraft(Map<String, String> cells) {
        AgreementKind kind = find(AgreementKind.class, cells.get(KIND)).orElse(null);
        List<Language> languages = cells.get(LANGUAGES) == null ? null : split(cells.get(LANGUAGES)).stream()
                .map(Language::fromCode).flatMap(Optional::stream).toList();
        Map<Language, String> titles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            titles.put(language, cells.get(Cell.title(language)));
        }
        List<Long> parties = split(cells.get(PARTIES)).stream().map(FieldCells::id).toList();
        Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
        split(cells.get(AREAS)).forEach(area -> find(CooperationArea.class, area).ifPresent(areas::add));
        Term term = cells.get(YEARS) == null ? null
                : new Term(date(cells.get(STARTS_ON)), number(cells.get(YEARS)), Boolean.parseBoolean(cells.get(RENEWAL)));
        return new AgreementDraft(kind, languages, LocalizedText.of(titles), parties, areas, term);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(",", -1));
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> find(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
