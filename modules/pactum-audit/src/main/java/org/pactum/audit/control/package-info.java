/** Plain logic of the audit trail: chain verification and the seal key. */
package org.pactum.audit.control;
