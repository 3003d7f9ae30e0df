package org.pactum.web.account;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.language.Language;
import org.pactum.routing.boundary.AccountProfiles;
import org.pactum.routing.entity.AccountProfile;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.PageMessages;

/**
 * "My profile": the signed-in person's e-mail address and the language notifications (and, once chosen, the pages)
 * are written in. Only their own: the account is the one signed in, never a parameter.
 */
@Named
@RequestScoped
public class ProfileBacking {

    /** Client id of the address field, where a malformed address is shown. */
    static final String EMAIL_FIELD = "contact:email";

    @Inject
    AccountProfiles profiles;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking interfaceLanguage;

    private AccountProfile profile;
    private String email;
    private String language;

    @PostConstruct
    void load() {
        if (user.isSignedIn()) {
            profile = profiles.get(user.getUsername());
            email = profile.email();
            language = profile.language() == null ? "" : profile.language().code();
        }
    }

    public String save() {
        Language chosen = Language.fromCode(language).orElse(null);
        try {
            profile = profiles.change(user.getUsername(), email, chosen);
        } catch (InvalidInputException e) {
            PageMessages.fieldError(EMAIL_FIELD, "profile.error.email");
            return null;
        }
        String next = "/account/profile.xhtml?faces-redirect=true";
        if (chosen != null && chosen != interfaceLanguage.getLanguage()) {
            // The pages follow the language just chosen, as the mail will; the message below is already in it.
            next = interfaceLanguage.switchTo(chosen.code());
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("profile.saved");
        return next;
    }

    /** The languages to choose from; the empty code is the installation's. */
    public List<String> getLanguages() {
        return List.of("", Language.RU.code(), Language.KK.code(), Language.EN.code());
    }

    public AccountProfile getProfile() {
        return profile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
