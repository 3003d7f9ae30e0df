/**
 * Previews of stored agreements: the agreement filled into its kind's default template and rendered as the PDF its
 * parties would sign, for reading before approval; nothing is recorded.
 */
package org.pactum.web.preview;
