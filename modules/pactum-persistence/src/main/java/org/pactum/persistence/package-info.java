/** JPA adapters for the domain's repository ports, and the schema migrations they rely on. */
package org.pactum.persistence;
