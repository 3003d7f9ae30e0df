/** The Agreement aggregate: what it says, between whom, and where it stands in its lifecycle. */
package org.pactum.domain.agreement;
