package org.pactum.web.ui;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.control.Placeholder;
import org.pactum.drafting.control.PlaceholderCheck;

/**
 * Turns the domain's list of invalid fields ({@code title.kk}, {@code parties[1]},
 * {@code wording.clauses[3].text.kk}) into sentences in the user's language. A field of the form gets its sentence next
 * to it; a problem in the wording becomes a page message naming the article and the language, because the article may
 * be far down the page. The domain gives one field path for several rules (missing, too long, a wrong placeholder),
 * so which rule it was is read off the text the user sent.
 */
final class DraftProblems {

    private static final Pattern TITLE = Pattern.compile("title\\.([a-z]{2})");
    private static final Pattern PARTY = Pattern.compile("(parties|partyIds)\\[(\\d+)]");
    private static final Pattern ARTICLE = Pattern.compile("wording\\.clauses\\[(\\d+)]\\.(heading|text)\\.([a-z]{2})");
    private static final Pattern PART = Pattern.compile("wording\\.(kindName|placeAndDate|preamble|equallyAuthentic)\\.([a-z]{2})");

    private final String form;
    private final AgreementFields fields;
    private final Wording wording;
    private boolean fieldMarked;

    /**
     * @param form    the client id of the form with the fields, or {@code null} to show every problem as a page
     *                message (in the preview frame, where the fields are not)
     * @param wording the wording sent, or {@code null} when only the fields were
     */
    private DraftProblems(String form, AgreementFields fields, Wording wording) {
        this.form = form;
        this.fields = fields;
        this.wording = wording == null ? Wording.empty() : wording;
    }

    static void show(InvalidInputException invalid, String form, AgreementFields fields, Wording wording) {
        DraftProblems problems = new DraftProblems(form, fields, wording);
        invalid.errors().stream().map(FieldError::field).distinct().forEach(problems::show);
        if (problems.fieldMarked) {
            PageMessages.error("draft.error.checkFields");
        }
    }

    private void show(String field) {
        Matcher matcher;
        if ((matcher = TITLE.matcher(field)).matches()) {
            String code = matcher.group(1);
            atField("titles:" + AgreementFields.ALL_LANGUAGES.indexOf(code) + ":title", "draft.error.title", languageName(code));
        } else if ((matcher = PARTY.matcher(field)).matches()) {
            int slot = fields.slotOf(Integer.parseInt(matcher.group(2)));
            atField("parties:" + slot + ":party",
                    matcher.group(1).equals("parties") ? "draft.error.partyLanguages" : "draft.error.partyUnknown", slot + 1);
        } else if (field.equals("parties")) {
            atField("addParty", "draft.error.parties");
        } else if (field.startsWith("languages")) {
            atField("languages", "draft.error.languages");
        } else if (field.equals("areas")) {
            atField("areas", "draft.error.areas");
        } else if (field.equals("term.years")) {
            atField("years", "draft.error.years");
        } else if (field.equals("term.startsOn")) {
            atField("startsOn", "draft.error.startsOn");
        } else if (field.equals("kind")) {
            PageMessages.error("draft.error.kind");
        } else if (field.equals("wording.clauses")) {
            PageMessages.error("draft.error.clauses", String.valueOf(Wording.MAX_CLAUSES));
        } else if ((matcher = ARTICLE.matcher(field)).matches()) {
            int index = Integer.parseInt(matcher.group(1));
            boolean heading = matcher.group(2).equals("heading");
            String part = PageMessages.text(heading ? "draft.part.heading" : "draft.part.article", index + 1);
            LocalizedText text = article(index).map(clause -> heading ? clause.heading() : clause.text()).orElse(LocalizedText.empty());
            inWording(field, part, text, matcher.group(3), heading ? LocalizedText.MAX_LENGTH : Wording.MAX_CLAUSE_LENGTH);
        } else if ((matcher = PART.matcher(field)).matches()) {
            String name = matcher.group(1);
            LocalizedText text = switch (name) {
                case "kindName" -> wording.kindName();
                case "placeAndDate" -> wording.placeAndDate();
                case "preamble" -> wording.preamble();
                default -> wording.equallyAuthentic();
            };
            int limit = name.equals("preamble") || name.equals("equallyAuthentic") ? Wording.MAX_PARAGRAPH_LENGTH : LocalizedText.MAX_LENGTH;
            inWording(field, PageMessages.text("draft.part." + name), text, matcher.group(2), limit);
        } else {
            PageMessages.error("error.invalidField", field);
        }
    }

    private void inWording(String field, String part, LocalizedText text, String code, int limit) {
        Optional<Language> language = Language.fromCode(code);
        String value = language.flatMap(text::in).orElse("");
        if (value.isEmpty()) {
            PageMessages.error("draft.error.missing", part, languageName(code));
        } else if (value.length() > limit) {
            PageMessages.error("draft.error.tooLong", part, languageName(code), String.valueOf(limit));
        } else if (PlaceholderCheck.mistakeIn(value).isPresent()) {
            PageMessages.error("draft.error.placeholder", part, languageName(code), Placeholder.tokens());
        } else {
            PageMessages.error("error.invalidField", field);
        }
    }

    private Optional<Clause> article(int index) {
        return index < wording.clauses().size() ? Optional.of(wording.clauses().get(index)) : Optional.empty();
    }

    private void atField(String id, String key, Object... arguments) {
        if (form == null) {
            PageMessages.error(key, arguments);
        } else {
            PageMessages.fieldError(form + ":" + id, key, arguments);
            fieldMarked = true;
        }
    }

    private static String languageName(String code) {
        return PageMessages.text("language." + code);
    }
}
