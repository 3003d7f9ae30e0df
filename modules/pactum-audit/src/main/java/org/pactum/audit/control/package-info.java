/** Plain logic of the audit trail: chain verification, the seal key, and the signatures read back from their events. */
package org.pactum.audit.control;
