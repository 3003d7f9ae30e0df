/** Each person's in-app notifications, read and marked read through {@code NotificationBox}, and the header's count. */
package org.pactum.web.routing.notices;
