/**
 * The canonical form of what Pactum hashes: RFC 8785 JSON, SHA-256, and the wording's JSON shape, written and read
 * here only, so a hash means the same wherever it is computed.
 */
package org.pactum.domain.canonical;
