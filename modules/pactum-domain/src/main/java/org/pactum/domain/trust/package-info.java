/**
 * Whom Pactum trusts to vouch for signers: the root certificates administrators add as trust anchors, the revocation
 * lists published under them, and the event each change of trust announces to the audit trail.
 */
package org.pactum.domain.trust;
