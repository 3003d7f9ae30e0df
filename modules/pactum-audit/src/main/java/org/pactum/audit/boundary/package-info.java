/**
 * The audit trail's facade, the listeners that record what other capabilities announce, and the certificates of
 * completion it issues as files.
 */
package org.pactum.audit.boundary;
