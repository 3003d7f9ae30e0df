package org.pactum.web.faces;

import java.util.Set;

import org.pactum.domain.user.Role;

/**
 * One entry of the main navigation.
 *
 * @param labelKey resource bundle key of its label
 * @param outcome  the Faces outcome (view id without extension) it leads to
 * @param views    the view ids that belong to it, so it stays marked on its detail pages too
 * @param roles    who sees it: at least one of these roles
 */
public record NavigationItem(String labelKey, String outcome, Set<String> views, Set<Role> roles) {
}
