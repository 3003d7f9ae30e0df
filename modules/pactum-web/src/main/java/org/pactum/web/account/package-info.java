/** The signed-in person's own profile: where Pactum mails them and in which language it writes to them. */
package org.pactum.web.account;
