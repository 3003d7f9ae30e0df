package org.pactum.web.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.Rule;
import org.pactum.domain.language.Language;
import org.pactum.web.forms.FieldPath;
import org.pactum.web.forms.Place;
import org.pactum.web.forms.ShownProblem;
import org.pactum.web.forms.ProblemWords;

/**
 * Where the template editor shows the catalogue's refusal of a template: beside the field it concerns ({@link
 * TemplateFields#mark}), keyed as the page reads its problems ({@code articles:2:text.kk}, {@code preamble.ru},
 * {@code id}), and in a sentence naming the article by number and heading for the list at the top.
 */
final class TemplatePlaces {

    private final TemplateFields form;
    private final Language reader;

    private TemplatePlaces(TemplateFields form, Language reader) {
        this.form = form;
        this.reader = reader;
    }

    /** @param reader the interface language, in which an article is named by its heading when it has one */
    static Map<String, Place> of(TemplateFields form, Language reader) {
        TemplatePlaces places = new TemplatePlaces(form, reader);
        Map<String, Place> table = new HashMap<>(Map.of(
                "id", Place.field("id", "template.problem.id"),
                "kind", Place.field("kind", "template.problem.kind"),
                "languages", Place.field("languages", "template.problem.languages"),
                "languages[]", Place.field("languages", "template.problem.languages"),
                "wording.clauses", Place.field("clauses", "template.problem.clauses"),
                "wording", Place.field("wording", "template.problem.wording"),
                "wording.clauses[]", places::article,
                "wording.clauses[].heading", places::articleField,
                "wording.clauses[].text", places::articleField));
        TemplateFields.PARTS.forEach(part -> table.put("wording." + part, places::part));
        return table;
    }

    /** "Статья 2 «Условия поставок», текст на казахском: неизвестная подстановка {nope}…" */
    private List<ShownProblem> articleField(FieldPath path, FieldError error, ProblemWords words) {
        Optional<ArticleFields> article = article(path);
        if (article.isEmpty()) {
            return List.of();
        }
        String which = path.name();
        String what = words.what(asShown(error));
        Map<String, String> typed = which.equals("heading") ? article.get().getHeading() : article.get().getText();
        return languagesOf(path, typed).stream()
                .map(code -> new ShownProblem(Optional.of("articles:" + path.index() + ":" + which + "." + code), what,
                        words.text("template.problem.article", path.index() + 1, named(article.get(), words),
                                words.text("template.field." + which), words.text("template.in." + code), what)))
                .toList();
    }

    private List<ShownProblem> article(FieldPath path, FieldError error, ProblemWords words) {
        String what = words.what(asShown(error));
        return article(path).map(article -> new ShownProblem(Optional.of("articles:" + path.index() + ":article"), what,
                words.text("template.problem.articleAsWhole", path.index() + 1, named(article, words), what))).stream().toList();
    }

    private List<ShownProblem> part(FieldPath path, FieldError error, ProblemWords words) {
        String name = path.name();
        String what = words.what(asShown(error));
        return languagesOf(path, form.getParts().get(name)).stream()
                .map(code -> new ShownProblem(Optional.of(name + "." + code), what,
                        words.text("template.problem.part", words.text("template.part." + name), words.text("template.in." + code), what)))
                .toList();
    }

    private Optional<ArticleFields> article(FieldPath path) {
        List<ArticleFields> articles = form.getArticles();
        return path.index() < articles.size() ? Optional.of(articles.get(path.index())) : Optional.empty();
    }

    /** In the template editor every ticked language is a column to fill: a text missing in one is an empty field. */
    private static FieldError asShown(FieldError error) {
        return error.rule() == Rule.NOT_TRANSLATED ? new FieldError(error.field(), Rule.REQUIRED, error.message()) : error;
    }

    /**
     * The language the path names, or, when it names none ("the kind's name must be given in every language"), every
     * ticked language whose text is empty; all ticked ones when none is empty, so the problem is never lost.
     */
    private List<String> languagesOf(FieldPath path, Map<String, String> typed) {
        if (path.language().isPresent()) {
            return List.of(path.language().get());
        }
        List<String> columns = form.getColumns();
        List<String> empty = columns.stream().filter(code -> blank(typed.get(code))).toList();
        return empty.isEmpty() ? columns : empty;
    }

    /** « heading» in the reader's language, else in the first ticked language that has one; empty without any. */
    private String named(ArticleFields article, ProblemWords words) {
        List<String> order = new ArrayList<>();
        if (form.getColumns().contains(reader.code())) {
            order.add(reader.code());
        }
        order.addAll(form.getColumns());
        Optional<String> heading = order.stream().map(article::headingIn).filter(value -> !blank(value)).findFirst();
        return heading.map(value -> words.text("template.heading", value.strip())).orElse("");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
