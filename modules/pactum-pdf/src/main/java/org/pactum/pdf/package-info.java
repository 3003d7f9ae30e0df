/**
 * Pactum's documents as PDF. The only package that imports OpenPDF, so a change of PDF library stays inside it; fonts
 * come embedded from the class path, never from the host.
 */
package org.pactum.pdf;
