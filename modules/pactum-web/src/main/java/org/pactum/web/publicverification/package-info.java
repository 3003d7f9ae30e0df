/**
 * The public verification page a stamp's QR code opens: without an account, the verdict on the document Pactum keeps
 * for the agreement and its signers — nothing else — and the same for a copy the visitor uploads, with whether it is
 * that document or another revision of it.
 */
package org.pactum.web.publicverification;
