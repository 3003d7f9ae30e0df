/** The language of Pactum: agreements, their parties and regions, users, and the lifecycle rules; plain Java, no container code. */
package org.pactum.domain;
