package org.pactum.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.pactum.domain.language.Language;
import org.pactum.domain.user.Role;
import org.pactum.domain.user.UserAccount;

/** An account's form: the name, address, language and roles an administrator sets. */
public class AccountFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username = "";
    private String displayName = "";
    private String email = "";
    private String language = "";
    private List<String> roles = new ArrayList<>();

    static AccountFields of(UserAccount account) {
        AccountFields fields = new AccountFields();
        fields.username = account.username();
        fields.displayName = account.displayName();
        fields.email = account.findEmail().orElse("");
        fields.language = account.findLanguage().map(Language::code).orElse("");
        fields.roles = account.roles().stream().sorted().map(Role::name).collect(ArrayList::new, ArrayList::add,
                ArrayList::addAll);
        return fields;
    }

    Set<Role> roleSet() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(name -> chosen.add(Role.valueOf(name)));
        return chosen;
    }

    Language chosenLanguage() {
        return Language.fromCode(language).orElse(null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
        this.language = language == null ? "" : language;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
