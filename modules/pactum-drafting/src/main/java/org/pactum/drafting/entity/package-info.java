/**
 * What drafting hands out besides the domain's own types: an agreement's particulars as its text and PDF print them,
 * and the changes between two revisions, field by field, clause by clause and word by word,
 * and a late save merged with what was saved meanwhile.
 */
package org.pactum.drafting.entity;
