package org.pactum.web.admin;

import java.io.Serializable;
import java.util.List;

/**
 * One account in the users' list.
 *
 * @param roles         the role names, for the page to label
 * @param signsFor      the organisations the user signs for, in the page's language
 * @param fromDirectory whether the directory keeps the account, and gives its roles from its groups
 */
public record UserRow(String username, String displayName, List<String> roles, boolean active, boolean locked,
                      List<String> signsFor, boolean fromDirectory) implements Serializable {
}
