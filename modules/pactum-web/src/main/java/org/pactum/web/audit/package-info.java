/**
 * The audit trail as auditors read it: the REST events and chain verification, the audit page (`/audit/`), an
 * agreement's history and its certificate of completion as a file.
 */
package org.pactum.web.audit;
