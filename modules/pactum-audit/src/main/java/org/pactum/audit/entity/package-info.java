/** What the audit trail hands out besides the domain's own types: the outcome of verifying the chain. */
package org.pactum.audit.entity;
