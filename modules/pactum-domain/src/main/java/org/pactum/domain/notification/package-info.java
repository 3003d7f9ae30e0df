/** What the application tells one person in-app — a task waiting, a reminder, an escalation, a route's end — and where it is kept. */
package org.pactum.domain.notification;
