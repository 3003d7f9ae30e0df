/** Routing's plain logic: what a route step records in the audit trail. */
package org.pactum.routing.control;
