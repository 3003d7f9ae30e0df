package org.pactum.web.admin;

import java.io.Serializable;
import java.util.List;

import org.pactum.domain.user.AccountKeeper;

/**
 * One account in the users' list.
 *
 * @param roles         the role names, for the page to label
 * @param signsFor      the organisations the user signs for, in the page's language
 * @param fromDirectory whether the directory or the single sign-on service keeps the account, and gives its roles
 * @param keptBy        which of them the person last signed in through; null for Pactum's own and when not known
 */
public record UserRow(String username, String displayName, List<String> roles, boolean active, boolean locked,
                      List<String> signsFor, boolean fromDirectory, AccountKeeper keptBy) implements Serializable {
}
