/** Verification: whether a signed PDF is genuine, signature by signature, and what changed after each signature. */
package org.pactum.verification;
