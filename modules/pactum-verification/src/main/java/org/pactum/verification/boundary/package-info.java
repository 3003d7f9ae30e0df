/** Verifying a PDF for the application: the verdict on the whole document, tied to the register, kept and audited. */
package org.pactum.verification.boundary;
