package org.pactum.web.admin;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.DuplicateException;
import org.pactum.domain.error.InvalidInputException;
import org.pactum.domain.user.NameInDirectoryException;
import org.pactum.domain.user.PasswordRules;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.SignInLocked;
import org.pactum.domain.user.UserAccount;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.PageMessages;
import org.pactum.web.forms.MarkedFields;
import org.pactum.web.security.HashingBusyException;
import org.pactum.web.security.SignInLock;
import org.pactum.web.security.directory.DirectoryConfiguration;
import org.pactum.web.security.directory.DirectoryUnavailableException;
import org.pactum.web.users.NewAccount;
import org.pactum.web.users.SigningParties;
import org.pactum.web.users.UserAdministration;

/** The users' list, by name, and the form that creates an account with its initial password. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    SigningParties signingParties;

    @Inject
    AdminChoices choices;

    @Inject
    CurrentUser user;

    @Inject
    DirectoryConfiguration directory;

    private final AccountFields form = new AccountFields();
    /** The new-user form's refusals, beside its fields: on a phone the page's messages are a long list above it. */
    private final MarkedFields refused = new MarkedFields("newUser", "create",
            List.of("username", "displayName", "email", "language", UserAdministration.PASSWORD), Set.of("roles"));
    private String password;
    /** Read once per view: each row asks for the parties its user signs for. */
    private List<UserRow> rows;

    public List<UserRow> getRows() {
        if (rows == null) {
            rows = readRows();
        }
        return rows;
    }

    private List<UserRow> readRows() {
        Set<String> locked = administration.locks().stream().filter(lock -> lock.scope() == SignInLocked.Scope.ACCOUNT)
                .map(SignInLock::subject).collect(Collectors.toSet());
        Map<String, String> partyNames = choices.getParties().stream()
                .collect(Collectors.toMap(PartyChoice::id, PartyChoice::name));
        return administration.all().stream()
                .sorted(Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(account -> new UserRow(account.username(), account.displayName(),
                        account.roles().stream().sorted().map(Role::name).toList(), account.isEnabled(),
                        locked.contains(account.username()),
                        signingParties.of(account.username()).stream().map(id -> partyNames.get(id.toString())).toList(),
                        account.isFromDirectory(), account.findKeeper().orElse(null)))
                .toList();
    }

    public String create() {
        refused.clear();
        if (!user.isIn(Role.ADMIN)) {
            refused.refuseForm("error.notAllowed");
            return null;
        }
        try {
            UserAccount created = administration.create(new NewAccount(form.getUsername(), form.getDisplayName(),
                    form.getEmail(), form.chosenLanguage(), form.roleSet()), password == null ? new char[0]
                    : password.toCharArray(), user.getUsername());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.info("admin.user.created", created.displayName());
            return "/admin/user?faces-redirect=true&username=" + created.username();
        } catch (InvalidInputException invalid) {
            AdminProblems.show(invalid, refused);
        } catch (DuplicateException taken) {
            refused.refuse("username", "admin.problem.username.taken", form.getUsername());
        } catch (NameInDirectoryException directoryPerson) {
            refused.refuse("username", "admin.problem.username.inDirectory", form.getUsername());
        } catch (DirectoryUnavailableException down) {
            refused.refuseForm("admin.problem.username.directoryUnavailable");
        } catch (HashingBusyException busy) {
            refused.refuseForm("login.busy");
        } finally {
            password = null;
        }
        return null;
    }

    /** Whether staff sign in with the directory, so that the form says whose names it refuses. */
    public boolean isDirectoryOn() {
        return directory.findDirectory().isPresent();
    }

    /** For the hint under the password; the rules apply in production mode. */
    public int getMinLength() {
        return PasswordRules.MIN_LENGTH;
    }

    public MarkedFields getRefused() {
        return refused;
    }

    public AccountFields getForm() {
        return form;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
