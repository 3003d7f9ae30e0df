/**
 * Certificates of completion handed out as files: one way to assemble, render and record an issue, shared by the REST
 * API and the pages, so whichever door a certificate leaves by, the trail records the exact bytes that left.
 */
package org.pactum.web.certificate;
