package org.pactum.web.routing.notices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.routing.boundary.NotificationBox;
import org.pactum.web.faces.CurrentUser;

/** The count of unread notifications the navigation shows beside "Notifications", looked up once per page. */
@Named
@RequestScoped
public class UnreadNotifications {

    @Inject
    NotificationBox box;

    @Inject
    CurrentUser user;

    private Integer count;

    public int getCount() {
        if (count == null) {
            count = user.isSignedIn() ? box.unreadCount(user.getUsername()) : 0;
        }
        return count;
    }

    /** "99+" beyond 99, so the badge stays small. */
    public String getShown() {
        return getCount() > 99 ? "99+" : Integer.toString(getCount());
    }
}
