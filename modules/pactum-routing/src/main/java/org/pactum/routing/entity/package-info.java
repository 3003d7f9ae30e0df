/**
 * What routing hands out besides the domain's own types: a pending task as its approver's inbox shows it, the
 * approval sheet as a file, a task's deadline as the scheduler plans it, and the event of a stored notification.
 */
package org.pactum.routing.entity;
