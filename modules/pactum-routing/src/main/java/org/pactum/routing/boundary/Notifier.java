package org.pactum.routing.boundary;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.pactum.domain.agreement.Agreements;
import org.pactum.domain.notification.Notification;
import org.pactum.domain.notification.Notifications;
import org.pactum.domain.route.ApprovalRoutes;
import org.pactum.domain.route.RouteRecorded;
import org.pactum.routing.control.RouteNotices;
import org.pactum.routing.entity.NotificationRecorded;

/**
 * Keeps the notifications a route step gives rise to, in the transaction that took the step: they exist exactly when
 * the step does. Mail follows after the commit ({@link MailDelivery}).
 */
@ApplicationScoped
public class Notifier {

    @Inject
    Notifications notifications;

    @Inject
    ApprovalRoutes routes;

    @Inject
    Agreements agreements;

    @Inject
    Event<NotificationRecorded> recorded;

    Clock clock = Clock.systemUTC();

    void onRoute(@Observes RouteRecorded step) {
        routes.ofAgreement(step.agreementId()).ifPresent(route -> agreements.find(step.agreementId())
                .ifPresent(agreement -> RouteNotices.of(step, route, agreement, clock.instant()).forEach(notice -> {
                    Notification stored = notifications.add(notice);
                    recorded.fire(new NotificationRecorded(stored));
                })));
    }
}
