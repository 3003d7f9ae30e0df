package org.pactum.drafting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.error.Violations;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.printable.DrawableCharacters;
import org.pactum.domain.template.ClauseLibrary;
import org.pactum.domain.template.Template;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Placeholder;
import org.pactum.domain.text.Wording;

class SeedTemplatesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    @Test
    void every_seed_template_loads_and_together_they_cover_every_kind() {
        List<Template> templates = SeedTemplates.load();
        assertEquals(SeedTemplates.IDS, templates.stream().map(Template::id).toList());
        Set<AgreementKind> kinds = EnumSet.noneOf(AgreementKind.class);
        templates.forEach(template -> kinds.add(template.kind()));
        assertEquals(EnumSet.allOf(AgreementKind.class), kinds);
    }

    @Test
    void seed_templates_are_written_in_russian_and_kazakh_with_five_to_eight_articles() {
        for (Template template : SeedTemplates.load()) {
            assertTrue(template.languages().containsAll(List.of(Language.RU, Language.KK)), template.id());
            int articles = template.clauses().size();
            assertTrue(articles >= 5 && articles <= 8, template.id() + " has " + articles + " articles");
            for (Language language : template.languages()) {
                assertTrue(template.equallyAuthentic().has(language), template.id() + " authentic clause in " + language);
                for (Clause clause : template.clauses()) {
                    assertTrue(clause.isWrittenIn(language), template.id() + " " + clause.key() + " in " + language);
                }
            }
        }
    }

    /** Start-up saves them through the same checks as an administrator's edit: one refused character would stop it. */
    @Test
    void every_seed_template_and_the_shipped_clause_library_hold_only_characters_the_pdf_prints() {
        assertEquals("FontCoverage", DrawableCharacters.installed().getClass().getSimpleName(), "the fonts' own coverage");
        for (Template template : SeedTemplates.load()) {
            template.wording().checkCharacters("wording", new Violations()).throwIfAny();
        }
        ClauseLibrary library = SeedTemplates.loadLibrary("pactum", Instant.EPOCH);
        new Wording(null, null, null, new AgreementText(library.clauses()), null).checkCharacters("", new Violations())
                .throwIfAny();
    }

    @Test
    void the_cooperation_agreement_is_also_written_in_english() {
        assertEquals(List.of(Language.RU, Language.KK, Language.EN), SeedTemplates.load("cooperation-agreement").languages());
    }

    @Test
    void every_placeholder_in_the_seed_templates_is_known() {
        for (Template template : SeedTemplates.load()) {
            for (LocalizedText text : texts(template)) {
                for (String value : text.asMap().values()) {
                    Matcher matcher = PLACEHOLDER.matcher(value);
                    while (matcher.find()) {
                        assertTrue(Placeholder.named(matcher.group(1)).isPresent(), template.id() + ": " + matcher.group());
                    }
                }
            }
        }
    }

    private static List<LocalizedText> texts(Template template) {
        List<LocalizedText> texts = new java.util.ArrayList<>(List.of(template.kindName(), template.placeAndDate(),
                template.preamble(), template.equallyAuthentic()));
        template.clauses().forEach(clause -> {
            texts.add(clause.heading());
            texts.add(clause.text());
        });
        return texts;
    }
}
