package org.pactum.web.routing.notices;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.pactum.domain.error.NotFoundException;
import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.NotificationKind;
import org.pactum.domain.user.Role;
import org.pactum.routing.boundary.NotificationBox;
import org.pactum.web.faces.CurrentUser;
import org.pactum.web.faces.DateDisplay;
import org.pactum.web.faces.LanguageBacking;
import org.pactum.web.faces.PageMessages;

/** The signed-in person's notifications, newest first, the unread marked; each or all marked read. */
@Named
@RequestScoped
public class NotificationsBacking {

    /** The kinds about a task that waits for the reader, which "My tasks" lists. */
    private static final Set<NotificationKind> TASKS = Set.of(NotificationKind.TASK_ASSIGNED, NotificationKind.REMINDER,
            NotificationKind.ESCALATED);

    @Inject
    NotificationBox box;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBacking language;

    @Inject
    DateDisplay dates;

    private List<NotificationRow> rows;

    public List<NotificationRow> getRows() {
        if (rows == null) {
            boolean approves = user.isIn(Role.APPROVER) || user.isIn(Role.ADMIN);
            rows = box.of(user.getUsername(), false).stream().map(notification -> row(notification, approves)).toList();
        }
        return rows;
    }

    public long getUnread() {
        return getRows().stream().filter(NotificationRow::unread).count();
    }

    private NotificationRow row(Notification notification, boolean approves) {
        return new NotificationRow(notification.id(), notification.kind().name(),
                box.textOf(notification, language.getLanguage()), dates.dateTime(notification.createdAt()),
                !notification.isRead(), notification.agreementId(), approves && TASKS.contains(notification.kind()));
    }

    public String markRead(long id) {
        try {
            box.markRead(id, user.getUsername());
        } catch (NotFoundException gone) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.error("notices.gone");
        }
        return "/routing/notifications?faces-redirect=true";
    }

    public String markAllRead() {
        box.markAllRead(user.getUsername());
        return "/routing/notifications?faces-redirect=true";
    }
}
