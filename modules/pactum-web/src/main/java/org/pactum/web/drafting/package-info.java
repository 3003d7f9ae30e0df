/**
 * Drafting an agreement: the new-agreement page, the side-by-side draft editor with its live preview
 * (`/drafting/`), the form models they keep between requests, the conflict notice, and the wording's REST shape.
 */
package org.pactum.web.drafting;
