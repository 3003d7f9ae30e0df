/**
 * One agreement's page (its details, parties and the lifecycle steps the user may take) and its text as a PDF,
 * over REST and as a page (`/agreement/`).
 */
package org.pactum.web.agreement;
