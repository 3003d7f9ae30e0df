/**
 * An agreement's revisions: the history, any revision as a PDF, and the redline between two revisions
 * (`/revisions/`), over REST and as pages.
 */
package org.pactum.web.revisions;
