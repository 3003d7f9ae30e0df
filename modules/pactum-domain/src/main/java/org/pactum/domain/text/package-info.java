/**
 * An agreement's wording as it is drafted: numbered clauses, each with a heading and paragraphs in every language of
 * the agreement, so the texts can be set side by side clause by clause.
 */
package org.pactum.domain.text;
