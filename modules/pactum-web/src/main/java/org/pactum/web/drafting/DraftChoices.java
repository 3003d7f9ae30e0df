package org.pactum.web.drafting;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.text.Placeholder;
import org.pactum.registry.boundary.Directory;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.registry.PartyOption;

/**
 * What the drafting pages offer to choose from: the directory's parties, the areas of cooperation, the languages, and
 * the placeholders a wording may use. Read once per request; the pages keep only the chosen ids.
 */
@Named
@RequestScoped
public class DraftChoices {

    @Inject
    Directory directory;

    @Inject
    LanguageBacking language;

    private List<PartyOption> parties;

    public List<PartyOption> getParties() {
        if (parties == null) {
            parties = directory.parties(null, null).stream().map(party -> PartyOption.of(party, language.getLanguage())).toList();
        }
        return parties;
    }

    public List<String> getAreas() {
        return Arrays.stream(CooperationArea.values()).map(Enum::name).toList();
    }

    public List<String> getLanguages() {
        return AgreementFields.ALL_LANGUAGES;
    }

    /** The placeholders' names, e.g. {@code party1.organization}; the page writes the braces and explains each. */
    public List<String> getPlaceholders() {
        return Arrays.stream(Placeholder.values()).map(Placeholder::token).toList();
    }
}
