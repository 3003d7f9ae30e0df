package org.pactum.web.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.language.Language;
import org.pactum.domain.template.Template;
import org.pactum.domain.template.TemplateVersion;
import org.pactum.domain.text.Clause;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.ParallelRow;

/**
 * One version of a template as its page shows it: who saved it, and its whole wording side by side per language.
 *
 * @param latest    the template's latest version, so an older one can say that it is not the current text
 * @param languages ISO 639-1 codes, in the template's order: the columns
 * @param opening   the lines before the articles: kind, place and date, preamble
 * @param closing   the statement after the articles that every language's text is equally authentic
 */
public record TemplateText(String id, AgreementKind kind, int version, int latest, List<String> languages,
                           String savedBy, String savedAt, List<ParallelRow> opening, List<ParallelRow> articles,
                           ParallelRow closing) {

    /** @param people turns a username into the name people know the user by */
    public static TemplateText of(TemplateVersion saved, int latest, DateDisplay dates, UnaryOperator<String> people) {
        Template template = saved.template();
        List<Language> languages = template.languages();
        List<ParallelRow> articles = new ArrayList<>();
        List<Clause> clauses = template.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            articles.add(ParallelRow.article(i + 1, clauses.get(i), languages));
        }
        List<ParallelRow> opening = List.of(
                ParallelRow.part("template.part.kindName", template.kindName(), languages),
                ParallelRow.part("template.part.placeAndDate", template.placeAndDate(), languages),
                ParallelRow.part("template.part.preamble", template.preamble(), languages));
        return new TemplateText(template.id(), template.kind(), template.version(), latest,
                languages.stream().map(Language::code).toList(), people.apply(saved.savedBy()),
                dates.dateTime(saved.savedAt()), opening, articles,
                ParallelRow.part("template.part.equallyAuthentic", template.equallyAuthentic(), languages));
    }

    /** Every row in reading order, as the side-by-side text shows them: opening, articles, closing. */
    public List<ParallelRow> rows() {
        List<ParallelRow> rows = new ArrayList<>(opening);
        rows.addAll(articles);
        rows.add(closing);
        return rows;
    }

    public boolean isLatest() {
        return version == latest;
    }
}
