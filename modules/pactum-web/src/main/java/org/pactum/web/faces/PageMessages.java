package org.pactum.web.faces;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.pactum.domain.agreement.AgreementNotEditableException;
import org.pactum.domain.agreement.IllegalTransitionException;
import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.PactumException;
import org.pactum.domain.error.Rule;
import org.pactum.domain.error.StaleVersionException;

/**
 * Messages on the page, in the user's language, from the resource bundle the pages know as {@code msg}. Domain errors become one
 * sentence each; their English developer text and stack traces never reach the page.
 */
public final class PageMessages {

    /** The bundle faces-config.xml declares as {@code msg}. */
    public static final String BUNDLE = "org.pactum.web.faces.Messages";

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** An error about the whole page. */
    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error shown next to one field. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Shows what went wrong; {@code reasonField} receives what is wrong with a reason the user typed. */
    public static void problem(PactumException problem, String reasonField) {
        switch (problem) {
            case StaleVersionException stale -> error("error.staleVersion");
            case IllegalTransitionException illegal ->
                    error("error.illegalTransition", text("status." + illegal.status().name()));
            case AgreementNotEditableException notEditable -> error("error.notEditable");
            case NotFoundException notFound -> error("error.agreementGone");
            case InvalidInputException invalid -> {
                for (FieldError field : invalid.errors()) {
                    boolean typed = field.field().equals("reason") || field.field().equals("remark");
                    if (field.rule().refusesACharacter()) {
                        refusedCharacter(typed ? reasonField : null, field);
                    } else if (field.field().equals("reason")) {
                        fieldError(reasonField, "error.reasonInvalid");
                    } else {
                        error("error.invalidField", field.field());
                    }
                }
            }
            default -> error("error.notPossible");
        }
    }

    /**
     * Says which character of a typed text is refused and why ("Текст содержит U+202E RIGHT-TO-LEFT OVERRIDE — …"),
     * beside the field, or on the page when {@code clientId} is null.
     */
    public static void refusedCharacter(String clientId, FieldError error) {
        String key = error.rule() == Rule.FORBIDDEN_CHARACTER ? "rule.forbiddenCharacter" : "rule.unprintableCharacter";
        add(clientId, FacesMessage.SEVERITY_ERROR, "error.characterRefused", new Object[] {text(key, error.detail())});
    }

    /**
     * Each field of an invalid input in the page's words: the sentence under {@code keyPrefix + field} when the bundle
     * has one, else the general "check the field" sentence.
     */
    public static void invalid(InvalidInputException invalid, String keyPrefix) {
        for (FieldError field : invalid.errors()) {
            String key = keyPrefix + field.field();
            if (text(key).equals(key)) {
                error("error.invalidField", field.field());
            } else {
                error(key);
            }
        }
    }

    /** A label or sentence from the bundle in the current language; the key itself if it is missing. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(faces), Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_CLASS));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale(faces)).format(arguments);
    }

    /**
     * The language the user chose, which the layout's f:view also renders in. The view root's locale is not enough: a
     * view action on a GET runs before f:view has set it, and the browser's own language would be used.
     */
    private static Locale locale(FacesContext faces) {
        return faces.getApplication().evaluateExpressionGet(faces, "#{languageBacking.locale}", Locale.class);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
