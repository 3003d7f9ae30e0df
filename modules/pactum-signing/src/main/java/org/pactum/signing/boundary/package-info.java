/** What the application uses of signing: the trust store of anchors and revocation lists that signers' certificates are checked against. */
package org.pactum.signing.boundary;
