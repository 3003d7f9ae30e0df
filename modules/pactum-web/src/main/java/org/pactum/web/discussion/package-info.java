/**
 * Comment threads on an agreement's articles: the REST comments and the discussion part of the agreement page.
 */
package org.pactum.web.discussion;
