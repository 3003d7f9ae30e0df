/** Verification reports as they were given: kept, never changed, fetched again by their id. */
package org.pactum.domain.verification;
