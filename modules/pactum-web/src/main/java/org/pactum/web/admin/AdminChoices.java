package org.pactum.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.language.Language;
import org.pactum.domain.party.Party;
import org.pactum.domain.user.Role;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.Shown;
import org.pactum.web.users.SigningParties;

/** What the administration forms offer to choose: roles, languages, parties by name in the page's language. */
@Named
@RequestScoped
public class AdminChoices {

    @Inject
    SigningParties signingParties;

    @Inject
    LanguageBacking language;

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** The language codes, with "" first for the installation's. */
    public List<String> getLanguages() {
        return Stream.concat(Stream.of(""),
                Arrays.stream(Language.values()).map(Language::code)).toList();
    }

    public List<PartyChoice> getParties() {
        return signingParties.all().stream().map(this::choice).toList();
    }

    PartyChoice choice(Party party) {
        Shown name = Shown.of(party.organization(), language.getLanguage());
        return new PartyChoice(Long.toString(party.id()), name.text(), name.lang());
    }
}
