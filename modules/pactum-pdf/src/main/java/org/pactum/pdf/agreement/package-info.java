/**
 * The agreement as the PDF/A-2b its parties sign: the texts in parallel columns, one per language, the signature
 * blocks with an empty slot per party, and the same bytes every time the same version is rendered.
 */
package org.pactum.pdf.agreement;
