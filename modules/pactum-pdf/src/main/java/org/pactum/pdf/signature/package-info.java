/**
 * Signatures in the PDF itself: a signature field reserved in an incremental update with a zero-filled hole — a party's
 * empty field with its visible stamp, or a new invisible one, the first possibly certifying — and the CMS written into
 * that hole later, from the kept bytes alone, so earlier revisions stay byte for byte; the document security store and
 * document timestamps of the long-term levels are appended the same way.
 */
package org.pactum.pdf.signature;
