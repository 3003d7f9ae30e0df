package org.pactum.web.faces;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.pactum.domain.language.Language;

/**
 * The language the user reads the interface in, kept for the session. Russian first: it is the registry's working
 * language. Switching answers with a redirect to the same page and its parameters, so reloading never re-posts.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language language = Language.RU;

    public Language getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return language.locale();
    }

    public String getCode() {
        return language.code();
    }

    public String switchTo(String code) {
        Language.fromCode(code).ifPresent(chosen -> language = chosen);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(language.locale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
