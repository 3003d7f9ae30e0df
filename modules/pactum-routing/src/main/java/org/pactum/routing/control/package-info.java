/**
 * Routing's plain logic: what a route step records in the audit trail, whom a step notifies and how the notice reads,
 * the mail it sends, and the deadlines db-scheduler keeps.
 */
package org.pactum.routing.control;
