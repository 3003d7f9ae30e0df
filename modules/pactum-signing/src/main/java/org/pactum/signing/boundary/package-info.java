/**
 * Signing agreements as the application uses it: the transactional facade every key source goes through, the keys the
 * server holds for officials, the timestamp policy, the trust store of anchors and revocation lists that signers'
 * certificates are checked against, and the demo PKI made on first start.
 */
package org.pactum.signing.boundary;
