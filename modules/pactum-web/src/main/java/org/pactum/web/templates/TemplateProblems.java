package org.pactum.web.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.web.faces.RuleMessages;

/**
 * Turns the catalogue's refusal of a template ({@code wording.clauses[2].text.kk: …}) into what an administrator
 * can act on: the problem beside the field it concerns, and a sentence naming the article by number and heading for
 * the list at the top. What is wrong is worded from the rule the refusal names ({@link RuleMessages}), because the
 * refusal's own wording is English developer text.
 */
final class TemplateProblems {

    private static final Pattern ARTICLE_FIELD = Pattern.compile("wording\\.clauses\\[(\\d+)]\\.(heading|text)(?:\\.([a-z]{2}))?");
    private static final Pattern ARTICLE = Pattern.compile("wording\\.clauses\\[(\\d+)].*");
    private static final Pattern PART = Pattern.compile("wording\\.(kindName|placeAndDate|preamble|equallyAuthentic)(?:\\.([a-z]{2}))?");

    private final BiFunction<String, Object[], String> texts;
    private final RuleMessages rules;

    /** @param texts the interface's sentences by bundle key, e.g. {@code PageMessages::text} */
    TemplateProblems(BiFunction<String, Object[], String> texts) {
        this.texts = texts;
        this.rules = new RuleMessages(texts);
    }

    /**
     * Puts each problem beside its field in the form and returns all of them as sentences, in the order refused.
     *
     * @param reader the interface language, in which an article is named by its heading when it has one
     */
    List<String> show(List<FieldError> errors, TemplateFields form, Language reader) {
        form.clearProblems();
        List<String> sentences = new ArrayList<>();
        for (FieldError error : errors) {
            explain(error, form, reader, sentences);
        }
        return sentences.stream().distinct().toList();
    }

    private void explain(FieldError error, TemplateFields form, Language reader, List<String> sentences) {
        String field = error.field();
        String what = rules.what(asShown(error));
        Matcher articleField = ARTICLE_FIELD.matcher(field);
        Matcher article = ARTICLE.matcher(field);
        Matcher part = PART.matcher(field);
        if (articleField.matches() && index(articleField.group(1)) < form.getArticles().size()) {
            int index = index(articleField.group(1));
            ArticleFields fields = form.getArticles().get(index);
            String which = articleField.group(2);
            Map<String, String> typed = which.equals("heading") ? fields.getHeading() : fields.getText();
            for (String code : languagesOf(articleField.group(3), typed, form)) {
                fields.getProblems().put(which + "." + code, what);
                sentences.add(text("template.problem.article", index + 1, named(fields, form, reader),
                        text("template.field." + which), text("template.in." + code), what));
            }
        } else if (article.matches() && index(article.group(1)) < form.getArticles().size()) {
            int index = index(article.group(1));
            form.getArticles().get(index).getProblems().put("article", what);
            sentences.add(text("template.problem.articleAsWhole", index + 1,
                    named(form.getArticles().get(index), form, reader), what));
        } else if (part.matches()) {
            String name = part.group(1);
            Map<String, String> typed = form.getParts().get(name);
            for (String code : languagesOf(part.group(2), typed, form)) {
                form.getProblems().put(name + "." + code, what);
                sentences.add(text("template.problem.part", text("template.part." + name), text("template.in." + code), what));
            }
        } else {
            String name = field.startsWith("languages") ? "languages" : field.equals("wording.clauses") ? "clauses" : field;
            String key = "template.problem." + name;
            String sentence = text(key);
            if (sentence.equals(key)) {
                sentence = text("error.invalidField", field);
            }
            form.getProblems().put(name, sentence);
            sentences.add(sentence);
        }
    }

    /** In the template editor every ticked language is a column to fill: a text missing in one is an empty field. */
    private static FieldError asShown(FieldError error) {
        return error.rule() == Rule.NOT_TRANSLATED ? new FieldError(error.field(), Rule.REQUIRED, error.message()) : error;
    }

    /**
     * The language a field names, or, when it names none ("the kind's name must be given in every language"), every
     * ticked language whose text is empty; all ticked ones when none is empty, so the problem is never lost.
     */
    private static List<String> languagesOf(String named, Map<String, String> typed, TemplateFields form) {
        if (named != null) {
            return List.of(named);
        }
        List<String> columns = form.getColumns();
        List<String> empty = columns.stream().filter(code -> blank(typed.get(code))).toList();
        return empty.isEmpty() ? columns : empty;
    }

    /** « heading» in the reader's language, else in the first ticked language that has one; empty without any. */
    private String named(ArticleFields article, TemplateFields form, Language reader) {
        List<String> order = new ArrayList<>();
        if (form.getColumns().contains(reader.code())) {
            order.add(reader.code());
        }
        order.addAll(form.getColumns());
        Optional<String> heading = order.stream().map(article::headingIn).filter(value -> !blank(value)).findFirst();
        return heading.map(value -> text("template.heading", value.strip())).orElse("");
    }

    private static int index(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String text(String key, Object... arguments) {
        return texts.apply(key, arguments);
    }
}
