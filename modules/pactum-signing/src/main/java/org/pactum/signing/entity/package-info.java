/**
 * What the signing boundary hands out besides domain types: where signing stands, a signature handed out to an
 * external tool, keys issued with their certificates, and the demo PKI made on first start.
 */
package org.pactum.signing.entity;
