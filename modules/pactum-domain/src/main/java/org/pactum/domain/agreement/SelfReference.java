package org.pactum.domain.agreement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.pactum.domain.language.GrammaticalCase;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Placeholder;
import org.pactum.domain.text.PlaceholderCheck;
import org.pactum.domain.text.Wording;

/**
 * How an agreement's own text names the document it stands in — "настоящего Соглашения", "осы Меморандумды",
 * "this Protocol of Intent" — for each kind, language and case. Standard texts write {@code {document.genitive}} and
 * so on, and the kind of the agreement they end up in decides the words. A new {@link AgreementKind} needs a row
 * in {@link #forms} (the switch does not compile without it) and its stems in {@link #kindWords}.
 */
public final class SelfReference {

    private SelfReference() {
    }

    /** The words in that case, lower-case demonstrative first: "настоящего Меморандума". */
    public static String of(AgreementKind kind, Language language, GrammaticalCase grammaticalCase) {
        return forms(kind, language).get(grammaticalCase);
    }

    /** The same with the first letter capitalised, for the start of a sentence: "Настоящий Меморандум". */
    public static String capitalised(AgreementKind kind, Language language, GrammaticalCase grammaticalCase) {
        String words = of(kind, language, grammaticalCase);
        return words.substring(0, 1).toUpperCase(language.locale()) + words.substring(1);
    }

    /**
     * The text with each {@code {document.<case>}} replaced by the words this kind takes in that case; every other
     * placeholder is left for the agreement's fields to fill. A standard article taken into a draft reads as the
     * document it is now part of.
     */
    public static String fill(String text, AgreementKind kind, Language language) {
        Matcher matcher = PlaceholderCheck.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group(1);
            Optional<GrammaticalCase> grammaticalCase = Placeholder.named(token).flatMap(Placeholder::documentCase);
            String words = grammaticalCase.map(wanted -> Placeholder.capitalised(token)
                    ? capitalised(kind, language, wanted) : of(kind, language, wanted)).orElse(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Every text of the wording filled as {@link #fill(String, AgreementKind, Language)} does: a template's wording as
     * a new draft of this kind takes it.
     */
    public static Wording fill(Wording wording, AgreementKind kind) {
        return new Wording(fill(wording.kindName(), kind), fill(wording.placeAndDate(), kind), fill(wording.preamble(), kind),
                new AgreementText(wording.clauses().stream().map(clause -> fill(clause, kind)).toList()),
                fill(wording.equallyAuthentic(), kind));
    }

    /** The article with its heading and text filled as {@link #fill(String, AgreementKind, Language)} does. */
    public static Clause fill(Clause clause, AgreementKind kind) {
        return new Clause(clause.key(), fill(clause.heading(), kind), fill(clause.text(), kind));
    }

    private static LocalizedText fill(LocalizedText text, AgreementKind kind) {
        Map<Language, String> filled = new EnumMap<>(Language.class);
        text.asMap().forEach((language, value) -> filled.put(language, fill(value, kind, language)));
        return LocalizedText.of(filled);
    }

    /**
     * The capitalised stems by which a text names a document of this kind, e.g. "Соглашени" and "Келісім": what a text
     * of another kind must not contain. Lower-case "протоколами" (of amendments) and "келісім" (consent) are other words.
     */
    public static List<String> kindWords(AgreementKind kind) {
        return switch (kind) {
            case COOPERATION_AGREEMENT, SISTER_CITY_AGREEMENT -> List.of("Соглашени", "Келісім", "Agreement");
            case MEMORANDUM_OF_COOPERATION -> List.of("Меморандум", "Memorandum");
            case PROTOCOL_OF_INTENT -> List.of("Протокол", "Хаттама", "Protocol");
        };
    }

    private static Map<GrammaticalCase, String> forms(AgreementKind kind, Language language) {
        return switch (language) {
            case RU -> switch (kind) {
                case COOPERATION_AGREEMENT, SISTER_CITY_AGREEMENT -> russian("настоящее Соглашение", "настоящего Соглашения",
                        "настоящему Соглашению", "настоящее Соглашение", "настоящим Соглашением", "настоящем Соглашении");
                case MEMORANDUM_OF_COOPERATION -> russian("настоящий Меморандум", "настоящего Меморандума",
                        "настоящему Меморандуму", "настоящий Меморандум", "настоящим Меморандумом", "настоящем Меморандуме");
                // The short name, as Russian treaties refer to themselves after the title: the full one would read
                // "подписали настоящий Протокол о намерениях о нижеследующем".
                case PROTOCOL_OF_INTENT -> russian("настоящий Протокол", "настоящего Протокола", "настоящему Протоколу",
                        "настоящий Протокол", "настоящим Протоколом", "настоящем Протоколе");
            };
            case KK -> switch (kind) {
                case COOPERATION_AGREEMENT, SISTER_CITY_AGREEMENT -> kazakh("осы Келісім", "осы Келісімнің", "осы Келісімге",
                        "осы Келісімді", "осы Келісіммен", "осы Келісімде", "осы Келісімнен");
                case MEMORANDUM_OF_COOPERATION -> kazakh("осы Меморандум", "осы Меморандумның", "осы Меморандумға",
                        "осы Меморандумды", "осы Меморандуммен", "осы Меморандумда", "осы Меморандумнан");
                case PROTOCOL_OF_INTENT -> kazakh("осы Хаттама", "осы Хаттаманың", "осы Хаттамаға",
                        "осы Хаттаманы", "осы Хаттамамен", "осы Хаттамада", "осы Хаттамадан");
            };
            case EN -> english(switch (kind) {
                case COOPERATION_AGREEMENT -> "this Agreement";
                case SISTER_CITY_AGREEMENT -> "this Sister-City Agreement";
                case MEMORANDUM_OF_COOPERATION -> "this Memorandum";
                case PROTOCOL_OF_INTENT -> "this Protocol of Intent";
            });
        };
    }

    private static Map<GrammaticalCase, String> russian(String nominative, String genitive, String dative, String accusative,
                                                        String instrumental, String prepositional) {
        return table(nominative, genitive, dative, accusative, instrumental, prepositional, genitive);
    }

    private static Map<GrammaticalCase, String> kazakh(String nominative, String genitive, String dative, String accusative,
                                                       String instrumental, String locative, String ablative) {
        return table(nominative, genitive, dative, accusative, instrumental, locative, ablative);
    }

    private static Map<GrammaticalCase, String> english(String phrase) {
        return table(phrase, phrase, phrase, phrase, phrase, phrase, phrase);
    }

    private static Map<GrammaticalCase, String> table(String... forms) {
        Map<GrammaticalCase, String> table = new EnumMap<>(GrammaticalCase.class);
        GrammaticalCase[] cases = GrammaticalCase.values();
        for (int i = 0; i < cases.length; i++) {
            table.put(cases[i], forms[i]);
        }
        return table;
    }
}
