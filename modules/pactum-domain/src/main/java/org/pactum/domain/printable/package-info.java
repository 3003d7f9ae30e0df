/**
 * Which characters a text Pactum keeps may hold: none that make it display as something it does not say (bidirectional
 * overrides, other invisible format characters, controls), and none the PDFs cannot print, so the signed text is
 * exactly the typed text.
 */
package org.pactum.domain.printable;
