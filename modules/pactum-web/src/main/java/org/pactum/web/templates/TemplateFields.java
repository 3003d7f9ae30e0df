package org.pactum.web.templates;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.ArticleKeys;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.boundary.TemplateDraft;
import org.pactum.web.forms.ShownProblem;

/**
 * What the template editor's form holds between requests: the template's fields as typed, texts per language code.
 * Texts of a language the administrator unticks stay in the form (ticking it again brings them back) but are not
 * saved. Problems of a refused save are kept beside the fields they concern ({@link #mark}).
 */
public class TemplateFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The parts around the articles, in the order a document has them; {@link Wording}'s names. */
    static final List<String> PARTS = List.of("kindName", "placeAndDate", "preamble", "equallyAuthentic");

    private String id;
    private AgreementKind kind;
    private List<String> languages = new ArrayList<>();
    private final Map<String, Map<String, String>> parts = new LinkedHashMap<>();
    private final List<ArticleFields> articles = new ArrayList<>();
    private final Map<String, String> problems = new HashMap<>();

    private TemplateFields() {
        PARTS.forEach(part -> parts.put(part, new HashMap<>()));
    }

    static TemplateFields of(Template template) {
        TemplateFields fields = new TemplateFields();
        fields.id = template.id();
        fields.kind = template.kind();
        fields.languages = new ArrayList<>(template.languages().stream().map(Language::code).toList());
        fill(fields.parts.get("kindName"), template.kindName());
        fill(fields.parts.get("placeAndDate"), template.placeAndDate());
        fill(fields.parts.get("preamble"), template.preamble());
        fill(fields.parts.get("equallyAuthentic"), template.equallyAuthentic());
        template.clauses().forEach(clause -> fields.articles.add(ArticleFields.of(clause)));
        return fields;
    }

    private static void fill(Map<String, String> typed, LocalizedText text) {
        text.asMap().forEach((language, value) -> typed.put(language.code(), value));
    }

    /** The ticked languages in the registry's order (Russian, Kazakh, English), which is also the columns' order. */
    List<Language> chosenLanguages() {
        return Arrays.stream(Language.values()).filter(language -> languages.contains(language.code())).toList();
    }

    /**
     * The template as it would be saved under {@code templateId}; new articles get keys no article had before.
     *
     * @param keys the keys of the template's articles in every version
     */
    TemplateDraft toDraft(String templateId, ArticleKeys keys) {
        List<Language> chosen = chosenLanguages();
        articles.stream().filter(article -> !article.isNew()).forEach(article -> keys.take(article.getKey()));
        List<Clause> clauses = new ArrayList<>();
        for (ArticleFields article : articles) {
            clauses.add(article.toClause(article.isNew() ? keys.next() : null, chosen));
        }
        Wording wording = new Wording(part("kindName", chosen), part("placeAndDate", chosen), part("preamble", chosen),
                new AgreementText(clauses), part("equallyAuthentic", chosen));
        return new TemplateDraft(templateId, kind, chosen, wording);
    }

    private LocalizedText part(String name, List<Language> chosen) {
        return ArticleFields.texts(parts.get(name), chosen);
    }

    void add() {
        articles.add(ArticleFields.blank());
    }

    void insertAfter(int index) {
        articles.add(Math.min(index + 1, articles.size()), ArticleFields.blank());
    }

    void remove(int index) {
        if (index >= 0 && index < articles.size()) {
            articles.remove(index);
        }
    }

    /** Swaps the article with the one before it; the first stays first. */
    void moveUp(int index) {
        if (index > 0 && index < articles.size()) {
            articles.add(index - 1, articles.remove(index));
        }
    }

    void moveDown(int index) {
        moveUp(index + 1);
    }

    /**
     * Puts each problem beside its field — {@code articles:2:text.kk} beside an article's text, {@code preamble.ru}
     * or {@code id} beside a field of the template ({@link TemplatePlaces}) — forgetting those of an earlier save.
     *
     * @return the problems' sentences for the top of the page, each once, in the order refused
     */
    List<String> mark(List<ShownProblem> shown) {
        clearProblems();
        for (ShownProblem problem : shown) {
            problem.field().ifPresent(field -> problemsOf(field).put(field.substring(field.lastIndexOf(':') + 1), problem.beside()));
        }
        return shown.stream().map(ShownProblem::sentence).distinct().toList();
    }

    /** The article's problems for {@code articles:<index>:…}, else the template's. */
    private Map<String, String> problemsOf(String field) {
        String[] parts = field.split(":");
        return parts.length == 3 && parts[0].equals("articles") ? articles.get(Integer.parseInt(parts[1])).getProblems() : problems;
    }

    void clearProblems() {
        problems.clear();
        articles.forEach(article -> article.getProblems().clear());
    }

    /** The typed text of a part around the articles, e.g. {@code preamble}, in a language. */
    String partIn(String part, String code) {
        return parts.get(part).getOrDefault(code, "");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    /** The ticked language codes in column order, for the page's columns. */
    public List<String> getColumns() {
        return chosenLanguages().stream().map(Language::code).toList();
    }

    public Map<String, Map<String, String>> getParts() {
        return parts;
    }

    public List<ArticleFields> getArticles() {
        return articles;
    }

    /** Problems of the fields around the articles, keyed {@code id}, {@code kind}, {@code languages}, {@code preamble.kk}… */
    public Map<String, String> getProblems() {
        return problems;
    }
}
