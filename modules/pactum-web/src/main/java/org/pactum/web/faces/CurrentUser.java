package org.pactum.web.faces;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;

/**
 * Who is signed in, as the pages show it: display name and roles. Roles come from the container (what the login
 * established), the display name from the user's account. The servlet request answers the role question directly;
 * Jakarta Security's SecurityContext would go through JACC and an EJB context lookup for the same answer.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    UserAccounts accounts;

    private String username;
    private String displayName;
    private List<Role> roles = List.of();

    @PostConstruct
    void identify() {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            return;
        }
        username = caller.getName();
        displayName = accounts.find(username).map(UserAccount::displayName).orElse(username);
        roles = Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name())).toList();
    }

    public boolean isSignedIn() {
        return username != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public boolean isIn(Role role) {
        return roles.contains(role);
    }
}
