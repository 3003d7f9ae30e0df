/**
 * The audit trail as the application sees it: the facade that appends, lists and verifies events, the listeners that
 * record what other capabilities announce, the seal key and the periodic sealing of the chain's head, and the
 * certificates of completion, assembled, rendered and recorded before they are handed out as files.
 */
package org.pactum.audit.boundary;
