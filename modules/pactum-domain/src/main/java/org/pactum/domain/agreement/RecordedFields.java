package org.pactum.domain.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;

/**
 * A revision's fields read back by meaning: the flat pairs {@link AgreementFingerprint#fields} wrote, so an earlier
 * revision can be printed with the title, parties and term it had then. Reading and writing the pairs stay in this
 * package, next to each other.
 */
public final class RecordedFields {

    private final Map<String, String> fields;

    private RecordedFields(Map<String, String> fields) {
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    public static RecordedFields of(Revision revision) {
        return new RecordedFields(revision.fields());
    }

    public String number() {
        return fields.getOrDefault("number", "");
    }

    public List<Language> languages() {
        return split(fields.get("languages")).stream().map(code -> Language.fromCode(code).orElseThrow(
                () -> new IllegalStateException("a revision names the unknown language " + code))).toList();
    }

    /** The kind the agreement had; null for a revision recorded without one. */
    public AgreementKind kind() {
        String kind = fields.get("kind");
        return kind == null ? null : AgreementKind.valueOf(kind);
    }

    public LocalizedText title() {
        return text("title");
    }

    public Set<CooperationArea> areas() {
        Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
        split(fields.get("areas")).forEach(name -> areas.add(CooperationArea.valueOf(name)));
        return areas;
    }

    public Term term() {
        String startsOn = fields.get("term.startsOn");
        return new Term(startsOn == null ? null : LocalDate.parse(startsOn), Integer.parseInt(fields.getOrDefault("term.years", "0")),
                Boolean.parseBoolean(fields.get("term.autoRenewal")));
    }

    /** The parties in the agreement's order, as they were named when the revision was saved. */
    public List<RecordedParty> parties() {
        List<RecordedParty> parties = new ArrayList<>();
        for (int i = 0; fields.containsKey("parties[" + i + "].id"); i++) {
            String prefix = "parties[" + i + "]";
            parties.add(new RecordedParty(text(prefix + ".organization"),
                    fields.get(prefix + ".region"), text(prefix + ".signatoryName"), text(prefix + ".signatoryPosition")));
        }
        return parties;
    }

    /** @param regionCode null when the party had no region */
    public record RecordedParty(LocalizedText organization, String regionCode, LocalizedText signatoryName,
                                LocalizedText signatoryPosition) {
    }

    private LocalizedText text(String name) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String value = fields.get(name + "." + language.code());
            if (value != null) {
                texts.put(language, value);
            }
        }
        return LocalizedText.of(texts);
    }

    private static List<String> split(String list) {
        return list == null || list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }
}
