package org.pactum.web.reading;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.AgreementParticulars;
import org.pactum.web.faces.ParallelRow;

/**
 * An agreement's current text as its page shows it to a reader: what its PDF prints, in the same order, one row per
 * part or article and one column per language of the agreement.
 *
 * @param revision  the revision shown: the agreement's current one
 * @param languages ISO 639-1 codes, in the agreement's order: the columns
 */
public record ReadingText(int revision, List<String> languages, List<ParallelRow> rows) implements Serializable {

    /** @param filled the wording with its placeholders filled from the agreement's fields, as printed */
    static ReadingText of(int revision, AgreementParticulars particulars, Wording filled) {
        List<Language> languages = particulars.languages();
        List<ParallelRow> rows = new ArrayList<>();
        part(rows, "template.part.kindName", filled.kindName(), languages);
        part(rows, "reading.part.title", particulars.title(), languages);
        part(rows, "template.part.placeAndDate", filled.placeAndDate(), languages);
        part(rows, "template.part.preamble", filled.preamble(), languages);
        List<Clause> clauses = filled.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            rows.add(ParallelRow.article(i + 1, clauses.get(i), languages));
        }
        part(rows, "template.part.equallyAuthentic", filled.equallyAuthentic(), languages);
        part(rows, "reading.part.signatories", signatories(particulars.parties(), languages), languages);
        return new ReadingText(revision, languages.stream().map(Language::code).toList(), List.copyOf(rows));
    }

    /** A part none of the languages has is left out, as the PDF leaves it out. */
    private static void part(List<ParallelRow> rows, String labelKey, LocalizedText text, List<Language> languages) {
        if (languages.stream().anyMatch(text::has)) {
            rows.add(ParallelRow.part(labelKey, text, languages));
        }
    }

    /** The signature blocks in each language: each party's organization, then who signs for it and as what. */
    private static LocalizedText signatories(List<AgreementParticulars.Signatory> parties, List<Language> languages) {
        Map<Language, String> blocks = new EnumMap<>(Language.class);
        for (Language language : languages) {
            List<String> lines = parties.stream().map(party -> joined("\n", party.organization().in(language).orElse(""),
                    joined(", ", party.name().in(language).orElse(""), party.position().in(language).orElse(""))))
                    .toList();
            blocks.put(language, String.join("\n\n", lines));
        }
        return LocalizedText.of(blocks);
    }

    private static String joined(String between, String... texts) {
        return String.join(between, Arrays.stream(texts).filter(text -> !text.isBlank()).toList());
    }
}
