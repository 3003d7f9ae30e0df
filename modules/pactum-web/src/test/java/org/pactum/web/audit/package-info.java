/**
 * Integration tests of the audit trail on Payara Micro: through the REST API as an auditor sees it (every action one
 * event, gap-free linked chain, hashes an outsider can recompute), and in the container, that an event commits or
 * rolls back with the change it describes.
 */
package org.pactum.web.audit;
