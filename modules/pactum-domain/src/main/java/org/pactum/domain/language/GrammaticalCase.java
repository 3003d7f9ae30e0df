package org.pactum.domain.language;

/**
 * The grammatical cases a standard text may ask a noun phrase in. Russian has six and Kazakh seven; they share these
 * names, and a language without a case (English, or Russian without a separate ablative) gives the form its
 * sentences use in that place.
 */
public enum GrammaticalCase {
    /** Именительный / атау: "настоящее Соглашение", "осы Келісім". */
    NOMINATIVE("nominative"),
    /** Родительный / ілік: "настоящего Соглашения", "осы Келісімнің". */
    GENITIVE("genitive"),
    /** Дательный / барыс: "настоящему Соглашению", "осы Келісімге". */
    DATIVE("dative"),
    /** Винительный / табыс: "настоящее Соглашение", "осы Келісімді". */
    ACCUSATIVE("accusative"),
    /** Творительный / көмектес: "настоящим Соглашением", "осы Келісіммен". */
    INSTRUMENTAL("instrumental"),
    /** Предложный / жатыс: "(в) настоящем Соглашении", "осы Келісімде". */
    LOCATIVE("locative"),
    /** Шығыс: "осы Келісімнен"; Russian says "из настоящего Соглашения", so it gives the genitive. */
    ABLATIVE("ablative");

    private final String token;

    GrammaticalCase(String token) {
        this.token = token;
    }

    /** The case's name as a placeholder writes it: {@code {document.genitive}}. */
    public String token() {
        return token;
    }
}
