package org.pactum.web.admin;

import static org.pactum.web.faces.AddressParameters.present;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.error.StaleVersionException;
import org.pactum.domain.user.ManagedByDirectoryException;
import org.pactum.domain.user.PasswordRules;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.NotFoundResponse;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.security.HashingBusyException;
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
    private String password;
    private String repeat;
    private List<String> parties = new ArrayList<>();

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
        parties = signingParties.of(account.username()).stream().map(String::valueOf)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    public String save() {
        return change(() -> {
            administration.change(form.getUsername(), new AccountDetails(form.getDisplayName(), form.getEmail(),
                    form.chosenLanguage(), form.roleSet()), version, user.getUsername());
            return "admin.user.saved";
        });
    }

    public String deactivate() {
        return change(() -> {
            administration.deactivate(form.getUsername(), user.getUsername());
            return "admin.user.deactivated";
        });
    }

    public String reactivate() {
        return change(() -> {
            administration.reactivate(form.getUsername(), user.getUsername());
            return "admin.user.reactivated";
        });
    }

    public String unlock() {
        return change(() -> {
            administration.unlock(form.getUsername(), user.getUsername());
            return "admin.user.unlocked";
        });
    }

    public String resetPassword() {
        if (password == null || !password.equals(repeat)) {
            password = null;
            repeat = null;
            PageMessages.error("admin.problem.password.repeat");
            return null;
        }
        char[] typed = password.toCharArray();
        password = null;
        repeat = null;
        return change(() -> {
            administration.resetPassword(form.getUsername(), typed, user.getUsername());
            return "admin.user.passwordReset";
        });
    }

    public String saveParties() {
        return change(() -> {
            signingParties.name(form.getUsername(), parties.stream().map(Long::valueOf).toList(), user.getUsername());
            return "admin.user.partiesSaved";
        });
    }

    /** Runs one change; on success the page comes again with the account as it is now and the message. */
    private String change(Supplier<String> work) {
        if (!user.isIn(Role.ADMIN)) {
            PageMessages.error("error.notAllowed");
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
            PageMessages.error("admin.invalid");
            AdminProblems.show(invalid);
        } catch (StaleVersionException | NotFoundException changed) {
            PageMessages.error("admin.stale");
        } catch (ManagedByDirectoryException directoryKeeps) {
            // Only a page from before the account was the directory's still offers such a change.
            PageMessages.error("admin.problem.directory");
        } catch (HashingBusyException busy) {
            PageMessages.error("login.busy");
        } catch (RuntimeException failed) {
            AdminProblems.savedMeanwhile(failed);
        }
        return null;
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
