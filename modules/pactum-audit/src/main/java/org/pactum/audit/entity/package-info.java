/**
 * What the audit trail hands out besides the domain's own types: the outcome of verifying the chain, and an
 * agreement's approval steps as recorded.
 */
package org.pactum.audit.entity;
