/**
 * Digital signatures on agreements: who signed which document, with which certificate, in which order; the signed
 * documents kept by their SHA-256; and the conditions that refuse a signature.
 */
package org.pactum.domain.signature;
