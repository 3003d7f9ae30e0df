package org.pactum.web.drafting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.text.Wording;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.faces.RuleMessages;

/**
 * Turns the domain's list of invalid fields ({@code title.kk}, {@code parties[1]},
 * {@code wording.clauses[3].text.kk}) into sentences in the user's language. A field of the form gets its sentence next
 * to it; a problem in the wording becomes a page message naming the article and the language, because the article may
 * be far down the page, worded from the rule it broke ({@link RuleMessages}).
 */
final class DraftProblems {

    private static final Pattern TITLE = Pattern.compile("title\\.([a-z]{2})");
    private static final Pattern PARTY = Pattern.compile("(parties|partyIds)\\[(\\d+)]");
    private static final Pattern ARTICLE = Pattern.compile("wording\\.clauses\\[(\\d+)]\\.(heading|text)\\.([a-z]{2})");
    private static final Pattern PART = Pattern.compile("wording\\.(kindName|placeAndDate|preamble|equallyAuthentic)\\.([a-z]{2})");

    private final String form;
    private final AgreementFields fields;
    private final RuleMessages rules = RuleMessages.ofPage();
    private boolean fieldMarked;

    /**
     * @param form the client id of the form with the fields, or {@code null} to show every problem as a page message
     *             (in the preview frame, where the fields are not)
     */
    private DraftProblems(String form, AgreementFields fields) {
        this.form = form;
        this.fields = fields;
    }

    static void show(InvalidInputException invalid, String form, AgreementFields fields) {
        DraftProblems problems = new DraftProblems(form, fields);
        invalid.errors().stream().distinct().forEach(problems::show);
        if (problems.fieldMarked) {
            PageMessages.error("draft.error.checkFields");
        }
    }

    private void show(FieldError error) {
        String field = error.field();
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
            String part = PageMessages.text(matcher.group(2).equals("heading") ? "draft.part.heading" : "draft.part.article", index + 1);
            inWording(error, part, matcher.group(3));
        } else if ((matcher = PART.matcher(field)).matches()) {
            inWording(error, PageMessages.text("draft.part." + matcher.group(1)), matcher.group(2));
        } else {
            PageMessages.error("error.invalidField", field);
        }
    }

    /** "Article 5 — Kazakh: unknown placeholder {nope}. …" */
    private void inWording(FieldError error, String part, String code) {
        PageMessages.error(rules.sentence(part + " — " + languageName(code), error));
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
