/** Signing agreements with PAdES signatures: the CMS each signature carries and the keys that make it. */
package org.pactum.signing;
