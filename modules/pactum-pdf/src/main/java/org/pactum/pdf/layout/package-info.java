/**
 * What every Pactum PDF shares, for this module's documents only: the embedded fonts (with subset tags that are the
 * same in every render), the colours, PDF dates, and the page frame that draws a running header and footer with
 * "page X of Y".
 */
package org.pactum.pdf.layout;
