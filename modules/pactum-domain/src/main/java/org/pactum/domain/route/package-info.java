/**
 * Approval routes: the stages an agreement passes before it may be signed, who decides at each and by which rule, and
 * the decisions taken, each bound to the revision it was taken on.
 */
package org.pactum.domain.route;
