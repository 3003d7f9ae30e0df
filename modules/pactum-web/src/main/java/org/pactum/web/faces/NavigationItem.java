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

    /** The label of the item the layout adds the count of unread notifications to. */
    public static final String NOTIFICATIONS = "nav.notifications";

    /** Whether this is the notifications item, which shows the unread count. */
    public boolean notifications() {
        return NOTIFICATIONS.equals(labelKey);
    }
}
