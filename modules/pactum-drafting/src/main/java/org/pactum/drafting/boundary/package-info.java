/**
 * The drafting capability as the application sees it: templates and the clause library that administrators keep,
 * drafts saved as revisions, compared and printed, and the comment threads of their negotiation.
 */
package org.pactum.drafting.boundary;
