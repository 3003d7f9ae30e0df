/** Signing agreements: the transactional facade every key source goes through, and the store of trust. */
package org.pactum.signing.boundary;
