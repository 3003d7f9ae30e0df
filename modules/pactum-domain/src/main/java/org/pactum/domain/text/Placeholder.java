package org.pactum.domain.text;

import java.util.Arrays;
import java.util.Optional;

import org.pactum.domain.language.GrammaticalCase;

/**
 * What a template may leave open, written as {@code {name}} in its texts. Each becomes words in the language of the
 * column it stands in; filled when the agreement is printed. The document's own name in a case,
 * {@code {document.genitive}} and the like, becomes the words its kind takes in that language ("настоящего
 * Меморандума", "осы Келісімнің"); written with a capital, {@code {Document.nominative}}, it starts a sentence.
 */
public enum Placeholder {
    /** The first party's organisation, as it signs: "Правительство Омской области". */
    PARTY1_ORGANIZATION("party1.organization"),
    PARTY2_ORGANIZATION("party2.organization"),
    /** Who signs for the first party: "В. П. Хоценко". */
    PARTY1_SIGNATORY("party1.signatory"),
    PARTY2_SIGNATORY("party2.signatory"),
    /** The first party's signatory's position: "Губернатор Омской области". */
    PARTY1_POSITION("party1.position"),
    PARTY2_POSITION("party2.position"),
    /** The first party's region by its name: "Омская область". */
    PARTY1_REGION("party1.region"),
    PARTY2_REGION("party2.region"),
    /** The areas of cooperation, lower case, separated by commas. */
    AREAS("areas"),
    /** The agreement's languages in the grammar of the sentence "each in the … languages": "русском и казахском". */
    LANGUAGES("languages"),
    /** The length of one term with its noun: "5 лет", "5 жыл", "5 years". */
    TERM_YEARS("term.years"),
    /** The agreed first day of the term, or the blank date line when it starts with signature. */
    TERM_STARTS_ON("term.startsOn"),
    /** The sentence on automatic renewal, or on ending with the term, whichever the agreement says. */
    TERM_RENEWAL("term.renewal"),
    /** The registration number once given, else the registry's reference number. */
    NUMBER("number"),
    /** The registration date once given, else a blank line to date by hand. */
    DATE("date"),
    /** The document naming itself, "настоящее Соглашение" / "осы Келісім" / "this Agreement", in that case. */
    DOCUMENT_NOMINATIVE(GrammaticalCase.NOMINATIVE),
    DOCUMENT_GENITIVE(GrammaticalCase.GENITIVE),
    DOCUMENT_DATIVE(GrammaticalCase.DATIVE),
    DOCUMENT_ACCUSATIVE(GrammaticalCase.ACCUSATIVE),
    DOCUMENT_INSTRUMENTAL(GrammaticalCase.INSTRUMENTAL),
    DOCUMENT_LOCATIVE(GrammaticalCase.LOCATIVE),
    DOCUMENT_ABLATIVE(GrammaticalCase.ABLATIVE);

    private static final String DOCUMENT = "document.";

    private final String token;
    private final GrammaticalCase documentCase;

    Placeholder(String token) {
        this.token = token;
        this.documentCase = null;
    }

    Placeholder(GrammaticalCase documentCase) {
        this.token = DOCUMENT + documentCase.token();
        this.documentCase = documentCase;
    }

    /** The case of the document's own name this placeholder asks for; empty for every other placeholder. */
    public Optional<GrammaticalCase> documentCase() {
        return Optional.ofNullable(documentCase);
    }

    /** Whether the name as written asks for a capital first letter: {@code Document.nominative}. */
    public static boolean capitalised(String token) {
        return token.startsWith("Document.");
    }

    /** The name between the braces. */
    public String token() {
        return token;
    }

    /** Every placeholder as written in a text, e.g. {@code {party1.organization}}. */
    public static String tokens() {
        return String.join(", ", Arrays.stream(values()).map(placeholder -> "{" + placeholder.token + "}").toList());
    }

    public static Optional<Placeholder> named(String token) {
        String name = capitalised(token) ? DOCUMENT + token.substring(DOCUMENT.length()) : token;
        return Arrays.stream(values()).filter(placeholder -> placeholder.token.equals(name)).findFirst();
    }
}
