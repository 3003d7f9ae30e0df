package org.pactum.drafting.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.SelfReference;
import org.pactum.domain.language.GrammaticalCase;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Placeholder;
import org.pactum.domain.text.PlaceholderCheck;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.entity.AgreementParticulars;

/**
 * Fills an agreement's wording from its fields, in the agreement's languages. Party names come from the agreement, which
 * already guarantees them in each of its languages; a region without a name in some language falls back to its
 * Russian name, the registry's working language.
 */
public final class TemplateFiller {

    private final StandardPhrases phrases;

    public TemplateFiller(StandardPhrases phrases) {
        this.phrases = Objects.requireNonNull(phrases, "phrases");
    }

    /**
     * The wording with every placeholder replaced, in the agreement's languages. A text not yet written in one of them
     * stays empty there: a draft may be previewed before its translation is finished.
     */
    public Wording fill(Wording wording, Agreement agreement) {
        return fill(wording, AgreementParticulars.of(agreement));
    }

    /** The same for any particulars, such as an earlier revision's. */
    public Wording fill(Wording wording, AgreementParticulars agreement) {
        List<Language> languages = agreement.languages();
        Fill fill = new Fill(agreement, languages);
        List<Clause> clauses = wording.clauses().stream()
                .map(clause -> new Clause(clause.key(), fill.of(clause.heading()), fill.of(clause.text())))
                .toList();
        LocalizedText authentic = languages.size() > 1 ? fill.of(wording.equallyAuthentic()) : LocalizedText.empty();
        return new Wording(fill.of(wording.kindName()), fill.of(wording.placeAndDate()), fill.of(wording.preamble()),
                new AgreementText(clauses), authentic);
    }

    private final class Fill {

        private final AgreementParticulars agreement;
        private final List<Language> languages;

        Fill(AgreementParticulars agreement, List<Language> languages) {
            this.agreement = agreement;
            this.languages = languages;
        }

        LocalizedText of(LocalizedText text) {
            Map<Language, String> filled = new EnumMap<>(Language.class);
            for (Language language : languages) {
                text.in(language).ifPresent(value -> filled.put(language, replace(value, language)));
            }
            return LocalizedText.of(filled);
        }

        private String replace(String text, Language language) {
            Matcher matcher = PlaceholderCheck.PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                Placeholder placeholder = Placeholder.named(matcher.group(1)).orElseThrow(
                        () -> new IllegalStateException("unknown placeholder " + matcher.group() + "; the reader lets none through"));
                String value = placeholder.documentCase()
                        .map(grammaticalCase -> selfReference(grammaticalCase, language, Placeholder.capitalised(matcher.group(1))))
                        .orElseGet(() -> value(placeholder, language));
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        private String selfReference(GrammaticalCase grammaticalCase, Language language, boolean capitalised) {
            AgreementKind kind = agreement.kind();
            if (kind == null) {
                throw new IllegalStateException("Agreement " + agreement.number() + " has no kind to name itself by");
            }
            return capitalised ? SelfReference.capitalised(kind, language, grammaticalCase)
                    : SelfReference.of(kind, language, grammaticalCase);
        }

        private String value(Placeholder placeholder, Language language) {
            return switch (placeholder) {
                case PARTY1_ORGANIZATION -> party(0).organization().preferring(language);
                case PARTY2_ORGANIZATION -> party(1).organization().preferring(language);
                case PARTY1_SIGNATORY -> party(0).name().preferring(language);
                case PARTY2_SIGNATORY -> party(1).name().preferring(language);
                case PARTY1_POSITION -> party(0).position().preferring(language);
                case PARTY2_POSITION -> party(1).position().preferring(language);
                case PARTY1_REGION -> party(0).region().preferring(language);
                case PARTY2_REGION -> party(1).region().preferring(language);
                case AREAS -> phrases.areas(agreement.areas(), language);
                case LANGUAGES -> phrases.languages(languages, language);
                case TERM_YEARS -> phrases.years(agreement.term().years(), language);
                case TERM_STARTS_ON -> phrases.date(agreement.term().startsOn().orElse(null), language);
                case TERM_RENEWAL -> phrases.renewal(agreement.term().autoRenewal(), language);
                case NUMBER -> agreement.number();
                case DATE -> phrases.date(agreement.date(), language);
                case DOCUMENT_NOMINATIVE, DOCUMENT_GENITIVE, DOCUMENT_DATIVE, DOCUMENT_ACCUSATIVE, DOCUMENT_INSTRUMENTAL,
                     DOCUMENT_LOCATIVE, DOCUMENT_ABLATIVE -> throw new IllegalStateException(placeholder + " is named by the kind");
            };
        }

        private AgreementParticulars.Signatory party(int index) {
            List<AgreementParticulars.Signatory> parties = agreement.parties();
            if (index >= parties.size()) {
                throw new IllegalStateException("Agreement " + agreement.number() + " has " + parties.size()
                        + " parties; its template names party " + (index + 1));
            }
            return parties.get(index);
        }
    }
}
