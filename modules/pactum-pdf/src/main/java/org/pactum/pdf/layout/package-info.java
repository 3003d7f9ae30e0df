/**
 * What every Pactum PDF shares: the embedded fonts (with subset tags that are the same in every render), the colours,
 * PDF dates, the page frame that draws a running header and footer with "page X of Y" (and the one reports use), the
 * cells reports' tables are built of, and wording read from a properties bundle per language. Besides this module's
 * documents, pactum-verification's printed report is drawn with them.
 */
package org.pactum.pdf.layout;
