/**
 * Discussion of a draft: threads of comments, each anchored to one article of one revision, resolved when settled.
 */
package org.pactum.domain.comment;
