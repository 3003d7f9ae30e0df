/**
 * The pages where approval is set up, all through {@code RouteAdministration}: routes and their stages, groups of
 * approvers (administrators), and absences with their deputies (each approver their own; administrators everyone's).
 */
package org.pactum.web.routing.setup;
