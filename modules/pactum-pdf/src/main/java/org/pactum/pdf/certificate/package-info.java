/**
 * The certificate of completion as PDF: an agreement's audit events with their hashes, the covering seal and the chain
 * verification, labelled in one language, with the certificate's JSON form attached.
 */
package org.pactum.pdf.certificate;
