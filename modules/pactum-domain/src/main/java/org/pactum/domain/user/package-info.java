/** The people who use Pactum, their roles, and how their passwords are kept. */
package org.pactum.domain.user;
