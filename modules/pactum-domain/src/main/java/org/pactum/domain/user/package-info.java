/** The people who use Pactum, their roles, how their passwords are kept, and who is acting at a given moment. */
package org.pactum.domain.user;
