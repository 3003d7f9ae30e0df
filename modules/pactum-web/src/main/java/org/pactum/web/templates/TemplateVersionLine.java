package org.pactum.web.templates;

import java.util.function.UnaryOperator;

import org.pactum.domain.template.TemplateVersion;
import org.pactum.web.faces.DateDisplay;

/** One saved version in a template's history: which, by whom, when. */
public record TemplateVersionLine(int version, String savedBy, String savedAt) {

    /** @param people turns a username into the name people know the user by */
    public static TemplateVersionLine of(TemplateVersion saved, DateDisplay dates, UnaryOperator<String> people) {
        return new TemplateVersionLine(saved.template().version(), people.apply(saved.savedBy()),
                dates.dateTime(saved.savedAt()));
    }
}
