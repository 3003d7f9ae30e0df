/** What the signing boundary hands out besides domain types: keys issued with their certificates, the demo PKI made on first start. */
package org.pactum.signing.entity;
