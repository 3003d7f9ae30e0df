package org.pactum.web.account;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.pactum.domain.error.FieldError;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.user.AccountKeeper;
import org.pactum.domain.user.ManagedByDirectoryException;
import org.pactum.domain.user.PasswordRules;
import org.pactum.domain.user.SignInAttempt;
import org.pactum.domain.user.UserAccount;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.security.HashingBusyException;
import org.pactum.web.security.KeptAccountWords;
import org.pactum.web.security.PasswordChangeRequirement;
import org.pactum.web.security.SessionPolicy;
import org.pactum.web.security.SignInLockedException;

/**
 * "Change password" on My profile: the current password, the new one twice. This session stays signed in; the
 * user's other sessions end. A directory user is told where their password is kept instead.
 */
@Named
@RequestScoped
public class PasswordBacking {

    static final String CURRENT_FIELD = "password:current";
    static final String NEW_FIELD = "password:new";
    static final String REPEAT_FIELD = "password:repeat";

    @Inject
    Passwords passwords;

    @Inject
    KeptAccountWords keptBy;

    @Inject
    CurrentUser user;

    @Inject
    SessionPolicy sessions;

    @Inject
    HttpServletRequest request;

    @Inject
    PasswordChangeRequirement requirement;

    private String current;
    private String next;
    private String repeat;
    /** Asked once per request: the page asks at every phase. */
    private Optional<UserAccount> keptOutside;

    public String change() {
        if (!next.equals(repeat)) {
            PageMessages.fieldError(REPEAT_FIELD, "password.error.repeat");
            return null;
        }
        try {
            passwords.change(user.getUsername(), current.toCharArray(), next.toCharArray(), request.getRemoteAddr(),
                    SignInAttempt.Channel.WEB);
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(PasswordBacking::show);
            return null;
        } catch (SignInLockedException locked) {
            PageMessages.error("login.locked", locked.outcome().retryAfterMinutes());
            return null;
        } catch (HashingBusyException busy) {
            PageMessages.error("login.busy");
            return null;
        } catch (ManagedByDirectoryException directoryKeeps) {
            // A page from before the account became the directory's still had the form.
            PageMessages.error(keptBy.of(getKeeper(), "password.error.directory"));
            return null;
        } finally {
            current = null;
            next = null;
            repeat = null;
        }
        sessions.started(request.getSession());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info("password.changed");
        return "/account/profile.xhtml?faces-redirect=true";
    }

    private static void show(FieldError error) {
        if (error.field().equals(Passwords.CURRENT)) {
            PageMessages.fieldError(CURRENT_FIELD, "password.error.current");
            return;
        }
        String key = switch (error.rule()) {
            case TOO_FEW -> "password.error.short";
            case TOO_LONG -> "password.error.long";
            case WEAK -> "password.error.weak";
            case REPEATED -> "password.error.same";
            default -> "password.error.required";
        };
        PageMessages.fieldError(NEW_FIELD, key, PasswordRules.MIN_LENGTH, PasswordRules.MAX_LENGTH);
    }

    /** Whether the password is one an administrator set, which the person must replace before anything else. */
    public boolean isRequired() {
        return requirement.isRequired(user.getUsername());
    }

    /** Whether the directory or the single sign-on service keeps the password: then the page says so, no form. */
    public boolean isKeptByDirectory() {
        return keptOutside().isPresent();
    }

    /** Which of the two keeps it, as the person last signed in; null when Pactum keeps it or it is not known. */
    public AccountKeeper getKeeper() {
        return keptOutside().flatMap(UserAccount::findKeeper).orElse(null);
    }

    private Optional<UserAccount> keptOutside() {
        if (keptOutside == null) {
            keptOutside = passwords.keptOutside(user.getUsername());
        }
        return keptOutside;
    }

    /** For the hint under the field; the rules apply in production mode. */
    public int getMinLength() {
        return PasswordRules.MIN_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
