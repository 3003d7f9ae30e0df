package org.pactum.web.admin;

import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.user.AccountKeeper;
import org.pactum.domain.user.ManagedByDirectoryException;
import org.pactum.domain.user.PasswordRules;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.forms.MarkedFields;
import org.pactum.web.security.HashingBusyException;
import org.pactum.web.security.KeptAccountWords;
import org.pactum.web.security.SessionPolicy;
import org.pactum.web.users.AccountDetails;
import org.pactum.web.users.SigningParties;
import org.pactum.web.users.UserAdministration;

/**
 * One account, for an administrator: its name, address, language and roles; deactivating or reactivating it; ending
 * its sign-in lock; a temporary password; and, for a signer, the parties they sign for. Each button is one change. An
 * account the directory keeps shows its name and roles without offering to change them, and has no temporary password.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    KeptAccountWords keptBy;

    @Inject
    SigningParties signingParties;

    @Inject
    CurrentUser user;

    @Inject
    SessionPolicy sessions;

    @Inject
    HttpServletRequest request;

    private String username;
    private AccountFields form;
    private long version;
    private boolean active;
    private boolean signer;
    private boolean directory;
    private AccountKeeper keeper;
    private String password;
    private String repeat;
    private List<String> parties = new ArrayList<>();
    /**
     * Each form's refusals, by form (and button, for the access form's), beside its fields or its button: on a phone
     * the page's messages are a card or three above the form that was sent.
     */
    private final Map<String, MarkedFields> refused = Map.of(
            "details", new MarkedFields("details", "save", List.of("displayName", "email", "language"), Set.of("roles")),
            "deactivate", new MarkedFields("access", "deactivate", List.of(), Set.of()),
            "reactivate", new MarkedFields("access", "reactivate", List.of(), Set.of()),
            "unlock", new MarkedFields("access", "unlock", List.of(), Set.of()),
            "password", new MarkedFields("password", "set", List.of("new", "repeat"), Set.of())
                    .alsoFor(UserAdministration.PASSWORD, "new"),
            "parties", new MarkedFields("parties", "save", List.of(), Set.of("chosen")).alsoFor("parties", "chosen"));

    public void load() throws IOException {
        if (form != null) {
            return;
        }
        UserAccount account = present(username) ? administration.all().stream()
                .filter(found -> found.username().equals(username.strip())).findFirst().orElse(null) : null;
        if (account == null) {
            NotFoundResponse.send("user");
            return;
        }
        show(account);
    }

    private void show(UserAccount account) {
        form = AccountFields.of(account);
        version = account.version();
        active = account.isEnabled();
        signer = account.roles().contains(Role.SIGNER);
        directory = account.isFromDirectory();
        keeper = account.findKeeper().orElse(null);
        parties = signingParties.of(account.username()).stream().map(String::valueOf)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    public String save() {
        return change(refused.get("details"), () -> {
            administration.change(form.getUsername(), new AccountDetails(form.getDisplayName(), form.getEmail(),
                    form.chosenLanguage(), form.roleSet()), version, user.getUsername());
            return "admin.user.saved";
        });
    }

    public String deactivate() {
        return change(refused.get("deactivate"), () -> {
            administration.deactivate(form.getUsername(), user.getUsername());
            return "admin.user.deactivated";
        });
    }

    public String reactivate() {
        return change(refused.get("reactivate"), () -> {
            administration.reactivate(form.getUsername(), user.getUsername());
            return "admin.user.reactivated";
        });
    }

    public String unlock() {
        return change(refused.get("unlock"), () -> {
            administration.unlock(form.getUsername(), user.getUsername());
            return "admin.user.unlocked";
        });
    }

    public String resetPassword() {
        if (password == null || !password.equals(repeat)) {
            password = null;
            repeat = null;
            refused.values().forEach(MarkedFields::clear);
            refused.get("password").refuse("repeat", "admin.problem.password.repeat");
            return null;
        }
        char[] typed = password.toCharArray();
        password = null;
        repeat = null;
        return change(refused.get("password"), () -> {
            administration.resetPassword(form.getUsername(), typed, user.getUsername());
            return "admin.user.passwordReset";
        });
    }

    public String saveParties() {
        return change(refused.get("parties"), () -> {
            signingParties.name(form.getUsername(), parties.stream().map(Long::valueOf).toList(), user.getUsername());
            return "admin.user.partiesSaved";
        });
    }

    /**
     * Runs one change; on success the page comes again with the account as it is now and the message; a refusal is
     * said in the form that was sent ({@code sent}).
     */
    private String change(MarkedFields sent, Supplier<String> work) {
        refused.values().forEach(MarkedFields::clear);
        if (!user.isIn(Role.ADMIN)) {
            sent.refuseForm("error.notAllowed");
            return null;
        }
        try {
            String done = work.get();
            if (form.getUsername().equals(user.getUsername())) {
                // A change to one's own account ends one's sessions; this one carries on.
                sessions.started(request.getSession());
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info(done, form.getDisplayName());
            return "/admin/user?faces-redirect=true&username=" + form.getUsername();
        } catch (InvalidInputException invalid) {
            AdminProblems.show(invalid, sent);
        } catch (StaleVersionException | NotFoundException changed) {
            sent.refuseForm("admin.stale");
        } catch (ManagedByDirectoryException directoryKeeps) {
            // Only a page from before the account was the directory's still offers such a change.
            sent.refuseForm(keptBy.of(keeper, "admin.problem.directory"));
        } catch (HashingBusyException busy) {
            sent.refuseForm("login.busy");
        } catch (RuntimeException failed) {
            AdminProblems.savedMeanwhile(failed, sent);
        }
        return null;
    }

    /** The refusals of each form, by form: {@code details}, {@code password}, {@code parties}, or the access form's button. */
    public Map<String, MarkedFields> getRefused() {
        return refused;
    }

    public boolean isSelf() {
        return form != null && form.getUsername().equals(user.getUsername());
    }

    public boolean isLocked() {
        return form != null && administration.isSignInLocked(form.getUsername());
    }

    public boolean isSigner() {
        return signer;
    }

    /** Whether the directory keeps the account: its password, name and roles are the directory's. */
    public boolean isDirectory() {
        return directory;
    }

    /** Which service outside Pactum keeps the account, as the person last signed in; null when not known or none. */
    public AccountKeeper getKeeper() {
        return keeper;
    }

    public int getMinLength() {
        return PasswordRules.MIN_LENGTH;
    }

    public AccountFields getForm() {
        return form;
    }

    public boolean isActive() {
        return active;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public List<String> getParties() {
        return parties;
    }

    public void setParties(List<String> parties) {
        this.parties = parties == null ? new ArrayList<>() : new ArrayList<>(parties);
    }
}
