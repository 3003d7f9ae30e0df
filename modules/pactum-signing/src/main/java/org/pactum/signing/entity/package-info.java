/** What the signing boundary hands out besides domain types: where signing stands, and a signature handed out to an external tool. */
package org.pactum.signing.entity;
