/**
 * The Agreement aggregate: what it says, between whom, and where it stands in its lifecycle; its revisions with their
 * content hash, and the registration it is given on approval.
 */
package org.pactum.domain.agreement;
