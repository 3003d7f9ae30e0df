/**
 * The audit trail's language: events chained by hashes, the canonical encoding they are hashed in (docs/audit.md),
 * and the seals that anchor the chain.
 */
package org.pactum.domain.audit;
