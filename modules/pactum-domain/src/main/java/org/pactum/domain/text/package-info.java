/**
 * An agreement's wording: the line naming its kind, place and date, the preamble, the articles (each with a stable key,
 * a heading and its text in every language of the agreement) and the closing statement, so the texts can be set side
 * by side article by article and compared by key.
 */
package org.pactum.domain.text;
