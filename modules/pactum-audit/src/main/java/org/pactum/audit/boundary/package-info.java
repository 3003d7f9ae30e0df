/** The audit trail's facade and the listeners that record what other capabilities announce. */
package org.pactum.audit.boundary;
