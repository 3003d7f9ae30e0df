/** Verifying signed PDFs: the REST resource auditors and their tools call. */
package org.pactum.web.verification;
